/**
 * How Go values are represented in JavaScript, shared by the executor, the
 * escaper and the function library.
 *
 * - nil: `null` or `undefined`; string, bool: JS primitives.
 * - int: a JS number that is an integer. float64: a JS number that is not an
 *   integer, or a `GoFloat` when the float happens to be integral (`10.0`),
 *   so Go's int/float distinction survives (`eq 10 10.0` is false).
 * - slice: a JS array. map: a `Map` or a plain object (prototype Object or null).
 * - struct: any other object; fields are its properties, methods its function
 *   properties (a zero-argument method is called on field access, as in Go).
 * - Stringer: an object with a `String()` method prints through it.
 * - A value with a `[lookupField]` method resolves fields itself (Hugo's
 *   case-insensitive `.Params`); it returns `missing` for an absent key.
 * - Trusted content: the `Safe*` classes below, from safeHTML and friends.
 */

export class GoFloat {
  constructor(readonly value: number) {}
  valueOf(): number {
    return this.value;
  }
}

/** A value produced by `safeHTML` etc.: trusted in its own context only. */
abstract class Trusted {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}
// goTypeName: what `printf "%T"` says, as Go names html/template's types.
export class SafeHTML extends Trusted { static readonly goTypeName = 'template.HTML'; readonly type = 'HTML' as const }
export class SafeHTMLAttr extends Trusted { static readonly goTypeName = 'template.HTMLAttr'; readonly type = 'HTMLAttr' as const }
export class SafeURL extends Trusted { static readonly goTypeName = 'template.URL'; readonly type = 'URL' as const }
export class SafeCSS extends Trusted { static readonly goTypeName = 'template.CSS'; readonly type = 'CSS' as const }
export class SafeJS extends Trusted { static readonly goTypeName = 'template.JS'; readonly type = 'JS' as const }
export class SafeJSStr extends Trusted { static readonly goTypeName = 'template.JSStr'; readonly type = 'JSStr' as const }
export type SafeValue = SafeHTML | SafeHTMLAttr | SafeURL | SafeCSS | SafeJS | SafeJSStr;

export const lookupField = Symbol.for('vellum.lookupField');
export const missing = Symbol.for('vellum.missing');

export interface FieldResolver {
  [lookupField](name: string): unknown;
}

/**
 * The name Go would give a value's type, for messages such as
 * `can't evaluate field Titel in type Page`. A class may set a static
 * `goTypeName` to control it.
 */
export function goTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'interface {}';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) ? 'int' : 'float64';
    case 'function':
      return 'func';
    case 'bigint':
      return 'int64';
    default:
      break;
  }
  if (value instanceof GoFloat) return 'float64';
  const ctor = (value as { constructor?: { goTypeName?: string; name?: string } }).constructor;
  // A typed slice or map (Hugo's page.Pages, navigation.Menu) names itself.
  if (ctor?.goTypeName !== undefined && Object.hasOwn(ctor, 'goTypeName')) return ctor.goTypeName;
  if (Array.isArray(value)) return '[]interface {}';
  if (value instanceof Map || isPlainObject(value)) return 'map[string]interface {}';
  return ctor?.goTypeName ?? ctor?.name ?? 'struct';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function isMap(value: unknown): value is Map<unknown, unknown> | Record<string, unknown> {
  return value instanceof Map || isPlainObject(value);
}

export function isFloat(value: unknown): boolean {
  return value instanceof GoFloat || (typeof value === 'number' && !Number.isInteger(value));
}

export function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

export function isNumber(value: unknown): value is number | GoFloat {
  return typeof value === 'number' || value instanceof GoFloat;
}

/** The JS number of an int or float, or undefined for anything else. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value instanceof GoFloat) return value.value;
  return undefined;
}

/** Go's truth: false, 0, nil, "", and empty slices and maps are false. */
export function truth(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (value === true) return true;
  if (typeof value === 'number') return value !== 0;
  if (value instanceof GoFloat) return value.value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Map) return value.size > 0;
  if (isPlainObject(value)) {
    for (const _ in value) return true;
    return false;
  }
  if (value instanceof Trusted) return value.value.length > 0;
  // Structs are always true in Go, but Hugo's template fork asks a value
  // with an IsZero method (time.Time) whether it is zero: a zero date is false.
  const isZero = (value as { IsZero?: unknown }).IsZero;
  if (typeof isZero === 'function') return !isZero.call(value);
  return true;
}
