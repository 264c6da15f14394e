import markdownIt from 'markdown-it';
import type { MarkdownIt, Token } from 'markdown-it';

/** markdown-it's render environment (its own types name it only from version 15 on). */
type Env = Record<string, unknown>;
import deflist from 'markdown-it-deflist';
import footnote from 'markdown-it-footnote';
import { definitionListPlugin } from './definition-list.js';
import { footnoteRenderPlugin, spacedLabelPlugin } from './footnotes.js';
import { headingsPlugin } from './headings.js';
import { tablePlugin } from './tables.js';
import { linesGoldmarkMisreads } from './reader-slips.js';
import { linkifyPlugin, textRulePlugin } from './linkify.js';
import { highlightBlockOptions } from './options.js';
import type { MarkdownOptions } from './options.js';
import { declarationPlugin, htmlCommentPlugin, rawHtmlPlugin } from './html.js';
import { backtickCachePlugin, blockquotePlugin, lineBreakPlugin, paragraphLinesPlugin, textJoinPlugin } from './parser-fixes.js';
import { codePlugin, linkPlugin, strikethroughPlugin, taskListPlugin } from './render-rules.js';
import { markSummaryDivider, plainText, splitAtSummaryMarker, trimShortHTML } from './summary.js';
import { renderToc } from './toc.js';
import { typographerPlugin } from './typographer.js';
import { renderHooksPlugin, type RenderHooks } from './render-hooks.js';

export interface Heading {
  level: number;
  id: string;
  /** Plain text, entities decoded. */
  text: string;
  /** Inline HTML as the table of contents shows it. */
  html: string;
}

export interface RenderedMarkdown {
  /** `.Content`: without the `<!--more-->` divider when there was one. */
  html: string;
  headings: Heading[];
  /** `.TableOfContents`: `<nav id="TableOfContents">…</nav>`, empty nav when there are no headings. */
  toc: string;
  /** The manual summary when the source has `<!--more-->`: the HTML before it, and whether anything follows. */
  summary: { html: string; truncated: boolean } | null;
}

export interface MarkdownRenderer {
  /** `env.hooks`: the page's render hooks (Hugo's `_markup/render-*.html`), applied to `.Content` but not the ToC. */
  render(markdown: string, env?: { path?: string; hooks?: RenderHooks }): RenderedMarkdown;
  /** Renders a fragment and unwraps a lone paragraph, as Hugo does for `markdownify` and a front matter `summary`. */
  markdownify(markdown: string): string;
}

/**
 * The plugins, in the order they are applied. Later ones see the rules earlier ones installed,
 * so the text rule comes before linkify, which inserts itself in front of it.
 */
const PLUGINS: ReadonlyArray<{ name: string; when: (o: MarkdownOptions) => boolean; use: (md: MarkdownIt, o: MarkdownOptions) => void }> = [
  { name: 'text', when: () => true, use: (md) => textRulePlugin(md) },
  { name: 'text-join', when: () => true, use: (md) => textJoinPlugin(md) },
  { name: 'backtick-cache', when: () => true, use: (md) => backtickCachePlugin(md) },
  { name: 'line-breaks', when: (o) => !o.hardWraps, use: (md) => lineBreakPlugin(md) },
  { name: 'html-comments', when: () => true, use: (md) => htmlCommentPlugin(md) },
  { name: 'declarations', when: () => true, use: (md) => declarationPlugin(md) },
  { name: 'blockquote', when: () => true, use: (md) => blockquotePlugin(md) },
  { name: 'paragraph-lines', when: () => true, use: (md) => paragraphLinesPlugin(md) },
  { name: 'tables', when: (o) => o.table, use: (md) => tablePlugin(md) },
  { name: 'linkify', when: (o) => o.linkify, use: (md) => linkifyPlugin(md) },
  { name: 'typographer', when: (o) => o.typographer, use: (md) => typographerPlugin(md) },
  {
    name: 'headings',
    when: () => true,
    use: (md, o) =>
      headingsPlugin(md, { autoHeadingID: o.autoHeadingID, autoHeadingIDType: o.autoHeadingIDType, attributes: o.headingAttributes }),
  },
  { name: 'links', when: () => true, use: (md, o) => linkPlugin(md, o.unsafe) },
  { name: 'raw-html', when: () => true, use: (md, o) => rawHtmlPlugin(md, o.unsafe) },
  { name: 'code', when: () => true, use: (md, o) => codePlugin(md, o.highlightCodeFences, o.highlightGuessSyntax, highlightBlockOptions(o)) },
  { name: 'strikethrough', when: (o) => o.strikethrough, use: (md) => strikethroughPlugin(md) },
  { name: 'task-list', when: (o) => o.taskList, use: (md) => taskListPlugin(md) },
  { name: 'definition-list', when: (o) => o.definitionList, use: (md) => md.use(deflist).use(definitionListPlugin) },
  { name: 'footnote', when: (o) => o.footnote, use: (md) => md.use(footnote).use(spacedLabelPlugin).use(footnoteRenderPlugin) },
  // Last: it wraps the finished renderer.
  { name: 'render-hooks', when: () => true, use: (md) => renderHooksPlugin(md) },
];

function createMarkdownIt(options: MarkdownOptions): MarkdownIt {
  const md = markdownIt('default', {
    html: true, // always parsed as HTML; rendered as a comment unless `unsafe`
    xhtmlOut: options.xhtml,
    breaks: options.hardWraps,
    linkify: false, // Goldmark's rules, not linkify-it's
    typographer: false, // Goldmark's rules, not markdown-it's
  });
  if (!options.table) md.disable('table');
  if (!options.strikethrough) md.disable('strikethrough');
  for (const plugin of PLUGINS) if (plugin.when(options)) plugin.use(md, options);
  return md;
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', laquo: '\u00ab', raquo: '\u00bb',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? m;
  });
}

/**
 * A heading's inline HTML as Hugo's ToC transformer renders it with Goldmark's plain renderer:
 * footnote references, task checkboxes and the `<del>` around strikethrough text are dropped, and a `www.` link
 * keeps Goldmark's own `http://`.
 */
function tocInline(md: MarkdownIt, children: readonly Token[], env: Env): string {
  const kept: Token[] = [];
  for (const child of children) {
    if (child.type === 's_open' || child.type === 's_close' || child.type === 'footnote_ref' || child.type === 'task_checkbox') continue;
    if (child.type === 'link_open' && child.info === 'www') {
      const copy = Object.assign(Object.create(Object.getPrototypeOf(child) as object) as Token, child);
      copy.attrs = [['href', md.normalizeLink(`http://${String(child.attrGet('href') ?? '').replace(/^https:\/\//, '')}`)]];
      kept.push(copy);
      continue;
    }
    kept.push(child);
  }
  return md.renderer.renderInline(kept, md.options, env);
}


/**
 * Inside a quote or a list item, Goldmark v1.5.4 hands the line after the closing line of a
 * multi-line comment (or `<?`, `<!X`, CDATA block) to the block's children without its
 * container's marker being read: in a quote that line counts one level deeper (a blank line
 * keeps the quote going, `> x` opens a nested quote), in a list a blank line goes unseen and the
 * list stays tight. The source is rewritten to say so and parsed again; null when there is no
 * such block, as for nearly every page.
 */
export function createMarkdownRenderer(options: MarkdownOptions): MarkdownRenderer {
  const md = createMarkdownIt(options);

  const render = (markdown: string, page: { hooks?: RenderHooks } = {}): RenderedMarkdown => {
    const divider = markSummaryDivider(markdown);
    const fresh = (): Env => (page.hooks === undefined ? {} : { hooks: page.hooks });
    let env: Env = fresh();
    let tokens = md.parse(divider.markdown, env);
    const skipped = linesGoldmarkMisreads(tokens, divider.markdown);
    if (skipped !== null) {
      env = fresh();
      tokens = md.parse(skipped, env);
    }
    let html = md.renderer.render(tokens, md.options, env);

    // Hugo's ToC shows headings as Goldmark renders them, without any hook.
    const tocEnv: Env = { ...env, hooks: undefined };
    const headings: Heading[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i] as Token;
      if (open.type !== 'heading_open') continue;
      const inline = tokens[i + 1];
      const inlineHtml = inline?.children ? tocInline(md, inline.children, tocEnv) : '';
      headings.push({
        level: Number(open.tag.slice(1)),
        id: String(open.attrGet('id') ?? ''),
        text: decodeEntities(plainText(inlineHtml)),
        html: inlineHtml,
      });
    }
    const toc = renderToc(headings, options.toc);

    let summary: RenderedMarkdown['summary'] = null;
    if (divider.found) {
      const split = splitAtSummaryMarker(html);
      if (split !== null) {
        html = split.content;
        summary = { html: split.summary, truncated: divider.truncated };
      }
    }
    return { html, headings, toc, summary };
  };

  return {
    render,
    markdownify: (markdown) => trimShortHTML(md.render(markdown)),
  };
}
