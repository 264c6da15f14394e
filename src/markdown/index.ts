/**
 * The Markdown stage: Markdown source → rendered HTML, headings, table of contents and summary
 * data, exactly as Hugo 0.111.3's Goldmark renders them by default. No I/O.
 *
 * For a site, once:   const md = createMarkdownRenderer(markdownOptionsFromConfig(config.markup));
 * For each page:      const r = md.render(bodyWithShortcodePlaceholders);
 *                     .Content = r.html, .TableOfContents = r.toc
 *                     const plain = plainText(r.html);            // .Plain
 *                     const words = wordCount(plain);             // .WordCount (.FuzzyWordCount, .ReadingTime)
 *                     const { summary, truncated } = r.summary    // <!--more--> in the source: HTML summary
 *                       ? { summary: r.summary.html, truncated: r.summary.truncated }
 *                       : summarize(plain, config.summaryLength); // otherwise plain text, to the end of a sentence
 * A front matter `summary` (and `markdownify`) is md.markdownify(text).
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
export type { HeadingHookContext, ImageHookContext, LinkHookContext, RenderHooks } from './render-hooks.js';
