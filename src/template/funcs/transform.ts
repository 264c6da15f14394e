/** Hugo's transform namespace (markdownify, plainify, htmlEscape, htmlUnescape, emojify). */
import { SafeHTML } from '../engine/values.js';
import { emojify } from './emoji.js';
import { unescapeEntities } from './entities.js';
import { htmlEscapeString, toStringE } from './go.js';
import { unmarshal } from './unmarshal.js';
import type { Namespace } from './registry.js';

/**
 * Hugo's StripHTML (plainify, countwords, countrunes): newlines become
 * spaces and `</p>`, `<br>`, `<br />` newlines; then, as an HTML tokenizer
 * reads it, tags and comments vanish, <script> and <style> lose their
 * content, a "<" that starts no tag stays text, and each run of whitespace
 * (across tags too) keeps only its first character.
 */
export function stripHTML(s: string): string {
  if (!/[<>]/.test(s)) return s;
  const t = s.replace(/\n/g, ' ').replace(/<\/p>|<br>|<br \/>/g, '\n');
  let out = '';
  let wasSpace = false;
  let i = 0;
  while (i < t.length) {
    if (t[i] === '<') {
      const skipped = skipMarkup(t, i);
      if (skipped > i) {
        i = skipped;
        continue;
      }
    }
    const ch = t[i]!;
    const isSpace = /\s/.test(ch);
    if (!isSpace || !wasSpace) out += ch;
    wasSpace = isSpace;
    i++;
  }
  return out;
}

const rawTextElements = /^<(script|style)\b/i;

/** The index after the tag, comment or raw-text element at `i`, or `i` when "<" starts none. */
function skipMarkup(t: string, i: number): number {
  if (t.startsWith('<!--', i)) {
    const end = t.indexOf('-->', i + 4);
    return end < 0 ? t.length : end + 3;
  }
  if (!/^<[A-Za-z\/!?]/.test(t.slice(i, i + 2))) return i;
  const close = t.indexOf('>', i);
  if (close < 0) return t.length;
  const raw = rawTextElements.exec(t.slice(i, close + 1));
  if (raw !== null) {
    const endTag = t.toLowerCase().indexOf(`</${raw[1]!.toLowerCase()}`, close);
    if (endTag < 0) return t.length;
    const endClose = t.indexOf('>', endTag);
    return endClose < 0 ? t.length : endClose + 1;
  }
  return close + 1;
}

/**
 * Hugo's TrimShortHTML: markdown that rendered to one paragraph loses its
 * `<p>` wrapper, so `{{ .Title | markdownify }}` stays inline.
 */
export function trimShortHTML(html: string): string {
  const first = html.indexOf('<p');
  const last = html.lastIndexOf('<p');
  const lastClosingP = html.lastIndexOf('</p>');
  const lastClosing = html.lastIndexOf('</');
  if (first !== last || lastClosingP !== lastClosing) return html;
  let out = html.trim();
  if (out.startsWith('<p>')) out = out.slice(3);
  if (out.endsWith('</p>')) out = out.slice(0, -4);
  return out.trim();
}

/** Chroma's output when nothing highlights: the code escaped in Hugo's wrapper. */
function plainHighlight(code: string, lang: string): string {
  const attrs = lang === '' ? '' : ` class="language-${htmlEscapeString(lang)}" data-lang="${htmlEscapeString(lang)}"`;
  return `<div class="highlight"><pre tabindex="0"><code${attrs}>${htmlEscapeString(code)}</code></pre></div>`;
}

export const transformNamespace: Namespace = (hooks) => [
  { name: 'transform.Unmarshal', aliases: ['unmarshal'], fn: unmarshal, examples: [
    ['{{ transform.Unmarshal "{\\"a\\": [1, 2.5, \\"x\\"]}" }}', 'map[a:[1 2.5 x]]'],
    ['{{ transform.Unmarshal "a = 1\\nb = \\"x\\"" }}', 'map[a:1 b:x]'],
    ['{{ transform.Unmarshal "a,b\\n1,2" }}', '[[a b] [1 2]]'],
    ['{{ (transform.Unmarshal "a: 1\\nb: [x, z]").b }}', '[x z]'],
  ] },
  { name: 'transform.Highlight', aliases: ['highlight'], fn: (code: unknown, lang: unknown, options?: unknown) => {
    const c = toStringE(code);
    const l = toStringE(lang);
    const o = options === undefined ? '' : toStringE(options);
    return new SafeHTML(hooks.highlight === undefined ? plainHighlight(c, l) : hooks.highlight(c, l, o));
  } },
  { name: 'transform.Markdownify', aliases: ['markdownify'], fn: (s: unknown) => new SafeHTML(trimShortHTML(hooks.markdownify(toStringE(s)))),
    examples: [['{{ markdownify "**bold** text" }}', '<strong>bold</strong> text']] },
  { name: 'transform.Plainify', aliases: ['plainify'], fn: (s: unknown) => stripHTML(toStringE(s)),
    examples: [['{{ plainify "<p>Hello <b>world</b></p><p>x</p>" }}', 'Hello world\nx\n']] },
  { name: 'transform.HTMLEscape', aliases: ['htmlEscape'], fn: (s: unknown) => htmlEscapeString(toStringE(s)),
    examples: [
      ['{{ htmlEscape "<b>\\"x\\" & \'y\'</b>" }}', '&amp;lt;b&amp;gt;&amp;#34;x&amp;#34; &amp;amp; &amp;#39;y&amp;#39;&amp;lt;/b&amp;gt;'],
      ['{{ htmlEscape "a < b" | safeHTML }}', 'a &lt; b'],
    ] },
  { name: 'transform.HTMLUnescape', aliases: ['htmlUnescape'], fn: (s: unknown) => unescapeEntities(toStringE(s)),
    examples: [['{{ htmlUnescape "&lt;b&gt; &amp;amp; &quot;&#39;&hellip;&copy;" }}', '&lt;b&gt; &amp;amp; &#34;&#39;…©']] },
  // Hugo returns emojify's result as trusted HTML, so `{{ emojify "<b>" }}` would inject markup;
  // vellum returns a plain string and lets the escaper handle it.
  { name: 'transform.Emojify', aliases: ['emojify'], fn: (s: unknown) => emojify(toStringE(s)),
    examples: [['{{ emojify "I :heart: Hugo :smile:" }}', 'I ❤️ Hugo 😄'], ['{{ emojify "<b>:x:</b>" }}', '&lt;b&gt;❌&lt;/b&gt;']] },
];
