import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { parseTrailingAttributes, type Attribute } from './attributes.js';
import { HeadingIds, type AutoHeadingIDType } from './heading-ids.js';

/**
 * Heading attributes and ids, as Goldmark sets them while it closes each heading block
 * (parser/atx_heading.go, setext_headings.go): first a trailing `{#id .class}` on the last line,
 * then, unless an id was given, one generated from that line's raw source. Hand-written ids are
 * recorded so later generated ids step around them. Runs before inline parsing, on raw source.
 */

export interface HeadingOptions {
  autoHeadingID: boolean;
  autoHeadingIDType: AutoHeadingIDType;
  /** `markup.goldmark.parser.attribute.title`: `{…}` after a heading. */
  attributes: boolean;
}

// Goldmark's HeadingAttributeFilter: the global HTML attributes and data-*.
const ALLOWED = new Set(['accesskey', 'autocapitalize', 'autofocus', 'class', 'contenteditable', 'dir', 'draggable',
  'enterkeyhint', 'hidden', 'id', 'inert', 'inputmode', 'is', 'itemid', 'itemprop', 'itemref', 'itemscope',
  'itemtype', 'lang', 'part', 'role', 'slot', 'spellcheck', 'style', 'tabindex', 'title', 'translate']);

const allowed = (a: Attribute): boolean => ALLOWED.has(a[0]) || a[0].startsWith('data-');

// An ATX closing sequence left in front of the attributes: `## Title ## {#t}`.
const CLOSING_HASHES = /(?:^|[ \t]+)#+[ \t]*$/;

function processHeading(open: Token, inline: Token, ids: HeadingIds, options: HeadingOptions): void {
  let content = inline.content;
  let attrs: Attribute[] = [];
  if (options.attributes) {
    const lineStart = content.lastIndexOf('\n') + 1;
    const parsed = parseTrailingAttributes(content.slice(lineStart));
    if (parsed !== null) {
      attrs = parsed.attrs.filter(allowed);
      content = content.slice(0, lineStart + parsed.start).replace(/[ \t]+$/, '');
      if (open.markup.startsWith('#')) content = content.replace(CLOSING_HASHES, '');
      inline.content = content;
    }
  }
  const given = attrs.find((a) => a[0] === 'id');
  if (given !== undefined) {
    ids.put(given[1]);
  } else if (options.autoHeadingID) {
    attrs.push(['id', ids.generate(content.slice(content.lastIndexOf('\n') + 1))]);
  }
  if (attrs.length > 0) open.attrs = attrs;
}

export function headingsPlugin(md: MarkdownIt, options: HeadingOptions): void {
  md.core.ruler.after('block', 'goldmark_headings', (state: StateCore) => {
    const ids = new HeadingIds(options.autoHeadingIDType);
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i] as Token;
      const inline = tokens[i + 1];
      if (open.type === 'heading_open' && inline?.type === 'inline') processHeading(open, inline, ids, options);
    }
  });
}
