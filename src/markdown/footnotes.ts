import type { MarkdownIt, Token } from 'markdown-it';
import { blockRule, inlineRule } from './ruler.js';

/**
 * Footnotes: markdown-it-footnote parses them, with two differences from Goldmark
 * (extension/footnote.go) settled here: the markup Hugo writes, and labels with spaces inside
 * (`[^my note]`), which Goldmark accepts and the plugin refuses (its definition line would then
 * be read as a link reference definition).
 */


// A label with a space inside (not at either end), then `]`.
const SPACED_LABEL = /^\[\^([^\]\n ]+(?: +[^\]\n ]+)+)\]/;
const NBSP = '\u00a0';

/** The source with the label's spaces swapped for no-break spaces (same length), or null. */
function withoutSpaces(src: string, at: number): { src: string; label: string } | null {
  // Runs at many positions: only `[^` can start a label.
  if (src.charCodeAt(at) !== 0x5b || src.charCodeAt(at + 1) !== 0x5e) return null;
  const end = src.indexOf(']', at);
  if (end < 0 || src.lastIndexOf(' ', end) < at) return null;
  const m = SPACED_LABEL.exec(src.slice(at, end + 1));
  if (m === null || m[1] === undefined) return null;
  const label = m[1].replace(/ /g, NBSP);
  return { src: src.slice(0, at + 2) + label + src.slice(at + 2 + label.length), label };
}

/** Lets the plugin's rules see a spaced label as one word; the source is restored right after. */
export function spacedLabelPlugin(md: MarkdownIt): void {
  const def = blockRule(md.block.ruler, 'footnote_def');
  if (def !== undefined) {
    const original = def.fn;
    md.block.ruler.at('footnote_def', (state, startLine, endLine, silent) => {
      const swapped = withoutSpaces(state.src, (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0));
      if (swapped === null) return original(state, startLine, endLine, silent);
      const src = state.src;
      state.src = swapped.src;
      try {
        return original(state, startLine, endLine, silent);
      } finally {
        state.src = src;
      }
      // A definition also ends a quote's or list item's lazy paragraph line in Goldmark.
    }, { alt: [...new Set([...def.alt, 'blockquote', 'list'])] });
  }
  const ref = inlineRule(md.inline.ruler, 'footnote_ref');
  if (ref !== undefined) {
    const original = ref.fn;
    md.inline.ruler.at('footnote_ref', (state, silent) => {
      const swapped = withoutSpaces(state.src, state.pos);
      const refs = (state.env as { footnotes?: { refs?: Record<string, number> } }).footnotes?.refs;
      if (swapped === null || refs?.[`:${swapped.label}`] === undefined) return original(state, silent);
      const src = state.src;
      state.src = swapped.src;
      try {
        return original(state, silent);
      } finally {
        state.src = src;
      }
    });
  }
}

/** Goldmark's footnote markup (extension/footnote.go) with Hugo's id style `fn:1`, `fnref1:1`. */
export function footnoteRenderPlugin(md: MarkdownIt): void {
  const rules = md.renderer.rules;
  const n = (token: Token): number => Number(token.meta?.id) + 1;
  const refId = (token: Token): string => {
    const sub = Number(token.meta?.subId ?? 0);
    return sub > 0 ? `fnref${sub}:${n(token)}` : `fnref:${n(token)}`;
  };
  rules['footnote_ref'] = (tokens, idx) => {
    const token = tokens[idx] as Token;
    return `<sup id="${refId(token)}"><a href="#fn:${n(token)}" class="footnote-ref" role="doc-noteref">${n(token)}</a></sup>`;
  };
  rules['footnote_block_open'] = (_tokens, _idx, options) =>
    `<div class="footnotes" role="doc-endnotes">\n${options.xhtmlOut ? '<hr />' : '<hr>'}\n<ol>\n`;
  rules['footnote_block_close'] = () => '</ol>\n</div>\n';
  rules['footnote_open'] = (tokens, idx) => `<li id="fn:${n(tokens[idx] as Token)}">\n`;
  rules['footnote_close'] = () => '</li>\n';
  rules['footnote_anchor'] = (tokens, idx) =>
    `&#160;<a href="#${refId(tokens[idx] as Token)}" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a>`;
}
