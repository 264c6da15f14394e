import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKDOWN_OPTIONS, createMarkdownRenderer } from '../../../src/markdown/index.js';

// Each fixture file holds fenced snippets of one language and the HTML real Hugo 0.111.3
// (Chroma v2.5.0, default markup.highlight: monokai, inline styles) wrote for them.
interface Case {
  lang: string;
  code: string;
  html: string;
}

const dir = join(import.meta.dirname, 'fixtures');
const md = createMarkdownRenderer(DEFAULT_MARKDOWN_OPTIONS);
const lines = (html: string): string[] => html.split('<span style="display:flex;">');

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const cases = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Case[];
  describe(`fenced ${file.replace(/\.json$/, '')} code`, () => {
    it.each(cases.map((c, i) => ({ ...c, n: i + 1 })))('highlights snippet $n (```$lang) as Hugo does', ({ lang, code, html }) => {
      // A fence longer than any backtick run in the code, as the fixture's Markdown had.
      const fence = '`'.repeat(Math.max(3, ...(code.match(/`+/g) ?? []).map((r) => r.length + 1)));
      // Compared line by line so a failure shows the lines that differ.
      expect(lines(md.render(fence + lang + '\n' + code + fence + '\n').html)).toEqual(lines(html));
    });
  });
}
