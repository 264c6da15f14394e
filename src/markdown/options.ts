import type { SiteConfig } from '../config/index.js';
import type { AutoHeadingIDType } from './heading-ids.js';
import { chromaStyle } from './highlight/index.js';
import type { BlockOptions } from './highlight/index.js';

/** What the Markdown stage needs from Hugo's `markup` configuration, every default resolved. */
export interface MarkdownOptions {
  /** `markup.goldmark.renderer.unsafe`: keep raw HTML instead of `<!-- raw HTML omitted -->`. */
  unsafe: boolean;
  /** `markup.goldmark.extensions.typographer` (on by default in Hugo). */
  typographer: boolean;
  linkify: boolean;
  strikethrough: boolean;
  table: boolean;
  taskList: boolean;
  definitionList: boolean;
  footnote: boolean;
  /** `markup.goldmark.renderer.hardWraps`: every newline is a `<br>`. */
  hardWraps: boolean;
  /** `markup.goldmark.renderer.xhtml`: `<br />`, `<hr />`. */
  xhtml: boolean;
  autoHeadingID: boolean;
  /** `markup.goldmark.parser.autoHeadingIDType`: "github" (default), "github-ascii" or "blackfriday". */
  autoHeadingIDType: AutoHeadingIDType;
  /** `markup.goldmark.parser.attribute.title`: `{#id .class}` after headings. */
  headingAttributes: boolean;
  toc: { startLevel: number; endLevel: number; ordered: boolean };
  /** `markup.highlight.codeFences`: fenced code in a language Chroma knows is highlighted. */
  highlightCodeFences: boolean;
  /** `markup.highlight.guessSyntax`: a fence without a language is highlighted as Chroma's fallback. */
  highlightGuessSyntax: boolean;
  /** `markup.highlight.style`: a Chroma style name (vellum knows those in STYLE_NAMES). */
  highlightStyle: string;
  /** `markup.highlight.lineNos`. */
  highlightLineNos: boolean;
  /** `markup.highlight.lineNumbersInTable`: numbers in a table column, else before each line. */
  lineNumbersInTable: boolean;
  /** `markup.highlight.lineNoStart`: the first line's number. */
  lineNoStart: number;
  /** `markup.highlight.tabWidth`: the `<pre>`'s CSS tab-size. */
  highlightTabWidth: number;
}

/** Hugo 0.111.3's defaults. */
export const DEFAULT_MARKDOWN_OPTIONS: MarkdownOptions = {
  unsafe: false,
  typographer: true,
  linkify: true,
  strikethrough: true,
  table: true,
  taskList: true,
  definitionList: true,
  footnote: true,
  hardWraps: false,
  xhtml: false,
  autoHeadingID: true,
  autoHeadingIDType: 'github',
  headingAttributes: true,
  toc: { startLevel: 2, endLevel: 3, ordered: false },
  highlightCodeFences: true,
  highlightGuessSyntax: false,
  highlightStyle: 'monokai',
  highlightLineNos: false,
  lineNumbersInTable: true,
  lineNoStart: 1,
  highlightTabWidth: 4,
};

/** The Markdown options a resolved site configuration asks for. */
export function markdownOptionsFromConfig(markup: SiteConfig['markup']): MarkdownOptions {
  const g = markup.goldmark;
  return {
    unsafe: g.renderer.unsafe,
    typographer: g.extensions.typographer,
    linkify: g.extensions.linkify,
    strikethrough: g.extensions.strikethrough,
    table: g.extensions.table,
    taskList: g.extensions.taskList,
    definitionList: g.extensions.definitionList,
    footnote: g.extensions.footnote,
    hardWraps: g.renderer.hardWraps,
    xhtml: g.renderer.xhtml,
    autoHeadingID: g.parser.autoHeadingID,
    autoHeadingIDType: toIdType(g.parser.autoHeadingIDType),
    headingAttributes: g.parser.attribute.title,
    toc: { ...markup.tableOfContents },
    // Not in SiteConfig yet: Hugo's default.
    highlightCodeFences: markup.highlight.codeFences,
    highlightGuessSyntax: markup.highlight.guessSyntax,
    highlightStyle: markup.highlight.style,
    highlightLineNos: markup.highlight.lineNos,
    lineNumbersInTable: markup.highlight.lineNumbersInTable,
    lineNoStart: markup.highlight.lineNoStart,
    highlightTabWidth: markup.highlight.tabWidth,
  };
}

function toIdType(type: string): AutoHeadingIDType {
  // Hugo falls back to "github" for names it does not know.
  return type === 'github-ascii' || type === 'blackfriday' ? type : 'github';
}

/** How Chroma's formatter should write highlighted blocks for these options. */
export function highlightBlockOptions(o: MarkdownOptions): BlockOptions {
  return {
    // Chroma looks style names up in lower case.
    style: chromaStyle(o.highlightStyle.toLowerCase()),
    lineNos: o.highlightLineNos,
    lineNumbersInTable: o.lineNumbersInTable,
    lineNoStart: o.lineNoStart,
    tabWidth: o.highlightTabWidth,
  };
}
