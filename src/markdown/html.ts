import type { MarkdownIt, Token } from 'markdown-it';
import { blockRule, inlineRule } from './ruler.js';

/**
 * Raw HTML as Goldmark v1.5.4 reads and writes it: without `unsafe` each block and inline tag
 * becomes a comment, a multi-line block of kinds 1-5 gets a second one for its closing line, and
 * the CommonMark 0.30 rules for comments and declarations still hold.
 */

export const RAW_HTML_OMITTED = '<!-- raw HTML omitted -->';

// Goldmark starts a block on a new line after a tight list item's text; markdown-it does so only
// for tokens it renders itself, so the custom block rules add it.
export const afterHiddenParagraph = (tokens: readonly Token[], idx: number): string => (tokens[idx - 1]?.hidden ? '\n' : '');

// CommonMark HTML block kinds 1-5 end at a marker; Goldmark calls the line holding it the closure.
const CLOSING_KINDS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/** Whether the block ends on a later line with its end marker (Goldmark's HasClosure). */
export function hasClosure(block: string): boolean {
  const content = block.replace(/^[ \t]+/, '');
  const kind = CLOSING_KINDS.find(([start]) => start.test(content));
  if (kind === undefined) return false;
  const nl = content.indexOf('\n');
  if (nl < 0 || kind[1].test(content.slice(0, nl))) return false;
  return kind[1].test(content.slice(nl + 1));
}

/**
 * Without `unsafe`, Goldmark replaces each raw HTML block and inline tag with a comment, and a
 * second comment for the closing line of a multi-line `<pre>`, `<script>`, comment and the like.
 */
export function rawHtmlPlugin(md: MarkdownIt, unsafe: boolean): void {
  if (unsafe) {
    md.renderer.rules.html_block = (tokens, idx) => afterHiddenParagraph(tokens, idx) + (tokens[idx]?.content ?? '');
    return;
  }
  md.renderer.rules.html_block = (tokens, idx) =>
    afterHiddenParagraph(tokens, idx) +
    (hasClosure(tokens[idx]?.content ?? '') ? `${RAW_HTML_OMITTED}\n${RAW_HTML_OMITTED}\n` : `${RAW_HTML_OMITTED}\n`);
  md.renderer.rules.html_inline = () => RAW_HTML_OMITTED;
}

// Goldmark v1.5.4 still has the CommonMark 0.30 comment rule: no `--` inside, no `>` or `->` first.
const GOLDMARK_COMMENT = /^(?:<!---->|<!--(?:-?[^>-])(?:-?[^-])*-->)/;

/** A `<!--` that is not a comment by Goldmark's rule is text (its dashes then meet the typographer). */
export function htmlCommentPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('html_inline', 'goldmark_comment_guard', (state, silent) => {
    const src = state.src;
    const pos = state.pos;
    if (!src.startsWith('<!--', pos) || GOLDMARK_COMMENT.test(src.slice(pos, state.posMax))) return false;
    if (!silent) state.pending += '<';
    state.pos = pos + 1;
    return true;
  });
}

/**
 * Goldmark keeps the CommonMark 0.30 rule that a declaration is `<!` and an upper-case letter;
 * markdown-it also takes `<!a`, as a block and inline, and starts a block at a lone `</pre>`.
 */
const RAW_TEXT_CLOSE = /^<\/(?:script|pre|style|textarea)\s*>\s*$/i;

export function declarationPlugin(md: MarkdownIt): void {
  const lowerDeclaration = /^<![a-z]/;
  const block = blockRule(md.block.ruler, 'html_block');
  if (block !== undefined) {
    const original = block.fn;
    md.block.ruler.at('html_block', (state, startLine, endLine, silent) => {
      const at = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
      if (lowerDeclaration.test(state.src.slice(at, at + 3))) return false;
      // A closing `</pre>` (or script, style, textarea) starts no block (CommonMark kind 7 excludes them).
      if (RAW_TEXT_CLOSE.test(state.src.slice(at, state.eMarks[startLine]))) return false;
      return original(state, startLine, endLine, silent);
    }, { alt: block.alt });
  }
  const inline = inlineRule(md.inline.ruler, 'html_inline')?.fn;
  if (inline !== undefined) {
    md.inline.ruler.at('html_inline', (state, silent) =>
      lowerDeclaration.test(state.src.slice(state.pos, state.pos + 3)) ? false : inline(state, silent));
  }
}

