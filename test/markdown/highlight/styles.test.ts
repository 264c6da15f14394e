import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKDOWN_OPTIONS, createMarkdownRenderer } from '../../../src/markdown/index.js';

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
