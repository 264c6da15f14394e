/**
 * The Markdown stage: Markdown source → rendered HTML, headings, table of contents and summary
 * data, exactly as Hugo 0.111.3's Goldmark renders them by default. No I/O.
 */
export { createMarkdownRenderer } from './renderer.js';
export type { Heading, MarkdownRenderer, RenderedMarkdown } from './renderer.js';
export { DEFAULT_MARKDOWN_OPTIONS, markdownOptionsFromConfig } from './options.js';
export type { MarkdownOptions } from './options.js';
export { fuzzyWordCount, plainText, readingTime, summarize, trimShortHTML, wordCount } from './summary.js';
export type { Summary } from './summary.js';
export { sanitizeAnchorName } from './heading-ids.js';
export type { AutoHeadingIDType } from './heading-ids.js';
export { renderToc } from './toc.js';
export type { TocEntry } from './toc.js';
