/**
 * CSS escapers, as Go's html/template (css.go): text in CSS strings is
 * hex-escaped, and a value standing as CSS code must look like a harmless
 * value (no brackets, quotes, `expression`, `mozbinding`) or it becomes `ZgotmplZ`.
 */

import { filterFailsafe } from './html.js';
import { stringify } from './stringify.js';
import { decodeCSS } from './transition.js';

const cssTable: Record<string, string> = {
  '\0': '\\0', '\t': '\\9', '\n': '\\a', '\f': '\\c', '\r': '\\d',
  // HTML specials as hex, so the output is also safe inside attributes.
  '"': '\\22', '&': '\\26', "'": '\\27', '(': '\\28', ')': '\\29', '+': '\\2b', '/': '\\2f', ':': '\\3a', ';': '\\3b',
  '<': '\\3c', '>': '\\3e', '\\': '\\\\', '{': '\\7b', '}': '\\7d',
};

const isHexOrCSSSpace = (ch: string | undefined): boolean => ch !== undefined && /^[0-9A-Fa-f \t\n\f\r]$/.test(ch);

/** Text inside a CSS string or url(…). */
export function cssEscaper(...args: unknown[]): string {
  const [s] = stringify(args);
  let out = '';
  let written = 0;
  for (let i = 0; i < s.length; i++) {
    const repl = cssTable[s[i] as string];
    if (repl === undefined) continue;
    out += s.slice(written, i) + repl;
    written = i + 1;
    // A hex escape swallows one following space and runs into following hex digits: add a space.
    if (repl !== '\\\\' && (written === s.length || isHexOrCSSSpace(s[written]))) out += ' ';
  }
  return written === 0 ? s : out + s.slice(written);
}

const isNameChar = (ch: string): boolean => /^[A-Za-z0-9_]$/.test(ch);

/** A value standing as CSS code (a property value, a selector part). */
export function cssValueFilter(...args: unknown[]): string {
  const [s, t] = stringify(args);
  if (t === 'CSS') return s;
  const b = decodeCSS(s);
  let id = '';
  for (let i = 0; i < b.length; i++) {
    const c = b[i] as string;
    switch (c) {
      // Brackets and quotes could restart CSS parsing inside embedded code.
      case '\0': case '"': case "'": case '(': case ')': case '/': case ';': case '@': case '[': case '\\': case ']': case '`': case '{': case '}':
        return filterFailsafe;
      case '-':
        // `--` belongs to <!-- and -->, never to a value.
        if (i !== 0 && b[i - 1] === '-') return filterFailsafe;
        break;
      default:
        if (isNameChar(c)) id += c;
    }
  }
  const lower = id.toLowerCase();
  if (lower.includes('expression') || lower.includes('mozbinding')) return filterFailsafe;
  return b;
}
