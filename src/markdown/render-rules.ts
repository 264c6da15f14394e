import type { MarkdownIt, StateCore, Token } from 'markdown-it';

/**
 * Renderer rules where Goldmark's HTML (as Hugo 0.111.3 configures it) differs from markdown-it's.
 * Each rule is keyed by token type, as markdown-it's renderer expects.
 */

// Go's html.EscapeString, used by Hugo for code blocks: quotes as numeric references.
const CODE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };
const escapeCode = (s: string): string => s.replace(/[&<>"']/g, (c) => CODE_ESCAPES[c] ?? c);

export const RAW_HTML_OMITTED = '<!-- raw HTML omitted -->';

/**
 * Fenced code as Hugo's code block renderer writes it without a Chroma lexer: `tabindex="0"`,
 * the language (first word of the info string) as class and data-lang, and no newline after
 * `</pre>`. Indented code keeps Goldmark's plain `<pre><code>`.
 */
export function codePlugin(md: MarkdownIt): void {
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx] as Token;
    const lang = /^[^\s{]*/.exec(md.utils.unescapeAll(token.info).trim())?.[0] ?? '';
    const attrs = lang === '' ? '' : ` class="language-${escapeCode(lang)}" data-lang="${escapeCode(lang)}"`;
    return `<pre tabindex="0"><code${attrs}>${escapeCode(token.content)}</code></pre>`;
  };
}

/** Without `unsafe`, Goldmark replaces each raw HTML block and inline tag with a comment. */
export function rawHtmlPlugin(md: MarkdownIt, unsafe: boolean): void {
  if (unsafe) return;
  md.renderer.rules.html_block = () => `${RAW_HTML_OMITTED}\n`;
  md.renderer.rules.html_inline = () => RAW_HTML_OMITTED;
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
    blank(tokens[idx] as Token, 'href');
    return linkOpen ? linkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  const image = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    blank(tokens[idx] as Token, 'src');
    return image ? image(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
}

// Goldmark's tasklist extension: `[ ]`, `[x]` or `[X]` opening a list item's first paragraph.
const TASK_RE = /^\[([ \t\n\f\rxX])\][ \t\n\f\r]*/;

export function taskListPlugin(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'goldmark_tasklist', (state: StateCore) => {
    const tokens = state.tokens;
    for (let i = 2; i < tokens.length; i++) {
      const inline = tokens[i] as Token;
      if (inline.type !== 'inline' || tokens[i - 1]?.type !== 'paragraph_open' || tokens[i - 2]?.type !== 'list_item_open') continue;
      const first = inline.children?.[0];
      const m = first?.type === 'text' ? TASK_RE.exec(first.content) : null;
      if (first === undefined || m === null || inline.children === null) continue;
      first.content = first.content.slice(m[0].length);
      const box = new state.Token('task_checkbox', 'input', 0);
      box.content = m[1] === ' ' || m[1] === '\t' || m[1] === '\n' || m[1] === '\f' || m[1] === '\r'
        ? '<input disabled="" type="checkbox"> '
        : '<input checked="" disabled="" type="checkbox"> ';
      inline.children.unshift(box);
    }
  });
  md.renderer.rules['task_checkbox'] = (tokens, idx) => tokens[idx]?.content ?? '';
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
  rules['footnote_block_open'] = () => '<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n';
  rules['footnote_block_close'] = () => '</ol>\n</div>\n';
  rules['footnote_open'] = (tokens, idx) => `<li id="fn:${n(tokens[idx] as Token)}">\n`;
  rules['footnote_close'] = () => '</li>\n';
  rules['footnote_anchor'] = (tokens, idx) =>
    `&#160;<a href="#${refId(tokens[idx] as Token)}" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a>`;
}
