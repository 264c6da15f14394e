/**
 * How template text moves the HTML parser from one context to the next: one
 * function per state, each consuming a prefix of the text and returning the
 * new context and how much it read, as Go's html/template transition.go does.
 */

import { attrType } from './attr.js';
import type { Context, Element, JsCtx } from './context.js';
import { attrStartState, elementContentState, errorContext, textContext } from './context.js';

type Transition = (c: Context, s: string) => [Context, number];

const quote = (s: string): string => JSON.stringify(s);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r';
}

function eatWhiteSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s[i])) i++;
  return i;
}

const isAlpha = (ch: string | undefined): boolean => ch !== undefined && /^[A-Za-z]$/.test(ch);
const isAlnum = (ch: string | undefined): boolean => ch !== undefined && /^[A-Za-z0-9]$/.test(ch);

const elementNames: Record<string, Element> = { script: 'Script', style: 'Style', textarea: 'Textarea', title: 'Title' };

/** Reads a tag name at `i`: letters and digits, with inner `-` or `:` (`x-y`, `svg:g`). */
function eatTagName(s: string, i: number): [number, Element] {
  if (!isAlpha(s[i])) return [i, 'None'];
  let j = i + 1;
  while (j < s.length) {
    const x = s[j];
    if (isAlnum(x)) {
      j++;
    } else if ((x === ':' || x === '-') && isAlnum(s[j + 1])) {
      j += 2;
    } else {
      break;
    }
  }
  return [j, elementNames[s.slice(i, j).toLowerCase()] ?? 'None'];
}

/** Reads an attribute name; quotes and `<` in one are an error, as in Go. */
function eatAttrName(s: string, i: number): number | Context {
  for (let j = i; j < s.length; j++) {
    const ch = s[j];
    if (isSpace(ch) || ch === '=' || ch === '>') return j;
    if (ch === "'" || ch === '"' || ch === '<') {
      return errorContext(`${quote(ch)} in attribute name: ${quote(s.slice(0, 32))}`);
    }
  }
  return s.length;
}

function tText(c: Context, s: string): [Context, number] {
  let k = 0;
  for (;;) {
    let i = s.indexOf('<', k);
    if (i < 0 || i + 1 === s.length) return [c, s.length];
    if (s.startsWith('<!--', i)) return [{ ...textContext(), state: 'HTMLCmt' }, i + 4];
    i++;
    let end = false;
    if (s[i] === '/') {
      if (i + 1 === s.length) return [c, s.length];
      end = true;
      i++;
    }
    const [j, element] = eatTagName(s, i);
    if (j !== i) return [{ ...textContext(), state: 'Tag', element: end ? 'None' : element }, j];
    k = j;
  }
}

function tTag(c: Context, s: string): [Context, number] {
  const i = eatWhiteSpace(s, 0);
  if (i === s.length) return [c, s.length];
  if (s[i] === '>') return [{ ...textContext(), state: elementContentState[c.element], element: c.element }, i + 1];
  const j = eatAttrName(s, i);
  if (typeof j !== 'number') return [j, s.length];
  if (i === j) {
    return [errorContext(`expected space, attr name, or end of tag, but got ${quote(s.slice(i))}`), s.length];
  }
  const name = s.slice(i, j).toLowerCase();
  let attr: Context['attr'] = 'None';
  if (c.element === 'Script' && name === 'type') {
    attr = 'ScriptType';
  } else {
    const t = attrType(name);
    if (t === 'url') attr = 'URL';
    else if (t === 'css') attr = 'Style';
    else if (t === 'js') attr = 'Script';
    else if (t === 'srcset') attr = 'Srcset';
  }
  return [{ ...textContext(), state: j === s.length ? 'AttrName' : 'AfterName', element: c.element, attr }, j];
}

function tAttrName(c: Context, s: string): [Context, number] {
  const i = eatAttrName(s, 0);
  if (typeof i !== 'number') return [i, s.length];
  return [i === s.length ? c : { ...c, state: 'AfterName' }, i];
}

function tAfterName(c: Context, s: string): [Context, number] {
  const i = eatWhiteSpace(s, 0);
  if (i === s.length) return [c, s.length];
  // A `>` or another name: the attribute had no value.
  if (s[i] !== '=') return [{ ...c, state: 'Tag' }, i];
  return [{ ...c, state: 'BeforeValue' }, i + 1];
}

function tBeforeValue(c: Context, s: string): [Context, number] {
  let i = eatWhiteSpace(s, 0);
  if (i === s.length) return [c, s.length];
  let delim: Context['delim'] = 'SpaceOrTagEnd';
  if (s[i] === "'") {
    delim = 'SingleQuote';
    i++;
  } else if (s[i] === '"') {
    delim = 'DoubleQuote';
    i++;
  }
  return [{ ...c, state: attrStartState[c.attr], delim }, i];
}

function tHTMLCmt(c: Context, s: string): [Context, number] {
  const i = s.indexOf('-->');
  return i < 0 ? [c, s.length] : [textContext(), i + 3];
}

const specialTagEnd: Record<Element, string> = { None: '', Script: 'script', Style: 'style', Textarea: 'textarea', Title: 'title' };

/** Index of `</tag` followed by a tag-ending character, case-insensitively, or -1. */
function indexTagEnd(s: string, tag: string): number {
  let from = 0;
  for (;;) {
    const i = s.indexOf('</', from);
    if (i < 0) return -1;
    const after = i + 2 + tag.length;
    if (s.slice(i + 2, after).toLowerCase() === tag && after < s.length && '> \t\n\f/'.includes(s[after] as string)) {
      return i;
    }
    from = i + 2;
  }
}

/** In script, style, title and textarea, only the matching end tag leaves the element. */
export function tSpecialTagEnd(c: Context, s: string): [Context, number] {
  if (c.element !== 'None') {
    const i = indexTagEnd(s, specialTagEnd[c.element]);
    if (i >= 0) return [textContext(), i];
  }
  return [c, s.length];
}

function tAttr(c: Context, s: string): [Context, number] {
  return [c, s.length];
}

function tURL(c: Context, s: string): [Context, number] {
  if (/[#?]/.test(s)) return [{ ...c, urlPart: 'QueryOrFrag' }, s.length];
  if (eatWhiteSpace(s, 0) !== s.length && c.urlPart === 'None') return [{ ...c, urlPart: 'PreQuery' }, s.length];
  return [c, s.length];
}

const regexpPrecederKeywords = new Set([
  'break', 'case', 'continue', 'delete', 'do', 'else', 'finally', 'in', 'instanceof', 'return', 'throw', 'try', 'typeof', 'void',
]);

const isJSIdentPart = (ch: string | undefined): boolean => ch !== undefined && /^[$\w]$/.test(ch);

/**
 * Whether a `/` after JS text `s` starts a regexp or is a division, judged
 * from the last token as Go does (a heuristic: `)` counts as division).
 */
export function nextJSCtx(s: string, preceding: JsCtx): JsCtx {
  s = s.replace(/[\t\n\f\r \u2028\u2029]+$/, '');
  const n = s.length;
  if (n === 0) return preceding;
  const c = s[n - 1] as string;
  switch (c) {
    case '+':
    case '-': {
      let start = n - 1;
      while (start > 0 && s[start - 1] === c) start--;
      // `++` and `--` end an operand; a single `+` or `-` is an operator.
      return (n - start) % 2 === 1 ? 'Regexp' : 'DivOp';
    }
    case '.':
      return n !== 1 && /[0-9]/.test(s[n - 2] as string) ? 'DivOp' : 'Regexp';
    case ',': case '<': case '>': case '=': case '*': case '%': case '&': case '|': case '^': case '?':
    case '!': case '~': case '(': case '[': case ':': case ';': case '{': case '}':
      return 'Regexp';
    default: {
      let j = n;
      while (j > 0 && isJSIdentPart(s[j - 1])) j--;
      return regexpPrecederKeywords.has(s.slice(j)) ? 'Regexp' : 'DivOp';
    }
  }
}

function tJS(c: Context, s: string): [Context, number] {
  const i = s.search(/["'/]/);
  if (i < 0) return [{ ...c, jsCtx: nextJSCtx(s, c.jsCtx) }, s.length];
  const jsCtx = nextJSCtx(s.slice(0, i), c.jsCtx);
  switch (s[i]) {
    case '"':
      return [{ ...c, state: 'JSDqStr', jsCtx: 'Regexp' }, i + 1];
    case "'":
      return [{ ...c, state: 'JSSqStr', jsCtx: 'Regexp' }, i + 1];
    default:
      if (s[i + 1] === '/') return [{ ...c, jsCtx, state: 'JSLineCmt' }, i + 2];
      if (s[i + 1] === '*') return [{ ...c, jsCtx, state: 'JSBlockCmt' }, i + 2];
      if (jsCtx === 'Regexp') return [{ ...c, jsCtx, state: 'JSRegexp' }, i + 1];
      if (jsCtx === 'DivOp') return [{ ...c, jsCtx: 'Regexp' }, i + 1];
      return [errorContext(`'/' could start a division or regexp: ${quote(s.slice(i, i + 32))}`), s.length];
  }
}

/** JS strings and regexps: find the unescaped end delimiter (outside a regexp charset). */
function tJSDelimited(c: Context, s: string): [Context, number] {
  const specials = c.state === 'JSSqStr' ? "\\'" : c.state === 'JSRegexp' ? '\\/[]' : '\\"';
  let inCharset = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (!specials.includes(ch)) continue;
    if (ch === '\\') {
      i++;
      if (i === s.length) return [errorContext(`unfinished escape sequence in JS string: ${quote(s)}`), s.length];
    } else if (ch === '[') {
      inCharset = true;
    } else if (ch === ']') {
      inCharset = false;
    } else if (!inCharset) {
      return [{ ...c, state: 'JS', jsCtx: 'DivOp' }, i + 1];
    }
  }
  // Interpolating into a regexp charset would need a richer context; Go refuses it too.
  if (inCharset) return [errorContext(`unfinished JS regexp charset: ${quote(s)}`), s.length];
  return [c, s.length];
}

function tBlockCmt(c: Context, s: string): [Context, number] {
  const i = s.indexOf('*/');
  if (i < 0) return [c, s.length];
  return [{ ...c, state: c.state === 'JSBlockCmt' ? 'JS' : 'CSS' }, i + 2];
}

function tLineCmt(c: Context, s: string): [Context, number] {
  const js = c.state === 'JSLineCmt';
  const i = s.search(js ? /[\n\r\u2028\u2029]/ : /[\n\f\r]/);
  if (i < 0) return [c, s.length];
  // The line terminator is not part of the comment.
  return [{ ...c, state: js ? 'JS' : 'CSS' }, i];
}

function endsWithCSSKeyword(s: string, keyword: string): boolean {
  const j = s.length - keyword.length;
  if (j < 0 || s.slice(j).toLowerCase() !== keyword) return false;
  // A keyword is preceded by a non-name character.
  return j === 0 || !/[-\w\u0080-\uffff]/.test(s[j - 1] as string);
}

function tCSS(c: Context, s: string): [Context, number] {
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '(') {
      if (endsWithCSSKeyword(s.slice(0, i).replace(/[\t\n\f\r ]+$/, ''), 'url')) {
        let j = i + 1;
        while (j < s.length && isSpace(s[j])) j++;
        if (s[j] === '"') return [{ ...c, state: 'CSSDqURL' }, j + 1];
        if (s[j] === "'") return [{ ...c, state: 'CSSSqURL' }, j + 1];
        return [{ ...c, state: 'CSSURL' }, j];
      }
    } else if (ch === '/') {
      if (s[i + 1] === '/') return [{ ...c, state: 'CSSLineCmt' }, i + 2];
      if (s[i + 1] === '*') return [{ ...c, state: 'CSSBlockCmt' }, i + 2];
    } else if (ch === '"') {
      return [{ ...c, state: 'CSSDqStr' }, i + 1];
    } else if (ch === "'") {
      return [{ ...c, state: 'CSSSqStr' }, i + 1];
    }
  }
  return [c, s.length];
}

/** CSS strings and url(…): Go treats every CSS string as a possible URL and tracks its URL part. */
function tCSSStr(c: Context, s: string): [Context, number] {
  const ends =
    c.state === 'CSSDqStr' || c.state === 'CSSDqURL' ? '\\"' : c.state === 'CSSSqStr' || c.state === 'CSSSqURL' ? "\\'" : '\\\t\n\f\r )';
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (!ends.includes(ch)) continue;
    if (ch !== '\\') return [{ ...c, state: 'CSS' }, i + 1];
    i++;
    if (i === s.length) return [errorContext(`unfinished escape sequence in CSS string: ${quote(s)}`), s.length];
    c = tURL(c, decodeCSS(s.slice(0, i + 1)))[0];
    k = i + 1;
  }
  return [tURL(c, decodeCSS(s.slice(k)))[0], s.length];
}

const isHex = (ch: string | undefined): boolean => ch !== undefined && /^[0-9A-Fa-f]$/.test(ch);

/** Decodes CSS escapes (`\22`, `\A B`, `\"`) so URL tracking sees the real characters. */
export function decodeCSS(s: string): string {
  if (!s.includes('\\')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const k = s.indexOf('\\', i);
    if (k < 0 || k + 1 >= s.length) {
      out += k < 0 ? s.slice(i) : s.slice(i, k);
      break;
    }
    out += s.slice(i, k);
    if (isHex(s[k + 1])) {
      let j = k + 2;
      while (j < s.length && j < k + 7 && isHex(s[j])) j++;
      let r = parseInt(s.slice(k + 1, j), 16);
      if (r > 0x10ffff) {
        r = Math.floor(r / 16);
        j--;
      }
      out += String.fromCodePoint(r);
      // One optional space ends the escape: `\A B` is "\nB".
      if (s[j] === '\r' && s[j + 1] === '\n') j += 2;
      else if (isSpace(s[j])) j++;
      i = j;
    } else {
      const cp = s.codePointAt(k + 1) as number;
      const w = cp > 0xffff ? 2 : 1;
      out += s.slice(k + 1, k + 1 + w);
      i = k + 1 + w;
    }
  }
  return out;
}

function tError(c: Context, s: string): [Context, number] {
  return [c, s.length];
}

export const transitions: Record<Context['state'], Transition> = {
  Text: tText,
  Tag: tTag,
  AttrName: tAttrName,
  AfterName: tAfterName,
  BeforeValue: tBeforeValue,
  HTMLCmt: tHTMLCmt,
  RCDATA: tSpecialTagEnd,
  Attr: tAttr,
  URL: tURL,
  Srcset: tURL,
  JS: tJS,
  JSDqStr: tJSDelimited,
  JSSqStr: tJSDelimited,
  JSRegexp: tJSDelimited,
  JSBlockCmt: tBlockCmt,
  JSLineCmt: tLineCmt,
  CSS: tCSS,
  CSSDqStr: tCSSStr,
  CSSSqStr: tCSSStr,
  CSSDqURL: tCSSStr,
  CSSSqURL: tCSSStr,
  CSSURL: tCSSStr,
  CSSBlockCmt: tBlockCmt,
  CSSLineCmt: tLineCmt,
  Error: tError,
  Dead: tError,
};
