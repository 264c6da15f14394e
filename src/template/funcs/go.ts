/**
 * Go value conversions Hugo's functions rely on (spf13/cast and reflect
 * behaviour), over the value model of engine/values.ts.
 */
import { GoFloat, isMap, isPlainObject, lookupField, missing, SafeCSS, SafeHTML, SafeHTMLAttr, SafeJS, SafeJSStr, SafeURL, toNumber } from '../engine/values.js';
import { GoTime } from '../../time/index.js';

export function isSafe(v: unknown): v is SafeHTML | SafeHTMLAttr | SafeURL | SafeCSS | SafeJS | SafeJSStr {
  return v instanceof SafeHTML || v instanceof SafeHTMLAttr || v instanceof SafeURL || v instanceof SafeCSS || v instanceof SafeJS || v instanceof SafeJSStr;
}

/** A float64 result: integral values stay floats (`div 6.0 2` is 3.0, printed "3"). */
export function float(n: number): number | GoFloat {
  return Number.isInteger(n) ? new GoFloat(n) : n;
}

export function isIntValue(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** Go's strconv.FormatFloat(f, 'g', -1, 64), as %v prints a float64. */
export function formatFloat(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= 21) {
    const [mantissa, e] = n.toExponential().split('e') as [string, string];
    const sign = e[0] === '-' ? '-' : '+';
    const digits = e.replace(/^[+-]/, '').padStart(2, '0');
    return `${mantissa}e${sign}${digits}`;
  }
  return String(n);
}

/** spf13/cast ToStringE, as Hugo's `string` and most string functions use it. */
export function toStringE(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : formatFloat(v);
  if (typeof v === 'bigint') return String(v);
  if (v instanceof GoFloat) return formatFloat(v.value);
  if (isSafe(v)) return v.value;
  if (typeof v === 'object' && typeof (v as { String?: unknown }).String === 'function') {
    return String((v as { String(): unknown }).String());
  }
  throw new Error(`unable to cast ${describe(v)} of type ${typeName(v)} to string`);
}

function typeName(v: unknown): string {
  if (Array.isArray(v)) return '[]interface {}';
  if (isMap(v)) return 'map[string]interface {}';
  return typeof v;
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return `[]interface {}{${v.map(describe).join(', ')}}`;
  if (typeof v === 'string') return JSON.stringify(v);
  try {
    return toStringE(v);
  } catch {
    return typeName(v);
  }
}

/** spf13/cast ToInt64E: floats truncate, strings parse with base prefixes ("0x1F"), bools are 0/1. */
export function toIntE(v: unknown): number {
  if (typeof v === 'number') return Math.trunc(v);
  if (v instanceof GoFloat) return Math.trunc(v.value);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null || v === undefined) return 0;
  if (typeof v === 'string' || isSafe(v)) {
    const s = String(v).replace(/^([+-]?\d+)\.0*$/, '$1');
    const n = parseGoInt(s);
    if (n !== undefined) return n;
    throw new Error(`unable to cast ${JSON.stringify(String(v))} of type string to int64`);
  }
  throw new Error(`unable to cast ${describe(v)} of type ${typeName(v)} to int`);
}

/** strconv.ParseInt(s, 0, 64). */
function parseGoInt(s: string): number | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]+|[1-9][0-9_]*|0)$/.exec(s);
  if (m === null) return undefined;
  const body = m[2]!.replace(/_/g, '');
  let n: number;
  if (/^0[xX]/.test(body)) n = parseInt(body.slice(2), 16);
  else if (/^0[bB]/.test(body)) n = parseInt(body.slice(2), 2);
  else if (/^0[oO]/.test(body)) n = parseInt(body.slice(2), 8);
  else if (body.length > 1 && body[0] === '0') n = parseInt(body.slice(1), 8);
  else n = parseInt(body, 10);
  return m[1] === '-' ? -n : n;
}

/** spf13/cast ToFloat64E. */
export function toFloatE(v: unknown): number {
  const n = toNumber(v);
  if (n !== undefined) return n;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null || v === undefined) return 0;
  if (typeof v === 'string' || isSafe(v)) {
    const s = String(v).trim();
    if (/^[+-]?(\d[\d_]*\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s) || /^[+-]?(inf|infinity|nan)$/i.test(s)) {
      return /inf/i.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : /nan/i.test(s) ? NaN : Number(s.replace(/_/g, ''));
    }
    throw new Error(`unable to cast ${JSON.stringify(String(v))} of type string to float64`);
  }
  throw new Error(`unable to cast ${describe(v)} of type ${typeName(v)} to float64`);
}

/** A list Hugo accepts as a sequence (arrays; Go's reflect Slice/Array). */
export function toList(v: unknown, what: string): unknown[] {
  if (Array.isArray(v)) return v;
  if (v === null || v === undefined) return [];
  throw new Error(`${what}: can't iterate over ${describe(v)}`);
}

/**
 * `items` as a list of the same kind as `template`: Hugo's collection
 * functions return the input's slice type, so `sort .Pages "Title"` is still
 * Pages (with .ByDate and friends) when Pages is an Array subclass.
 */
export function likeList(template: unknown, items: readonly unknown[]): unknown[] {
  if (!Array.isArray(template) || template.constructor === Array) return [...items];
  const out = template.slice(0, 0);
  for (const item of items) out.push(item);
  return out;
}

/** Entries of a map value, keys sorted as Go's fmt and range sort them. */
export function mapEntries(v: Map<unknown, unknown> | Record<string, unknown>): [unknown, unknown][] {
  const entries: [unknown, unknown][] = v instanceof Map ? [...v.entries()] : Object.entries(v);
  return entries.sort(([a], [b]) => compareKeys(a, b));
}

function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A field, method or map key of `v`, as Go's template engine resolves `.Name`
 * (zero-argument methods are called). `undefined` when absent.
 */
export function field(v: unknown, name: string): unknown {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Map) return v.get(name);
  if (typeof v !== 'object' && typeof v !== 'function') return undefined;
  const resolver = (v as { [lookupField]?: (n: string) => unknown })[lookupField];
  if (typeof resolver === 'function') {
    const got = resolver.call(v, name);
    return got === missing ? undefined : got;
  }
  if (isPlainObject(v)) return Object.prototype.hasOwnProperty.call(v, name) ? v[name] : undefined;
  const member = (v as Record<string, unknown>)[name];
  if (typeof member === 'function') return (member as () => unknown).call(v);
  return member;
}

/** A dotted path such as "Params.tags" or ".Title" from `v`. */
export function path(v: unknown, keyPath: string): unknown {
  let cur = v;
  for (const part of keyPath.replace(/^\./, '').split('.')) {
    if (part === '') continue;
    cur = field(cur, part);
    if (cur === undefined || cur === null) return cur;
  }
  return cur;
}

/** Go's reflect.DeepEqual over our value model, numbers compared with their Go kind. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  const na = toNumber(a);
  const nb = toNumber(b);
  if (na !== undefined || nb !== undefined) {
    return na !== undefined && nb !== undefined && na === nb && isFloatKind(a) === isFloatKind(b);
  }
  if (isSafe(a) || isSafe(b)) {
    return isSafe(a) && isSafe(b) && a.constructor === b.constructor && a.value === b.value;
  }
  if (a instanceof GoTime && b instanceof GoTime) return a.Equal(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isMap(a) && isMap(b)) {
    const ea = mapEntries(a);
    const eb = mapEntries(b);
    return ea.length === eb.length && ea.every(([k, x], i) => k === eb[i]?.[0] && deepEqual(x, eb[i]?.[1]));
  }
  return false;
}

function isFloatKind(v: unknown): boolean {
  return v instanceof GoFloat || (typeof v === 'number' && !Number.isInteger(v));
}

/** Go's html.EscapeString (what Hugo's htmlEscape and truncate use). */
export function htmlEscapeString(s: string): string {
  return s.replace(/[&'<>"]/g, (c) => ({ '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '"': '&#34;' })[c]!);
}
