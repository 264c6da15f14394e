import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKDOWN_OPTIONS, createMarkdownRenderer } from '../../../src/markdown/index.js';
import { fenceBlockOptions } from '../../../src/markdown/highlight/fence-options.js';
import { chromaStyle } from '../../../src/markdown/highlight/index.js';
import { highlightBlockOptions } from '../../../src/markdown/options.js';

// Each file under styles/ holds a `markup.highlight` configuration and fenced snippets (those of
// fixtures/) with the HTML real Hugo 0.111.3 (Chroma v2.5.0, inline styles) wrote for them.
interface Variant {
  config: { style: string; lineNos?: boolean; lineNumbersInTable?: boolean; lineNoStart?: number };
  cases: { lang: string; code: string; html: string }[];
}

const dir = join(import.meta.dirname, 'styles');
const lines = (html: string): string[] => html.split(/(?=<span style="display:flex;">)|\n/);

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const { config, cases } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Variant;
  const md = createMarkdownRenderer({
    ...DEFAULT_MARKDOWN_OPTIONS,
    highlightStyle: config.style,
    highlightLineNos: config.lineNos ?? false,
    lineNumbersInTable: config.lineNumbersInTable ?? true,
    lineNoStart: config.lineNoStart ?? 1,
  });
  describe(`with markup.highlight ${JSON.stringify(config)}`, () => {
    it.each(cases.map((c, i) => ({ ...c, n: i + 1 })))('fenced snippet $n (```$lang) is written as Hugo writes it', ({ lang, code, html }) => {
      const fence = '`'.repeat(Math.max(3, ...(code.match(/`+/g) ?? []).map((r) => r.length + 1)));
      expect(lines(md.render(fence + lang + '\n' + code + fence + '\n').html)).toEqual(lines(html));
    });
  });
}

describe('an unknown style name', () => {
  it('falls back to monokai, Hugo\'s default', () => {
    const md = createMarkdownRenderer({ ...DEFAULT_MARKDOWN_OPTIONS, highlightStyle: 'no-such-style' });
    expect(md.render('```go\nx\n```\n').html).toContain('background-color:#272822;');
  });
});

describe('a fence attribute block', () => {
  const base = highlightBlockOptions(DEFAULT_MARKDOWN_OPTIONS);
  it.each([
    ['go', { lineNos: false, lineNumbersInTable: true, lineNoStart: 1 }],
    ['go {linenos=inline}', { lineNos: true, lineNumbersInTable: false, lineNoStart: 1 }],
    ['go {linenos=table, linenostart=9}', { lineNos: true, lineNumbersInTable: true, lineNoStart: 9 }],
    ['go {linenos=true linenostart="3"}', { lineNos: true, lineNumbersInTable: true, lineNoStart: 3 }],
    ['go {linenos=sometimes}', { lineNos: false, lineNumbersInTable: true, lineNoStart: 1 }],
  ])('```%s sets line numbers as Hugo reads them', (info, expected) => {
    const { lineNos, lineNumbersInTable, lineNoStart } = fenceBlockOptions(info, base);
    expect({ lineNos, lineNumbersInTable, lineNoStart }).toEqual(expected);
  });

  it('chooses the style by name, in any case', () => {
    expect(fenceBlockOptions('go {style="VS"}', base).style).toBe(chromaStyle('vs'));
  });
});
