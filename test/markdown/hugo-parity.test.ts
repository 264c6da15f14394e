import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createMarkdownRenderer,
  DEFAULT_MARKDOWN_OPTIONS,
  fuzzyWordCount,
  plainText,
  readingTime,
  summarize,
  wordCount,
} from '../../src/markdown/index.js';

// Expected values were produced by real Hugo 0.111.3 from the inputs in fixtures/cases.mjs
// (node test/markdown/fixtures/generate.mjs); names starting with "unsafe:" ran with unsafe = true.
interface HugoCase {
  markdown: string;
  content: string;
  toc: string;
  summary: string;
  truncated: boolean;
  plain: string;
  wordCount: number;
  fuzzyWordCount: number;
  readingTime: number;
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/hugo-0.111.3.json', import.meta.url), 'utf8')) as Record<string, HugoCase>;
const cases = Object.entries(fixture);

const safe = createMarkdownRenderer(DEFAULT_MARKDOWN_OPTIONS);
const unsafe = createMarkdownRenderer({ ...DEFAULT_MARKDOWN_OPTIONS, unsafe: true });

function page(name: string, markdown: string) {
  const rendered = (name.startsWith('unsafe:') ? unsafe : safe).render(markdown);
  const plain = plainText(rendered.html);
  const words = wordCount(plain);
  const auto = summarize(plain, 70);
  return {
    content: rendered.html,
    toc: rendered.toc,
    summary: rendered.summary?.html ?? auto.summary,
    truncated: rendered.summary?.truncated ?? auto.truncated,
    plain,
    wordCount: words,
    fuzzyWordCount: fuzzyWordCount(words),
    readingTime: readingTime(words),
  };
}

describe('Markdown renders as Hugo 0.111.3 does', () => {
  it.each(cases)('%s: content', (name, expected) => {
    expect(page(name, expected.markdown).content).toBe(expected.content);
  });
  it.each(cases)('%s: table of contents', (name, expected) => {
    expect(page(name, expected.markdown).toc).toBe(expected.toc);
  });
  it.each(cases)('%s: summary, plain text and counts', (name, expected) => {
    const { content: _c, toc: _t, ...rest } = page(name, expected.markdown);
    const { markdown: _m, content: _ec, toc: _et, ...hugo } = expected;
    expect(rest).toEqual(hugo);
  });
});
