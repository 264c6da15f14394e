import type { MarkdownIt, RendererRule, StateCore, Token } from 'markdown-it';
import { chromaLexer } from './highlight.js';
import { DEFAULT_BLOCK_OPTIONS, highlightedCode, plainBlock } from './highlight/index.js';
import { fenceBlockOptions } from './highlight/fence-options.js';
import type { BlockOptions } from './highlight/index.js';
import { afterHiddenParagraph } from './html.js';

/**
 * Renderer rules where Goldmark's HTML (as Hugo 0.111.3 configures it) differs from markdown-it's.
 * Each rule is keyed by token type, as markdown-it's renderer expects.
 */

// Go's html.EscapeString, used by Hugo for code blocks: quotes as numeric references.
const CODE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };
const escapeCode = (s: string): string => s.replace(/[&<>"']/g, (c) => CODE_ESCAPES[c] ?? c);


/**
 * Fenced code as Hugo's code block renderer writes it: `tabindex="0"`, the language (first word
 * of the info string) as class and data-lang, no newline after the block; Chroma's markup when it
 * knows the language (see highlight.ts). Indented code keeps Goldmark's plain `<pre><code>`.
 */
export function codePlugin(md: MarkdownIt, highlight: boolean, guessSyntax = false, block: BlockOptions = DEFAULT_BLOCK_OPTIONS): void {
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx] as Token;
    // With markup.highlight.codeFences off, Hugo leaves fences to Goldmark's own renderer.
    if (!highlight) return goldmarkFence(token);
    // Hugo takes the language from the raw info string: escapes and entities stay as written.
    const lang = /^[^\s{]*/.exec(token.info.trim())?.[0] ?? '';
    const safeLang = lang.replace(/[<>"]/g, (c) => CODE_ESCAPES[c] ?? c);
    const attrs = lang === '' ? '' : ` class="language-${safeLang}" data-lang="${safeLang}"`;
    // Hugo's code block drops trailing empty lines (not lines of spaces).
    const raw = token.content.replace(/(^|\n)\n+$/, '$1');
    const code = escapeCode(raw);
    const lf = afterHiddenParagraph(tokens, idx);
    const options = fenceBlockOptions(token.info, block);
    const lexer = highlight && lang !== '' ? chromaLexer(lang) : null;
    if (lexer !== null) return lf + (highlightedCode(raw, lexer, attrs, options) ?? plainBlock(raw, attrs, options));
    // guessSyntax: Chroma guesses a language from the code; vellum does not guess, and shows
    // what Chroma shows when its guess fails, the plain "fallback" lexer.
    if (highlight && guessSyntax && lang === '') return lf + plainBlock(raw, ' class="language-fallback" data-lang="fallback"', options);
    return `${lf}<pre tabindex="0"><code${attrs}>${code}</code></pre>`;
  };
}

/** Goldmark's default fenced code: a class from the language, quotes escaped as `&quot;`. */
function goldmarkFence(token: Token): string {
  const lang = /^[^\s{]*/.exec(token.info.trim())?.[0] ?? '';
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => (c === '"' ? '&quot;' : (CODE_ESCAPES[c] ?? c)));
  const attrs = lang === '' ? '' : ` class="language-${escape(lang)}"`;
  return `<pre><code${attrs}>${escape(token.content)}</code></pre>\n`;
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
  // With `unsafe`, nothing is blanked, but images still take Goldmark's alt text.
  const blank = (token: Token, name: string): void => {
    if (unsafe) return;
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
