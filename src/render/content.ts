/**
 * A page's body → `.Content`, `.TableOfContents`, `.Summary` and friends,
 * the way Hugo does it: `{{% %}}` shortcodes are rendered first and their
 * output becomes part of the Markdown; `{{< >}}` shortcodes leave a
 * placeholder that the Markdown renderer passes through untouched, replaced
 * by their output afterwards (a placeholder alone in a paragraph takes the
 * paragraph's `<p>` with it).
 */

import type { SiteConfig } from '../config/index.js';
import {
  fuzzyWordCount,
  plainText,
  readingTime,
  renderToc,
  summarize,
  wordCount,
  type MarkdownRenderer,
} from '../markdown/index.js';
import type { Page, RenderedContent } from '../site/index.js';
import { parseShortcodes, type ShortcodeCall, type ShortcodeNode } from '../template/shortcodes/parse.js';
import { pageRenderHooks } from './render-hooks.js';
import { ShortcodeContext } from './shortcode-context.js';
import type { SiteTemplates } from './templates.js';

const EMPTY: RenderedContent = {
  content: '', toc: '<nav id="TableOfContents"></nav>', summary: '', truncated: false,
  plain: '', wordCount: 0, fuzzyWordCount: 0, readingTime: 0,
};

export interface ContentRendererDeps {
  templates: SiteTemplates;
  markdown: MarkdownRenderer;
  config: Pick<SiteConfig, 'summaryLength' | 'markup' | 'contentDir'>;
}

export function createContentRenderer(deps: ContentRendererDeps): (page: Page) => RenderedContent {
  const { templates, markdown, config } = deps;
  const emptyToc = renderToc([], config.markup.tableOfContents);

  return (page) => {
    const file = page.file;
    if (file === null) return { ...EMPTY, toc: emptyToc };
    const where = `${config.contentDir}/${file.path}`;
    const nodes = parseShortcodes(file.body, {
      takesInner: (name) => templates.shortcodeTakesInner(name),
      file: where,
      bodyLine: file.bodyLine,
      source: file.source,
    });

    const placeholders = new Map<number, string>();
    const render = (call: ShortcodeCall, parent: ShortcodeContext | null): string => {
      const position = `"${file.absPath}:${lineOf(file.body, call.offset) + file.bodyLine - 1}"`;
      const self = new ShortcodeContext(call.name, call.positional, call.named, '', page, parent, call.ordinal, position);
      const inner = call.inner === null ? '' : call.inner.map((n) => (typeof n === 'string' ? n : render(n, self))).join('');
      const context = new ShortcodeContext(call.name, call.positional, call.named, inner, page, parent, call.ordinal, position);
      if (templates.isInlineShortcode(call.name)) {
        const source = call.inner !== null && call.innerText !== '' ? call.innerText : null;
        return templates.renderInlineShortcode(page.path, call.name, source, context, where);
      }
      return templates.renderShortcode(call.name, context);
    };

    // Hugo numbers every top-level shortcode, `{{% %}}` ones included, so
    // the placeholders (visible in heading ids) carry the same numbers.
    let source = '';
    let ordinal = 0;
    for (const node of nodes as ShortcodeNode[]) {
      if (typeof node === 'string') source += node;
      else if (node.markdown) {
        source += render(node, null);
        ordinal++;
      } else {
        source += `HAHAHUGOSHORTCODEs${ordinal++}HBHB`;
        placeholders.set(ordinal - 1, render(node, null));
      }
    }

    let html: string;
    let toc = emptyToc;
    let manual: { html: string; truncated: boolean } | null = null;
    if (file.format === 'markdown') {
      const hooks = pageRenderHooks(templates, page);
      const rendered = markdown.render(source, hooks === undefined ? { path: where } : { path: where, hooks });
      html = rendered.html;
      toc = rendered.toc;
      manual = rendered.summary;
    } else {
      html = source;
    }
    if (placeholders.size > 0) {
      // Not in the ToC, and heading ids keep the placeholder's letters: Hugo 0.111.3 does the same.
      html = fillPlaceholders(html, placeholders);
      if (manual !== null) manual = { ...manual, html: fillPlaceholders(manual.html, placeholders) };
    }

    return completeContent(html, toc, manual, config.summaryLength);
  };
}

/** A body with no shortcodes needs nothing but Markdown: what the build's worker threads render. */
export function hasShortcodes(body: string): boolean {
  return body.includes('{{<') || body.includes('{{%');
}

/** `.Content` of a shortcode-free Markdown body, with everything derived from it. Pure. */
export function renderPlainMarkdown(markdown: MarkdownRenderer, body: string, summaryLength: number): RenderedContent {
  const rendered = markdown.render(body);
  return completeContent(rendered.html, rendered.toc, rendered.summary, summaryLength);
}

/** The plain text, counts and summary Hugo derives from rendered HTML. */
function completeContent(html: string, toc: string, manual: { html: string; truncated: boolean } | null, summaryLength: number): RenderedContent {
  const plain = plainText(html);
  const words = wordCount(plain);
  const summary = manual !== null ? { summary: manual.html, truncated: manual.truncated } : summarize(plain, summaryLength);
  return {
    content: html,
    toc,
    summary: summary.summary,
    truncated: summary.truncated,
    plain,
    wordCount: words,
    fuzzyWordCount: fuzzyWordCount(words),
    readingTime: readingTime(words),
  };
}

const PLACEHOLDER = /(<p>)?HAHAHUGOSHORTCODEs(\d+)HBHB(<\/p>)?/g;

function fillPlaceholders(html: string, outputs: ReadonlyMap<number, string>): string {
  return html.replace(PLACEHOLDER, (_m, open: string | undefined, index: string, close: string | undefined) => {
    const output = outputs.get(Number(index)) ?? '';
    if (open !== undefined && close !== undefined) return output;
    return (open ?? '') + output + (close ?? '');
  });
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
