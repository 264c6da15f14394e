import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { blockRule } from './ruler.js';

/**
 * Definition lists where markdown-it-deflist and Goldmark (extension/definition_list.go) part ways.
 *
 * Terms: Goldmark turns every line of the paragraph before a `:` line into its own `<dt>`;
 * markdown-it-deflist takes one line, so a longer paragraph swallows the `:` line. Such
 * paragraphs are split here, and the list joins a definition list right after it, as in Goldmark.
 *
 * Tightness: a definition is tight when no blank line comes before its `:` line, and then only
 * its first paragraph loses the `<p>` (Goldmark's loop stops after replacing one), while `<dd>`
 * opens without a newline. markdown-it-deflist decides per list, so paragraphs are re-marked.
 */

const DEFINITION_LINE = /^:[ \t]/;

/**
 * Whether a `:` line cannot start a definition: Goldmark needs it at the container's own indent
 * (BlockIndent 0); one indented less is a lazy continuation line, one indented more is text.
 */
function isLazy(state: StateCore, open: Token, lines: readonly string[], k: number): boolean {
  if (open.map === null) return false;
  const source = state.src.split('\n', open.map[0] + k + 1);
  // Goldmark wants the `:` exactly at the container's indent: column 0 at the top level,
  // the text's column inside a list item or quote.
  const containerCol = open.level === 0 ? 0 : (source[open.map[0]] ?? '').indexOf(lines[0] as string);
  return (source[open.map[0] + k] ?? '').indexOf(':') !== containerCol;
}

function splitParagraphs(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const open = tokens[i] as Token;
    const inline = tokens[i + 1] as Token;
    if (open.type !== 'paragraph_open' || inline.type !== 'inline') continue;
    const lines = inline.content.split('\n');
    const first = lines.findIndex((line, k) => k > 0 && DEFINITION_LINE.test(line) && !isLazy(state, open, lines, k));
    if (first < 0) continue;

    const out: Token[] = [];
    const level = open.level;
    const push = (type: string, tag: string, nesting: 1 | 0 | -1, lvl: number): Token => {
      const token = new state.Token(type, tag, nesting);
      token.block = true;
      token.level = lvl;
      out.push(token);
      return token;
    };
    push('dl_open', 'dl', 1, level);
    for (const term of lines.slice(0, first)) {
      push('dt_open', 'dt', 1, level + 1);
      const t = push('inline', '', 0, level + 2);
      t.content = term.trim();
      t.children = [];
      push('dt_close', 'dt', -1, level + 1);
    }
    // Each `:` line starts a definition; the lines after it (lazy continuations) belong to it.
    let k = first;
    while (k < lines.length) {
      let end = k + 1;
      while (end < lines.length && !DEFINITION_LINE.test(lines[end] as string)) end++;
      const body = [(lines[k] as string).replace(/^:[ \t]+/, ''), ...lines.slice(k + 1, end)].join('\n');
      const dd = push('dd_open', 'dd', 1, level + 1);
      dd.meta = { tight: true };
      const inner: Token[] = [];
      state.md.block.parse(body, state.md, state.env, inner);
      for (const t of inner) {
        t.level += level + 2;
        t.map = null;
        out.push(t);
      }
      push('dd_close', 'dd', -1, level + 1);
      k = end;
    }
    push('dl_close', 'dl', -1, level);

    // Goldmark continues a definition list that comes right before or after.
    let start = i;
    if (tokens[i - 1]?.type === 'dl_close' && tokens[i - 1]?.level === level) {
      start = i - 1;
      out.shift();
    }
    let end = i + 3;
    if (tokens[end]?.type === 'dl_open' && tokens[end]?.level === level) {
      end++;
      out.pop();
    }
    tokens.splice(start, end - start, ...out);
    i = start + out.length - 1;
  }
}

function markTightness(state: StateCore): void {
  const tokens = state.tokens;
  let lines: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i] as Token;
    if (open.type !== 'dd_open') continue;
    let tight = open.meta?.tight as boolean | undefined;
    if (tight === undefined) {
      // markdown-it-deflist's own map can start at the term, so use the first child's.
      const map = tokens[i + 1]?.map ?? open.map;
      lines ??= state.src.split('\n');
      tight = map === null || (lines[map[0] - 1] ?? '').trim() !== '';
      open.meta = { ...(open.meta ?? {}), tight };
    }
    let first = true;
    for (let j = i + 1, depth = 0; j < tokens.length && depth >= 0; j++) {
      const t = tokens[j] as Token;
      depth += t.nesting;
      // A paragraph directly in the definition opens to depth 1 and closes back to 0.
      if ((t.type === 'paragraph_open' && depth === 1) || (t.type === 'paragraph_close' && depth === 0)) {
        t.hidden = tight && first;
        if (t.type === 'paragraph_close') first = false;
      }
    }
  }
}

/** markdown-it-deflist accepts a `:` (or `~`) indented up to three spaces; Goldmark only an unindented `:`. */
function requireUnindentedMarker(md: MarkdownIt): void {
  const rule = blockRule(md.block.ruler, 'deflist');
  if (rule === undefined) return;
  const deflist = rule.fn;
  // `at` resets the chains the rule may interrupt unless they are given again.
  md.block.ruler.at('deflist', (state, startLine, endLine, silent) => {
    if (!silent) {
      let next = startLine + 1;
      if (next < endLine && state.isEmpty(next)) next++;
      if (next < endLine && (state.sCount[next] ?? 0) > state.blkIndent) return false;
      // Only `:` followed by a space or tab: not Pandoc's `~`, which markdown-it-deflist also takes.
      const at = (state.bMarks[next] ?? 0) + (state.tShift[next] ?? 0);
      if (next < endLine && !(state.src.charCodeAt(at) === 0x3a && /[ \t]/.test(state.src.charAt(at + 1)))) return false;
    }
    return deflist(state, startLine, endLine, silent);
  }, { alt: rule.alt });
}

export function definitionListPlugin(md: MarkdownIt): void {
  requireUnindentedMarker(md);
  md.core.ruler.after('block', 'goldmark_deflist_terms', splitParagraphs);
  md.core.ruler.after('goldmark_deflist_terms', 'goldmark_deflist_tight', markTightness);
  md.renderer.rules['dd_open'] = (tokens, idx) => (tokens[idx]?.meta?.tight ? '<dd>' : '<dd>\n');
}
