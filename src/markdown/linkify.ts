import type { MarkdownIt, StateInline } from 'markdown-it';
import { isAsciiPunct } from './chars.js';
import { inlineRule } from './ruler.js';

/**
 * Goldmark's linkify extension (extension/linkify.go, v1.5.4), not markdown-it's linkify-it:
 * only `http://`, `https://`, `ftp://`, `www.` and e-mail addresses become links, never a bare
 * `example.com`, and trailing punctuation is trimmed by Goldmark's own rules.
 */

const WWW_RE = /^www\.[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?:[/#?][-a-zA-Z0-9@:%_+.~#!?&/=();,'">^{}[\]`]*)?/;
const URL_RE = /^(?:http|https|ftp):\/\/[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?::\d+)?(?:[/#?][-a-zA-Z0-9@:%_+.~#$!?&/=();,'">^{}[\]`]*)?/;
const PROTOCOL_RE = /^(?:http:|https:|ftp:)/;
const EMAIL_LOCAL_RE = /^[!#$%&'*+\-./0-9=?A-Z^_`a-z{|}~]+/;
// The same set as a lookup table, for the cheap test made at every space.
const EMAIL_LOCAL = new Uint8Array(128);
for (const ch of "!#$%&'*+-./0123456789=?ABCDEFGHIJKLMNOPQRSTUVWXYZ^_`abcdefghijklmnopqrstuvwxyz{|}~") EMAIL_LOCAL[ch.charCodeAt(0)] = 1;

// Where the next `@` of a block's text is, so that most words need no e-mail scan at all.
const nextAt = new WeakMap<StateInline, { from: number; at: number }>();

/** Whether a link could start at `start`: a protocol or `www.` begins with h, f or w, an address has an `@` after its local part. */
function mayStartLink(state: StateInline, start: number, end: number): boolean {
  const src = state.src;
  const c = src.charCodeAt(start);
  if (c === 0x68 || c === 0x66 || c === 0x77) return true;
  let cached = nextAt.get(state);
  if (cached === undefined || cached.from > start || (cached.at !== -1 && cached.at < start)) {
    cached = { from: start, at: src.indexOf('@', start) };
    nextAt.set(state, cached);
  }
  const at = cached.at;
  if (at === -1 || at >= end) return false;
  let i = start;
  while (i < at) {
    const code = src.charCodeAt(i);
    if (code >= 128 || EMAIL_LOCAL[code] !== 1) return false;
    i++;
  }
  return i > start;
}
const EMAIL_DOMAIN_RE = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*/;

/** util.FindEmailIndex: the end of an e-mail address at the start of `s`, or -1. */
function findEmailEnd(s: string): number {
  const local = EMAIL_LOCAL_RE.exec(s);
  if (local === null) return -1;
  let i = local[0].length;
  if (s.charAt(i) !== '@') return -1;
  i++;
  if (i >= s.length) return -1;
  const domain = EMAIL_DOMAIN_RE.exec(s.slice(i));
  return domain === null ? -1 : i + domain[0].length;
}

export type LinkifyKind = 'url' | 'www' | 'email';

/** The link Goldmark finds at the start of `line`: its length and kind, or null. */
export function matchLinkify(line: string): { length: number; kind: LinkifyKind } | null {
  let end = -1;
  let kind: LinkifyKind = 'url';
  if (PROTOCOL_RE.test(line)) {
    const m = URL_RE.exec(line);
    if (m !== null) end = m[0].length;
  }
  if (end < 0 && line.startsWith('www.')) {
    const m = WWW_RE.exec(line);
    if (m !== null) {
      end = m[0].length;
      kind = 'www';
    }
  }
  if (end > 0) {
    const last = line.charAt(end - 1);
    if (last === '.') {
      end--;
    } else if (last === ')') {
      let closing = 0;
      for (let i = end - 1; i >= 0; i--) {
        if (line[i] === ')') closing++;
        else if (line[i] === '(') closing--;
      }
      if (closing > 0) end -= closing;
    } else if (last === ';') {
      // A trailing entity reference such as `&amp;` is not part of the URL.
      let i = end - 2;
      while (i >= 0 && /[a-zA-Z0-9]/.test(line.charAt(i))) i--;
      if (i !== end - 2 && line.charAt(i) === '&') end = i;
    }
  } else {
    if (line.length > 0 && isAsciiPunct(line.charAt(0))) return null;
    kind = 'email';
    end = findEmailEnd(line);
    if (end < 0) return null;
    const at = line.indexOf('@');
    if (!line.slice(at, end - 1).includes('.')) return null;
    if (line.charAt(end - 1) === '.') end--;
    const next = line.charAt(end);
    if (next === '-' || next === '_') return null;
  }
  let i = end - 1;
  while (i > 0 && '?!.,:*_~'.includes(line.charAt(i))) i--;
  return { length: i + 1, kind };
}

/**
 * Whether Goldmark's inline loop restarts here: no text pending, or only an unmatched backtick
 * run (markdown-it keeps it as text, Goldmark's code span parser returns it as a node).
 */
function afterNode(state: StateInline): boolean {
  const pending = state.pending;
  return pending.length === 0 || pending.charCodeAt(pending.length - 1) === 0x60;
}

// Per block: how many `[` (or `![`) openers that did not make a link still wait for a `]`.
const openLabels = new WeakMap<StateInline, number>();

/**
 * Goldmark does not linkify inside a possible link label: after a `[` that no `]` has closed
 * yet, whether or not it becomes a link. The count follows the parse, so brackets inside code
 * spans, escapes, autolinks and linkified URLs do not count.
 */
function insideLinkLabel(state: StateInline): boolean {
  return (openLabels.get(state) ?? 0) > 0;
}

/** A `[^label]` with a definition is a footnote reference (parsed before links in Goldmark), not a label. */
function isFootnoteRef(state: StateInline): boolean {
  const src = state.src;
  if (src.charCodeAt(state.pos + 1) !== 0x5e) return false;
  const end = src.indexOf(']', state.pos);
  const refs = (state.env as { footnotes?: { refs?: Record<string, number> } }).footnotes?.refs;
  return end > 0 && refs !== undefined && refs[`:${src.slice(state.pos + 2, end).replace(/ /g, '\u00a0')}`] !== undefined;
}

function trackLinkLabels(md: MarkdownIt): void {
  
  const original = inlineRule(md.inline.ruler, 'link')?.fn;
  if (original !== undefined) {
    md.inline.ruler.at('link', (state, silent) => {
      if (original(state, silent)) return true;
      if (!silent && state.src.charCodeAt(state.pos) === 0x5b && !isFootnoteRef(state)) {
        openLabels.set(state, (openLabels.get(state) ?? 0) + 1);
      }
      return false;
    });
  }
  md.inline.ruler.before('text', 'goldmark_label_close', (state, silent) => {
    if (!silent && state.src.charCodeAt(state.pos) === 0x5d) {
      const open = openLabels.get(state) ?? 0;
      if (open > 0) openLabels.set(state, open - 1);
    }
    return false;
  });
}

function linkifyRule(state: StateInline, silent: boolean): boolean {
  // linkLevel counts the links we are inside (markdown-it ≥ 13; missing from @types/markdown-it).
  if (silent || (state as StateInline & { linkLevel: number }).linkLevel > 0) return false;
  const src = state.src;
  const pos = state.pos;
  const c = src.charAt(pos);
  let consumes = 0;
  // Goldmark tries linkify at a space, `~` or `(` (`*` and `_` go to emphasis first), and at the
  // start of a line or right after any inline node (its parser loop restarts there as if at a line
  // start) — in markdown-it terms, wherever no text is pending.
  if (c === ' ' || c === '~' || c === '(') {
    consumes = 1;
  } else if (!afterNode(state) || isAsciiPunct(c) || c === '\n') {
    return false;
  }
  if (insideLinkLabel(state)) return false;
  const start = pos + consumes;
  if (start >= state.posMax || !mayStartLink(state, start, state.posMax)) return false;
  let eol = src.indexOf('\n', start);
  if (eol < 0 || eol > state.posMax) eol = state.posMax;
  const match = matchLinkify(src.slice(start, eol));
  if (match === null) return false;

  if (consumes) state.pending += c;
  const text = src.slice(start, start + match.length);
  const href = match.kind === 'email' ? `mailto:${text}` : match.kind === 'www' ? `https://${text}` : text;
  const open = state.push('link_open', 'a', 1);
  open.attrs = [['href', state.md.normalizeLink(href)]];
  open.markup = 'linkify';
  open.info = match.kind;
  const t = state.push('text', '', 0);
  t.content = text;
  const close = state.push('link_close', 'a', -1);
  close.markup = 'linkify';
  close.info = match.kind;
  state.pos = start + match.length;
  return true;
}

// markdown-it's text rule, stopping also where Goldmark's linkify and typographer may begin.
function isStop(code: number): boolean {
  switch (code) {
    case 0x0a: case 0x21: case 0x23: case 0x24: case 0x25: case 0x26: case 0x2a: case 0x2b: case 0x2d:
    case 0x3a: case 0x3c: case 0x3d: case 0x3e: case 0x40: case 0x5b: case 0x5c: case 0x5d: case 0x5e:
    case 0x5f: case 0x60: case 0x7b: case 0x7d: case 0x7e:
    case 0x22: case 0x27:
      return true;
    default:
      return false;
  }
}

/** After a space or `(`: whether a URL, `www.` or an address could start at `i` (else no rule needs to look). */
function linkMayFollow(src: string, i: number, max: number): boolean {
  const c = src.charCodeAt(i);
  if (c === 0x68 || c === 0x66 || c === 0x77) return true;
  let j = i;
  while (j < max) {
    const code = src.charCodeAt(j);
    if (code >= 128 || EMAIL_LOCAL[code] !== 1) break;
    j++;
  }
  return j > i && src.charCodeAt(j) === 0x40;
}

function textRule(state: StateInline, silent: boolean): boolean {
  let pos = state.pos;
  const max = state.posMax;
  const src = state.src;
  for (; pos < max; pos++) {
    const code = src.charCodeAt(pos);
    if (code === 0x20 || code === 0x28) {
      // Linkify is tried after a space or `(`, so stop there only when a link could follow.
      if (linkMayFollow(src, pos + 1, max)) break;
    } else if (code === 0x2e) {
      // The typographer's `...`.
      if (src.charCodeAt(pos + 1) === 0x2e && src.charCodeAt(pos + 2) === 0x2e) break;
    } else if (isStop(code)) {
      break;
    }
  }
  if (pos === state.pos) return false;
  if (!silent) state.pending += src.slice(state.pos, pos);
  state.pos = pos;
  return true;
}

export function textRulePlugin(md: MarkdownIt): void {
  md.inline.ruler.at('text', textRule);
}

export function linkifyPlugin(md: MarkdownIt): void {
  trackLinkLabels(md);
  md.inline.ruler.before('text', 'goldmark_linkify', linkifyRule);
}
