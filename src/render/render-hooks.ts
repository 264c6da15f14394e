/**
 * A page's Markdown render hooks: the site's `_markup/render-{link,image,heading}.html` layouts
 * for the page's type, run with the context Hugo 0.111.3 gives them. The Markdown stage only sees
 * plain functions (see src/markdown/render-hooks.ts).
 */

import type { RenderHooks } from '../markdown/index.js';
import type { Page } from '../site/index.js';
import type { SiteTemplates } from './templates.js';

/** Undefined when the site has no hook for pages of this type, so the Markdown stage renders as Goldmark does. */
export function pageRenderHooks(templates: SiteTemplates, page: Page): RenderHooks | undefined {
  const type = page.Type;
  const link = templates.renderHook('link', type);
  const image = templates.renderHook('image', type);
  const heading = templates.renderHook('heading', type);
  if (link === undefined && image === undefined && heading === undefined) return undefined;
  const hooks: RenderHooks = {};
  // `.Text` is Hugo's hstring.RenderedString: plain text to the template, escaped unless piped to safeHTML.
  if (link !== undefined) {
    hooks.link = (c) =>
      templates.executeNamed(link, { Page: page, Destination: c.destination, Title: c.title, Text: c.text, PlainText: c.plainText });
  }
  if (image !== undefined) {
    hooks.image = (c) =>
      templates.executeNamed(image, {
        Page: page, Destination: c.destination, Title: c.title, Text: c.text, PlainText: c.plainText,
        IsBlock: c.isBlock, Ordinal: c.ordinal, Attributes: c.attributes,
      });
  }
  if (heading !== undefined) {
    hooks.heading = (c) =>
      templates.executeNamed(heading, {
        Page: page, Level: c.level, Anchor: c.anchor, Text: c.text, PlainText: c.plainText, Attributes: c.attributes,
      });
  }
  return hooks;
}
