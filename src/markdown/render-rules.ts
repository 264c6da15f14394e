import type { MarkdownIt, RendererRule, StateBlock, StateCore, StateInline, Token } from 'markdown-it';
import { chromaLexer, highlightedBlock } from './highlight.js';

/**
 * Renderer rules where Goldmark's HTML (as Hugo 0.111.3 configures it) differs from markdown-it's.
 * Each rule is keyed by token type, as markdown-it's renderer expects.
 */

// Go's html.EscapeString, used by Hugo for code blocks: quotes as numeric references.
const CODE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };
const escapeCode = (s: string): string => s.replace(/[&<>"']/g, (c) => CODE_ESCAPES[c] ?? c);

// Goldmark starts a block on a new line after a tight list item's text; markdown-it does so only
// for tokens it renders itself, so the custom block rules below add it.
const afterHiddenParagraph = (tokens: readonly Token[], idx: number): string => (tokens[idx - 1]?.hidden ? '\n' : '');

export const RAW_HTML_OMITTED = '<!-- raw HTML omitted -->';

/**
 * Fenced code as Hugo's code block renderer writes it: `tabindex="0"`, the language (first word
 * of the info string) as class and data-lang, no newline after the block; Chroma's markup when it
 * knows the language (see highlight.ts). Indented code keeps Goldmark's plain `<pre><code>`.
 */
export function codePlugin(md: MarkdownIt, highlight: boolean): void {
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx] as Token;
    // Hugo takes the language from the raw info string: escapes and entities stay as written.
    const lang = /^[^\s{]*/.exec(token.info.trim())?.[0] ?? '';
    const safeLang = lang.replace(/[<>"]/g, (c) => CODE_ESCAPES[c] ?? c);
    const attrs = lang === '' ? '' : ` class="language-${safeLang}" data-lang="${safeLang}"`;
    const code = escapeCode(token.content);
    const lf = afterHiddenParagraph(tokens, idx);
    if (highlight && lang !== '' && chromaLexer(lang) !== null) return lf + highlightedBlock(code, attrs);
    return `${lf}<pre tabindex="0"><code${attrs}>${code}</code></pre>`;
  };
}

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

interface BlockRule {
  name: string;
  alt: string[];
  fn: (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
}

/**
 * Goldmark keeps the CommonMark 0.30 rule that a declaration is `<!` and an upper-case letter;
 * markdown-it also takes `<!a`, as a block and inline.
 */
export function declarationPlugin(md: MarkdownIt): void {
  const lowerDeclaration = /^<![a-z]/;
  const blocks = (md.block.ruler as unknown as { __rules__: BlockRule[] }).__rules__;
  const block = blocks.find((r) => r.name === 'html_block');
  if (block !== undefined) {
    const original = block.fn;
    md.block.ruler.at('html_block', (state, startLine, endLine, silent) => {
      const at = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
      if (lowerDeclaration.test(state.src.slice(at, at + 3))) return false;
      return original(state, startLine, endLine, silent);
    }, { alt: block.alt });
  }
  const inlines = (md.inline.ruler as unknown as { __rules__: InlineRule[] }).__rules__;
  const inline = inlines.find((r) => r.name === 'html_inline')?.fn;
  if (inline !== undefined) {
    md.inline.ruler.at('html_inline', (state, silent) =>
      lowerDeclaration.test(state.src.slice(state.pos, state.pos + 3)) ? false : inline(state, silent));
  }
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

interface InlineRule {
  name: string;
  fn: (state: StateInline, silent: boolean) => boolean;
}

/**
 * markdown-it caches how far it has looked for closing backticks; scanning a `[` that turns out
 * not to be a link fills that cache from further on, and the code spans inside are then lost
 * (`[ a`b`c` … ` stays literal). Goldmark has no such cache, so it is dropped when a link or
 * image fails.
 */
export function backtickCachePlugin(md: MarkdownIt): void {
  const rules = (md.inline.ruler as unknown as { __rules__: InlineRule[] }).__rules__;
  for (const name of ['link', 'image']) {
    const original = rules.find((r) => r.name === name)?.fn;
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

/** GFM strikethrough is `<del>` in Goldmark (markdown-it writes `<s>`). */
export function strikethroughPlugin(md: MarkdownIt): void {
  md.renderer.rules.s_open = () => '<del>';
  md.renderer.rules.s_close = () => '</del>';
}

// Goldmark's util.IsDangerousURL.
const DANGEROUS = /^(?:javascript|vbscript|file):/i;
const DATA_OK = /^data:image\/(?:png|gif|jpeg|webp);/i;

/**
 * Goldmark links every destination and blanks a dangerous one unless `unsafe`; markdown-it
 * refuses to make such a link at all. Destinations are percent-encoded without markdown-it's
 * punycode step, and autolink text is shown as written.
 */
export function linkPlugin(md: MarkdownIt, unsafe: boolean): void {
  const mdurl = md.utils.lib.mdurl;
  md.validateLink = () => true;
  md.normalizeLink = (url) => mdurl.encode(url);
  md.normalizeLinkText = (text) => text;
  if (unsafe) return;
  const blank = (token: Token, name: string): void => {
    const value = token.attrGet(name);
    if (typeof value === 'string' && (DANGEROUS.test(value) || (/^data:/i.test(value) && !DATA_OK.test(value)))) {
      token.attrSet(name, '');
    }
  };
  const linkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx] as Token;
    // Goldmark's autolink renderer does not check the destination.
    if (token.markup !== 'autolink') blank(token, 'href');
    return linkOpen ? linkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    blank(tokens[idx] as Token, 'src');
    return renderImage(tokens, idx, options, env, self);
  };
}

/**
 * Goldmark's alt text is its children's source text: typographer entities and written entities
 * stay as entities, and are then escaped (`&amp;rsquo;`).
 */
function altText(children: readonly Token[] | null): string {
  let out = '';
  for (const child of children ?? []) {
    if (child.type === 'text_special' && child.info === 'entity') out += child.markup;
    else if (child.type === 'image') out += altText(child.children);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') out += '\n';
    else if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline' || child.type === 'typographer') out += child.content;
  }
  return out;
}

const renderImage: RendererRule = (tokens, idx, options, _env, self) => {
  const token = tokens[idx] as Token;
  token.attrSet('alt', altText(token.children));
  return self.renderToken(tokens, idx, options);
};

// Goldmark's tasklist extension: `[ ]`, `[x]` or `[X]` and the spaces after it.
const TASK_RE = /^\[([ \t\n\f\rxX])\][ \t\n\f\r]*/;
const IN_FIRST_BLOCK_OF_ITEM = Symbol('vellum.taskList');

/**
 * Goldmark parses a checkbox at any `[` of the first paragraph of a list item (not only at its
 * start), before links. markdown-it's inline parser has no parent, so the core inline rule is
 * replaced by one that tells the inline rule which paragraphs qualify.
 */
export function taskListPlugin(md: MarkdownIt): void {
  md.core.ruler.at('inline', (state: StateCore) => {
    const env = state.env as Record<symbol, boolean>;
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (token.type !== 'inline') continue;
      // Any first text block of an item: a paragraph or a (setext) heading.
      const parent = tokens[i - 1]?.type;
      env[IN_FIRST_BLOCK_OF_ITEM] = (parent === 'paragraph_open' || parent === 'heading_open') && tokens[i - 2]?.type === 'list_item_open';
      state.md.inline.parse(token.content, state.md, state.env, token.children ?? (token.children = []));
    }
    env[IN_FIRST_BLOCK_OF_ITEM] = false;
  });
  md.inline.ruler.before('link', 'goldmark_tasklist', (state, silent) => {
    if (silent || state.src.charCodeAt(state.pos) !== 0x5b || !(state.env as Record<symbol, boolean>)[IN_FIRST_BLOCK_OF_ITEM]) return false;
    const eol = state.src.indexOf('\n', state.pos);
    const m = TASK_RE.exec(state.src.slice(state.pos, eol < 0 ? state.posMax : eol + 1));
    if (m === null) return false;
    const box = state.push('task_checkbox', 'input', 0);
    box.content = m[1] === 'x' || m[1] === 'X' ? '<input checked="" disabled="" type="checkbox"> ' : '<input disabled="" type="checkbox"> ';
    state.pos = Math.min(state.pos + m[0].length, state.posMax);
    return true;
  });
  md.renderer.rules['task_checkbox'] = (tokens, idx, options) => {
    const html = tokens[idx]?.content ?? '';
    return options.xhtmlOut ? html.replace('> ', ' /> ') : html;
  };
}
