/**
 * Character classes exactly as Goldmark (github.com/yuin/goldmark/util) and Go's unicode package
 * define them. JavaScript's \s and \p{P} differ in small ways (U+FEFF, U+0085, symbols), and those
 * differences decide quotes, links and word counts, so the Go definitions are spelled out here.
 */

/** Go's unicode.IsSpace: Latin-1 spaces plus the Unicode White_Space property. */
export const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const goSpaceRe = new RegExp(`[${GO_SPACE}]`);
const goPunctRe = /\p{P}/u;
const goLetterRe = /\p{L}/u;
const goDigitRe = /\p{Nd}/u;

/** unicode.IsSpace for a UTF-16 code unit (every Go space is in the BMP). */
export function isGoSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** unicode.IsSpace(r). */
export function isGoSpace(ch: string): boolean {
  return goSpaceRe.test(ch);
}

/** unicode.IsPunct(r): Unicode category P only (not symbols such as `<` or `$`). */
export function isGoPunct(ch: string): boolean {
  return goPunctRe.test(ch);
}

/** unicode.IsLetter(r). */
export function isGoLetter(ch: string): boolean {
  return goLetterRe.test(ch);
}

/** unicode.IsDigit(r). */
export function isGoDigit(ch: string): boolean {
  return goDigitRe.test(ch);
}

/** util.IsPunct(byte): every ASCII punctuation character. */
export function isAsciiPunct(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** util.IsSpace(byte): tab, newline, carriage return and space. */
export function isAsciiSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** util.IsPunctRune. */
export function isPunctRune(ch: string): boolean {
  return isAsciiPunct(ch) || isGoPunct(ch);
}

/** util.IsSpaceRune. */
export function isSpaceRune(ch: string): boolean {
  return isAsciiSpace(ch) || isGoSpace(ch);
}

/** The code point at `pos` as a string (a whole surrogate pair when there is one); ' ' past the end. */
export function runeAt(s: string, pos: number): string {
  const cp = s.codePointAt(pos);
  return cp === undefined ? ' ' : String.fromCodePoint(cp);
}

/** The code point that ends just before `pos`; '\n' at the start, as Goldmark's PrecendingCharacter. */
export function runeBefore(s: string, pos: number): string {
  if (pos <= 0) return '\n';
  const low = s.charCodeAt(pos - 1);
  if (low >= 0xdc00 && low <= 0xdfff && pos >= 2) {
    const high = s.charCodeAt(pos - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(pos - 2, pos);
  }
  return s.charAt(pos - 1);
}
