/**
 * JavaScript escapers, as Go's html/template (js.go): a value in JS becomes a
 * JSON literal (strings with `\u003c`, `\u0026`…, numbers padded with spaces
 * so they cannot run into keywords), and text inside JS strings and regexps is
 * backslash-escaped with HTML specials as `\uXXXX` so it is safe in attributes too.
 */

import { GoFloat, SafeHTML, SafeHTMLAttr, SafeCSS, SafeJS, SafeJSStr, SafeURL, isPlainObject } from '../values.js';
import { sprint } from '../fmt.js';
import { stringify } from './stringify.js';

class JSONError extends Error {}

const hex = '0123456789abcdef';

/** A JSON string as Go's encoding/json writes it: HTML-safe, \u2028/\u2029 escaped, lower-case hex. */
const jsonPlain = /^[^\0-\x1f"\\<>&\u2028\u2029\ud800-\udfff]*$/;

export function jsonString(s: string): string {
  if (jsonPlain.test(s)) return `"${s}"`;
  let out = '"';
  let written = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let repl: string | undefined;
    if (c < 0x20 || c === 0x22 || c === 0x5c || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029) {
      if (c === 0x22) repl = '\\"';
      else if (c === 0x5c) repl = '\\\\';
      else if (c === 0x0a) repl = '\\n';
      else if (c === 0x0d) repl = '\\r';
      else if (c === 0x09) repl = '\\t';
      else repl = `\\u${c.toString(16).padStart(4, '0')}`;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // A lone surrogate is invalid UTF-8 in Go's terms: it becomes U+FFFD.
      const pair = c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (pair) {
        i++;
        continue;
      }
      repl = '\\ufffd';
    }
    if (repl === undefined) continue;
    out += s.slice(written, i) + repl;
    written = i + 1;
  }
  return out + s.slice(written) + '"';
}

/** Go's encoding/json Marshal of a template value; maps get sorted keys. */
export function toJSON(v: unknown, seen: Set<object> = new Set()): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string':
      return jsonString(v);
    case 'boolean':
      return String(v);
    case 'number':
      return jsonNumber(v);
    case 'bigint':
      return String(v);
    case 'function':
    case 'symbol':
      throw new JSONError(`json: unsupported type: ${typeof v === 'function' ? 'func()' : 'symbol'}`);
    default:
      break;
  }
  if (v instanceof GoFloat) return jsonNumber(v.value);
  if (v instanceof SafeHTML || v instanceof SafeHTMLAttr || v instanceof SafeURL || v instanceof SafeCSS || v instanceof SafeJS || v instanceof SafeJSStr) {
    return jsonString(v.value);
  }
  const obj = v as object;
  if (seen.has(obj)) throw new JSONError('json: unsupported value: encountered a cycle');
  seen.add(obj);
  try {
    const marshal = (obj as { toJSON?: unknown }).toJSON;
    if (typeof marshal === 'function') return toJSON(marshal.call(obj), seen);
    if (Array.isArray(obj)) return `[${obj.map((x) => toJSON(x, seen)).join(',')}]`;
    if (obj instanceof Map) {
      const entries = [...obj.entries()].map(([k, x]) => [String(k), x] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      return `{${entries.map(([k, x]) => `${jsonString(k)}:${toJSON(x, seen)}`).join(',')}}`;
    }
    // Maps sort their keys; a struct keeps its field order.
    const keys = isPlainObject(obj) ? Object.keys(obj).sort() : Object.keys(obj);
    const rec = obj as Record<string, unknown>;
    const parts: string[] = [];
    for (const k of keys) {
      if (typeof rec[k] === 'function') continue;
      parts.push(`${jsonString(k)}:${toJSON(rec[k], seen)}`);
    }
    return `{${parts.join(',')}}`;
  } finally {
    seen.delete(obj);
  }
}

/** JS prints floats exactly as Go's JSON does, except for Go's two-digit exponents. */
function jsonNumber(n: number): string {
  if (!Number.isFinite(n)) throw new JSONError(`json: unsupported value: ${Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf'}`);
  return String(n);
}

const isJSIdentPart = (ch: string | undefined): boolean => ch !== undefined && /^[$\w]$/.test(ch);

/** A value interpolated into JavaScript code. */
export function jsValEscaper(...args: unknown[]): string {
  let a: unknown;
  if (args.length === 1) {
    a = args[0];
    if (a instanceof SafeJS) return a.value;
    if (a instanceof SafeJSStr) return `"${a.value}"`;
    const o = a as { toJSON?: unknown; String?: unknown } | null;
    // A Stringer (not a JSON marshaler) is written as its string.
    if (o !== null && typeof o === 'object' && typeof o.toJSON !== 'function' && typeof o.String === 'function') {
      a = String((o.String as () => unknown).call(o));
    }
  } else {
    a = sprint(args);
  }
  let json: string;
  try {
    json = toJSON(a);
  } catch (error) {
    if (!(error instanceof JSONError)) throw error;
    // The space keeps `x/{{.}}` from turning into a line comment.
    return ` /* ${error.message.replaceAll('*/', '* /')} */null `;
  }
  // Keep identifiers and numbers from running into keywords (`in`, `typeof`…).
  if (isJSIdentPart(json[0]) || isJSIdentPart(json[json.length - 1])) return ` ${json} `;
  return json;
}

type Table = Record<string, string>;

const lowTable: Table = {};
for (let c = 0; c < 0x20; c++) lowTable[String.fromCharCode(c)] = `\\u00${hex[c >> 4]}${hex[c & 15]}`;
Object.assign(lowTable, { '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' });

const jsStrTable: Table = {
  ...lowTable,
  // HTML specials as hex, so the output is also safe inside attributes.
  '"': '\\u0022', '&': '\\u0026', "'": '\\u0027', '+': '\\u002b', '/': '\\/', '<': '\\u003c', '>': '\\u003e', '\\': '\\\\',
  '\u2028': '\\u2028', '\u2029': '\\u2029',
};
// Trusted JS string content keeps its existing backslash escapes.
const jsStrNormTable: Table = { ...jsStrTable };
delete jsStrNormTable['\\'];

const jsRegexpTable: Table = {
  ...jsStrTable,
  $: '\\$', '(': '\\(', ')': '\\)', '*': '\\*', '-': '\\-', '.': '\\.', '?': '\\?',
  '[': '\\[', ']': '\\]', '^': '\\^', '{': '\\{', '|': '\\|', '}': '\\}',
};

const jsStrSpecials = /[\0-\x1f"&'+/<>\\\u2028\u2029]/g;
const jsStrNormSpecials = /[\0-\x1f"&'+/<>\u2028\u2029]/g;
const jsRegexpSpecials = /[\0-\x1f"&'+/<>\\\u2028\u2029$()*\-.?[\]^{|}]/g;

/** Replaces each character of `specials` (a global class of exactly the table's keys). */
function replaceJS(s: string, table: Table, specials: RegExp): string {
  return s.replace(specials, (ch) => table[ch] as string);
}

/** Text inside a quoted JS string. */
export function jsStrEscaper(...args: unknown[]): string {
  const [s, t] = stringify(args);
  return t === 'JSStr' ? replaceJS(s, jsStrNormTable, jsStrNormSpecials) : replaceJS(s, jsStrTable, jsStrSpecials);
}

/** Text inside a JS regexp literal; empty becomes `(?:)` so `/{{.}}/` is not a comment. */
export function jsRegexpEscaper(...args: unknown[]): string {
  const [s] = stringify(args);
  const out = replaceJS(s, jsRegexpTable, jsRegexpSpecials);
  return out === '' ? '(?:)' : out;
}
