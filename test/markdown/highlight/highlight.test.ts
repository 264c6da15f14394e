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
      // Compared line by line so a failure shows the lines that differ.
      expect(lines(md.render('```' + lang + '\n' + code + '```\n').html)).toEqual(lines(html));
    });
  });
}
