/**
 * The functions every template set has: Go's builtins, with the semantics
 * Hugo 0.111 gives them. Where Hugo replaces a Go builtin with its own
 * function, the Hugo behaviour is implemented here (checked against real
 * Hugo 0.111.3):
 * - `eq ne lt le gt ge` are Hugo's compare package: `eq 10 10.0` is false,
 *   `lt` compares numbers, numeric strings, lengths and times, and strings
 *   lexically; `lt 1 3 2` compares the first argument with each other one.
 * - `index` is Hugo's collections.Index: an out-of-range index gives nil,
 *   and a single slice argument is a list of indices.
 * Hugo's `slice` (build a slice) and `js` (a namespace) come from the
 * function library and replace Go's versions below when registered.
 */

import { compareUtf8 } from './mapkeys.js';
import { sprint, sprintf, sprintln } from './fmt.js';
import { GoFloat, goTypeName, isPlainObject, lookupField, missing, toNumber, truth, type FieldResolver } from './values.js';

type Func = (...args: any[]) => unknown;

/** Go checks argument counts against the signature and reports them without "error calling". */
export class ArgCountError extends Error {}

function wantAtLeast(name: string, want: number, got: number): void {
  if (got < want) throw new ArgCountError(`wrong number of args for ${name}: want at least ${want} got ${got}`);
}

// and/or are evaluated lazily by the executor, which recognises these exact functions.
export const builtinAnd: Func = (...args: unknown[]) => {
  for (const arg of args) if (!truth(arg)) return arg;
  return args[args.length - 1];
};
export const builtinOr: Func = (...args: unknown[]) => {
  for (const arg of args) if (truth(arg)) return arg;
  return args[args.length - 1];
};

export const builtins: Record<string, Func> = {
  and: builtinAnd,
  or: builtinOr,
  not: (...args: unknown[]) => {
    if (args.length !== 1) throw new ArgCountError(`wrong number of args for not: want 1 got ${args.length}`);
    return !truth(args[0]);
  },
  len: length,
  index: (...args: unknown[]) => {
    wantAtLeast('index', 1, args.length);
    return index(args[0], ...args.slice(1));
  },
  slice,
  print: (...args: unknown[]) => sprint(args),
  printf: (...args: unknown[]) => {
    wantAtLeast('printf', 1, args.length);
    return sprintf(String(args[0]), args.slice(1));
  },
  println: (...args: unknown[]) => sprintln(args),
  html: (...args: unknown[]) => htmlEscape(evalArgs(args)),
  js: (...args: unknown[]) => jsEscape(evalArgs(args)),
  urlquery: (...args: unknown[]) => queryEscape(evalArgs(args)),
  eq: (first: unknown, ...others: unknown[]) => {
    wantAtLeast('eq', 2, others.length + 1);
    return others.some((other) => equal(first, other));
  },
  ne: (first: unknown, ...others: unknown[]) => !others.some((other) => equal(first, other)),
  lt: (first: unknown, ...others: unknown[]) => others.every((o) => compare(first, o, (l, r) => l < r)),
  le: (first: unknown, ...others: unknown[]) => others.every((o) => compare(first, o, (l, r) => l <= r)),
  gt: (first: unknown, ...others: unknown[]) => others.every((o) => compare(first, o, (l, r) => l > r)),
  ge: (first: unknown, ...others: unknown[]) => others.every((o) => compare(first, o, (l, r) => l >= r)),
  call: (...all: unknown[]) => {
    const [fn, ...args] = all;
    wantAtLeast('call', 1, all.length);
    if (fn === null || fn === undefined) throw new Error('call of nil');
    if (typeof fn !== 'function') throw new Error(`non-function of type ${goTypeName(fn)}`);
    return (fn as Func)(...args);
  },
};

function length(item: unknown): number {
  if (typeof item === 'string') return Buffer.byteLength(item, 'utf8');
  if (Array.isArray(item)) return item.length;
  if (item instanceof Map) return item.size;
  if (isPlainObject(item)) return Object.keys(item).length;
  if (item === null || item === undefined) throw new Error('len of nil pointer');
  if (typeof item === 'object') {
    if (typeof (item as { value?: unknown }).value === 'string' && 'type' in item) return Buffer.byteLength(String(item), 'utf8');
    if (Symbol.iterator in item) return [...(item as Iterable<unknown>)].length;
  }
  throw new Error(`len of type ${goTypeName(item)}`);
}

function index(item: unknown, ...args: unknown[]): unknown {
  if (item === null || item === undefined) throw new Error('index of untyped nil');
  const indices = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  let value: unknown = item;
  for (const key of indices) {
    if (value === null || value === undefined) throw new Error('index of nil pointer');
    if (Array.isArray(value) || typeof value === 'string') {
      if (key === null || key === undefined) throw new Error('cannot index slice/array with nil');
      if (typeof key !== 'number' || !Number.isInteger(key)) throw new Error(`cannot index slice/array with type ${goTypeName(key)}`);
      // Hugo deviates from Go here: out of range gives nil, not an error.
      if (key < 0 || key >= (typeof value === 'string' ? Buffer.byteLength(value) : value.length)) return undefined;
      value = typeof value === 'string' ? Buffer.from(value, 'utf8')[key] : value[key];
    } else if (value instanceof Map) {
      value = value.get(key);
    } else if (typeof value === 'object' && lookupField in value) {
      const found = (value as FieldResolver)[lookupField](String(key));
      value = found === missing ? undefined : found;
    } else if (isPlainObject(value)) {
      const k = String(key);
      value = Object.hasOwn(value, k) ? value[k] : undefined;
    } else {
      throw new Error(`index of type ${goTypeName(item)} with args ${sprint([args])} failed: can't index item of type ${goTypeName(value)}`);
    }
  }
  return value;
}

/** Go's slice builtin: `slice x 1 2` is x[1:2]; strings slice by bytes. */
function slice(item: unknown, ...indices: unknown[]): unknown {
  if (item === null || item === undefined) throw new Error('slice of untyped nil');
  if (indices.length > 3) throw new Error(`too many slice indexes: ${indices.length}`);
  const isString = typeof item === 'string';
  if (!isString && !Array.isArray(item)) throw new Error(`can't slice item of type ${goTypeName(item)}`);
  if (isString && indices.length === 3) throw new Error('cannot 3-index slice a string');
  const bytes = isString ? Buffer.from(item, 'utf8') : undefined;
  const len = bytes ? bytes.length : (item as unknown[]).length;
  const idx = indices.map((i) => {
    if (typeof i !== 'number' || !Number.isInteger(i)) throw new Error(`cannot index slice/array with type ${goTypeName(i)}`);
    if (i < 0 || i > len) throw new Error(`index out of range: ${i}`);
    return i;
  });
  const from = idx[0] ?? 0;
  const to = idx[1] ?? len;
  if (to < from) throw new Error(`invalid slice index: ${from} > ${to}`);
  return bytes ? bytes.subarray(from, to).toString('utf8') : (item as unknown[]).slice(from, to);
}

/** Go's evalArgs for html/js/urlquery: one string as is, else fmt.Sprint of all. */
function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args);
}

const htmlReplacements: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&#34;', '\0': '\uFFFD' };
const htmlSpecial = /[<>&'"\0]/g;

/** Go's template.HTMLEscapeString. */
export function htmlEscape(s: string): string {
  return s.replace(htmlSpecial, (c) => htmlReplacements[c]!);
}

/** Go's template.JSEscapeString (Go 1.20). */
export function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    switch (ch) {
      case '\\': out += '\\\\'; break;
      case "'": out += "\\'"; break;
      case '"': out += '\\"'; break;
      case '<': out += '\\u003C'; break;
      case '>': out += '\\u003E'; break;
      case '&': out += '\\u0026'; break;
      case '=': out += '\\u003D'; break;
      default: {
        const cp = ch.codePointAt(0)!;
        if (cp < 0x20 || (cp >= 0x7f && /[\p{C}]/u.test(ch))) out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
        else out += ch;
      }
    }
  }
  return out;
}

/** Go's url.QueryEscape: space becomes `+`, unreserved bytes stay, the rest %XX. */
export function queryEscape(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

// Hugo's compare package.

type Normal = { kind: 'int' | 'float'; n: number } | unknown;

/** Hugo's eq normalises ints and floats separately (int64 vs float64), so 10 and 10.0 differ. */
function normalize(v: unknown): Normal {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isInteger(v) ? { kind: 'int', n: v } : { kind: 'float', n: v };
  if (v instanceof GoFloat) return { kind: 'float', n: v.value };
  if (isTrusted(v)) return v.value;
  return v;
}

export function equal(a: unknown, b: unknown): boolean {
  const eqA = a as { Eq?: unknown };
  if (a !== null && typeof a === 'object' && typeof eqA.Eq === 'function') return Boolean((eqA.Eq as Func).call(a, b));
  const eqB = b as { Eq?: unknown };
  if (b !== null && typeof b === 'object' && typeof eqB.Eq === 'function') return Boolean((eqB.Eq as Func).call(b, a));
  return deepEqual(normalize(a), normalize(b));
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const na = a as { kind?: unknown; n?: unknown };
  const nb = b as { kind?: unknown; n?: unknown };
  if (isPlainObject(a) && isPlainObject(b) && 'kind' in na && 'n' in na && Object.keys(a).length === 2) {
    return na.kind === nb.kind && na.n === nb.n;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => sameValue(v, b[i]));
  }
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !sameValue(v, b.get(k))) return false;
    return true;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  // Times and other values with Go's Equal method compare by it.
  const withEqual = a as { Equal?: unknown };
  if (a.constructor === b.constructor && typeof withEqual.Equal === 'function') return Boolean((withEqual.Equal as Func).call(a, b));
  if (isTrusted(a) && isTrusted(b)) return a.constructor === b.constructor && a.value === b.value;
  return false;
}

/** reflect.DeepEqual on nested values: kinds must match too. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number' || a instanceof GoFloat || b instanceof GoFloat) {
    return deepEqual(normalize(a), normalize(b));
  }
  return deepEqual(a, b);
}

function isTrusted(v: unknown): v is { value: string; type: string } {
  return typeof v === 'object' && v !== null && typeof (v as { value?: unknown }).value === 'string' && typeof (v as { type?: unknown }).type === 'string';
}

/**
 * Hugo's compareGet: both sides become numbers (lengths for collections,
 * Unix seconds for times, 1/0 for bools, numeric strings parsed); when both
 * are non-numeric strings they compare lexically.
 */
function compare(a: unknown, b: unknown, op: (l: number, r: number) => boolean): boolean {
  const [left, leftStr] = comparable(a);
  const [right, rightStr] = comparable(b);
  if (leftStr !== undefined && rightStr !== undefined) {
    const c = compareUtf8(leftStr, rightStr);
    return c < 0 ? op(0, 1) : c > 0 ? op(1, 0) : op(0, 0);
  }
  return op(left, right);
}

const floatSyntax = /^[+-]?(?:(?:\d+(?:_\d+)*)?\.?\d*(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)$/i;

function comparable(v: unknown): [number, string | undefined] {
  const n = toNumber(v);
  if (n !== undefined) return [n, undefined];
  if (typeof v === 'string' || isTrusted(v)) {
    const s = typeof v === 'string' ? v : v.value;
    if (s !== '' && /\d|inf|nan/i.test(s) && floatSyntax.test(s)) {
      const lower = s.toLowerCase().replace(/_/g, '');
      const parsed = lower.includes('inf') ? (lower.startsWith('-') ? -Infinity : Infinity) : Number(lower);
      return [parsed, undefined];
    }
    return [0, s];
  }
  if (typeof v === 'boolean') return [v ? 1 : 0, undefined];
  if (Array.isArray(v)) return [v.length, undefined];
  if (v instanceof Map) return [v.size, undefined];
  if (isPlainObject(v)) return [Object.keys(v).length, undefined];
  if (v !== null && typeof v === 'object' && typeof (v as { Unix?: unknown }).Unix === 'function') {
    return [Number((v as { Unix: () => unknown }).Unix()), undefined];
  }
  return [0, undefined];
}
