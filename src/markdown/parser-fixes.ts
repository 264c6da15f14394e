import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { afterHiddenParagraph } from './html.js';
import { inlineRule } from './ruler.js';

/** Where markdown-it's parsing or block markup differs from Goldmark's in CommonMark itself. */

/**
 * markdown-it's text_join, except inside image descriptions, whose entity tokens must keep the
 * entity as written for Goldmark's alt text.
 */
export function textJoinPlugin(md: MarkdownIt): void {
  md.core.ruler.at('text_join', (state: StateCore) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || block.children === null) continue;
      const tokens = block.children;
      let last = 0;
      for (let curr = 0; curr < tokens.length; curr++) {
        const token = tokens[curr] as Token;
        if (token.type === 'text_special') token.type = 'text';
        const next = tokens[curr + 1];
        if (token.type === 'text' && next !== undefined && (next.type === 'text' || next.type === 'text_special')) {
          next.type = 'text';
          next.content = token.content + next.content;
        } else {
          tokens[last++] = token;
        }
      }
      tokens.length = last;
    }
  });
}

/**
 * Line ends as Goldmark reads them: a hard break by trailing spaces drops only three characters
 * (two spaces and the newline), so `foo     ` keeps two spaces before the `<br>`.
 */
export function lineBreakPlugin(md: MarkdownIt): void {
  md.inline.ruler.at('newline', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x0a) return false;
    if (!silent) {
      const pending = state.pending;
      let spaces = 0;
      while (spaces < pending.length && pending.charCodeAt(pending.length - 1 - spaces) === 0x20) spaces++;
      state.pending = pending.slice(0, pending.length - spaces);
      if (spaces >= 2) {
        state.pending += ' '.repeat(Math.max(0, spaces - 3));
        state.push('hardbreak', 'br', 0);
      } else {
        state.push('softbreak', 'br', 0);
      }
    }
    let pos = state.pos + 1;
    while (pos < state.posMax && (state.src.charCodeAt(pos) === 0x20 || state.src.charCodeAt(pos) === 0x09)) pos++;
    state.pos = pos;
    return true;
  });
}

/** markdown-it closes an empty blockquote on the same line; Goldmark always breaks the line. */
export function blockquotePlugin(md: MarkdownIt): void {
  // The leading newline after a tight list item's hidden paragraph is markdown-it's own rule.
  md.renderer.rules.blockquote_open = (tokens, idx) => `${afterHiddenParagraph(tokens, idx)}<blockquote>\n`;
}

/**
 * A paragraph's continuation lines lose their leading whitespace (CommonMark; Goldmark does it,
 * markdown-it keeps it where it shows: inside a code span across lines).
 */
export function paragraphLinesPlugin(md: MarkdownIt): void {
  md.core.ruler.after('block', 'goldmark_paragraph_lines', (state: StateCore) => {
    const tokens = state.tokens;
    for (let i = 1; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (token.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open' && token.content.includes('\n')) {
        token.content = token.content.replace(/\n[ \t]+/g, '\n');
      }
    }
  });
}

/**
 * markdown-it caches how far it has looked for closing backticks; scanning a `[` that turns out
 * not to be a link fills that cache from further on, and the code spans inside are then lost
 * (`[ a`b`c` … ` stays literal). Goldmark has no such cache, so it is dropped when a link or
 * image fails.
 */
export function backtickCachePlugin(md: MarkdownIt): void {
  for (const name of ['link', 'image']) {
    const original = inlineRule(md.inline.ruler, name)?.fn;
    if (original === undefined) continue;
    md.inline.ruler.at(name, (state, silent) => {
      if (original(state, silent)) return true;
      const cache = state as unknown as { backticks: Record<number, number>; backticksScanned: boolean };
      cache.backticks = {};
      cache.backticksScanned = false;
      return false;
    });
  }
}

