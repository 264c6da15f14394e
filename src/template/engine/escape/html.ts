/**
 * Escapers for HTML text, attribute values and attribute names, matching
 * Go's html/template (html.go): `+`, `'` and `"` become numeric references
 * so output is safe in any quoting, and NUL becomes U+FFFD.
 */

import { attrType } from './attr.js';
import type { Context } from './context.js';
import { isInTag, textContext } from './context.js';
import { stringify } from './stringify.js';
import { transitions } from './transition.js';

export const filterFailsafe = 'ZgotmplZ';

type Table = Record<string, string>;

const htmlTable: Table = { '\0': '\ufffd', '"': '&#34;', '&': '&amp;', "'": '&#39;', '+': '&#43;', '<': '&lt;', '>': '&gt;' };
// Trusted HTML already has its `&`s as references.
const htmlNormTable: Table = { ...htmlTable };
delete htmlNormTable['&'];
const nospaceTable: Table = {
  '\0': '&#xfffd;', '\t': '&#9;', '\n': '&#10;', '\v': '&#11;', '\f': '&#12;', '\r': '&#13;', ' ': '&#32;',
  '"': '&#34;', '&': '&amp;', "'": '&#39;', '+': '&#43;', '<': '&lt;', '=': '&#61;', '>': '&gt;',
  // IE treats a backquote as a quote.
  '`': '&#96;',
};
const nospaceNormTable: Table = { ...nospaceTable };
delete nospaceNormTable['&'];

const htmlGlobal = /[\0"&'+<>]/g;
const htmlNormGlobal = /[\0"'+<>]/g;
const htmlSpecials = /[\0"&'+<>\ufdd0-\ufdef\ufff0-\uffff]/;
const nospaceSpecials = /[\0\t\n\v\f\r "&'+<=>`\ufdd0-\ufdef\ufff0-\uffff]/;

/**
 * Replaces characters by `table`. With `badRunes` false, Unicode
 * non-characters (U+FDD0–U+FDEF, U+FFF0–U+FFFF) become hex references, as Go does.
 */
function replaceHTML(s: string, table: Table, badRunes: boolean, specials: RegExp): string {
  if (!specials.test(s)) return s;
  // Fast path: a single native replace when only table characters matter.
  if (badRunes) return s.replace(table === htmlTable ? htmlGlobal : htmlNormGlobal, (ch) => table[ch] as string);
  let out = '';
  let written = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    let repl = table[ch];
    if (repl === undefined) {
      const code = ch.charCodeAt(0);
      if (badRunes || !((code >= 0xfdd0 && code <= 0xfdef) || code >= 0xfff0)) continue;
      repl = `&#x${code.toString(16)};`;
    }
    out += s.slice(written, i) + repl;
    written = i + 1;
  }
  return out + s.slice(written);
}

/** HTML text: trusted HTML passes, everything else is escaped. */
export function htmlEscaper(...args: unknown[]): string {
  const [s, t] = stringify(args);
  if (t === 'HTML') return s;
  return replaceHTML(s, htmlTable, true, htmlSpecials);
}

/** <title> and <textarea>: even trusted HTML is shown as text, but its references are kept. */
export function rcdataEscaper(...args: unknown[]): string {
  const [s, t] = stringify(args);
  if (t === 'HTML') return replaceHTML(s, htmlNormTable, true, htmlSpecials);
  return replaceHTML(s, htmlTable, true, htmlSpecials);
}

/** Quoted attribute values: trusted HTML loses its tags and keeps its text. */
export function attrEscaper(...args: unknown[]): string {
  const [s, t] = stringify(args);
  if (t === 'HTML') return replaceHTML(stripTags(s), htmlNormTable, true, htmlSpecials);
  return replaceHTML(s, htmlTable, true, htmlSpecials);
}

/** Unquoted attribute values: spaces, `=` and backquotes are escaped too. */
export function nospaceEscaper(...args: unknown[]): string {
  const [s, t] = stringify(args);
  if (t === 'HTML') return replaceHTML(stripTags(s), nospaceNormTable, false, nospaceSpecials);
  return replaceHTML(s, nospaceTable, false, nospaceSpecials);
}

/**
 * An attribute name from a value: only trusted HTMLAttr passes; other names
 * must be plain lower-case alphanumerics of a harmless attribute.
 */
export function htmlNameFilter(...args: unknown[]): string {
  const [raw, t] = stringify(args);
  if (t === 'HTMLAttr') return raw;
  // Empty would let the next value attach to the previous attribute.
  if (raw.length === 0) return filterFailsafe;
  const s = raw.toLowerCase();
  if (attrType(s) !== 'plain') return filterFailsafe;
  return /^[a-z0-9]+$/.test(s) ? s : filterFailsafe;
}

/** Inside comments nothing is printed: the comment is dropped anyway. */
export function commentEscaper(..._args: unknown[]): string {
  return '';
}

const delimEndChars: Record<Context['delim'], string> = { None: '', DoubleQuote: '"', SingleQuote: "'", SpaceOrTagEnd: ' \t\n\f\r>' };

/**
 * The text content of an HTML fragment, tags and comments removed, found with
 * the same transitions as escaping so `<div title="1>2">` and `I <3 Ponies`
 * are read correctly.
 */
export function stripTags(html: string): string {
  let out = '';
  let c: Context = textContext();
  let i = 0;
  let allText = true;
  while (i !== html.length) {
    if (c.delim === 'None') {
      let st = c.state;
      // Script and style content is skipped as raw text.
      if (c.element !== 'None' && !isInTag(st)) st = 'RCDATA';
      const [d, n] = transitions[st](c, html.slice(i));
      const i1 = i + n;
      if (c.state === 'Text' || c.state === 'RCDATA') {
        let j = i1;
        if (d.state !== c.state) {
          const lt = html.lastIndexOf('<', j - 1);
          if (lt >= i) j = lt;
        }
        out += html.slice(i, j);
      } else {
        allText = false;
      }
      c = d;
      i = i1;
      continue;
    }
    let i1 = -1;
    const ends = delimEndChars[c.delim];
    for (let k = i; k < html.length; k++) {
      if (ends.includes(html[k] as string)) {
        i1 = k;
        break;
      }
    }
    if (i1 < 0) break;
    if (c.delim !== 'SpaceOrTagEnd') i1++;
    c = { ...textContext(), state: 'Tag', element: c.element };
    i = i1;
  }
  if (allText) return html;
  if (c.state === 'Text' || c.state === 'RCDATA') out += html.slice(i);
  return out;
}
