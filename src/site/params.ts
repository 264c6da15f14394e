/**
 * Hugo's params maps: keys are stored lower-cased and looked up
 * case-insensitively, so `.Params.Title_Caption` finds `title_caption`.
 * The map stays a plain object (so `range` and `index` work as on any map);
 * the case-insensitive field lookup hangs on a non-enumerable symbol.
 */

/** The template engine's field-lookup protocol (see template/engine/values.ts): global symbols, so no import runs backwards. */
const lookupField = Symbol.for('vellum.lookupField');
const missing = Symbol.for('vellum.missing');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function caseInsensitiveParams(params: Record<string, unknown>): Record<string, unknown> {
  if (Object.getOwnPropertySymbols(params).includes(lookupField)) return params;
  Object.defineProperty(params, lookupField, {
    enumerable: false,
    value(name: string): unknown {
      if (Object.prototype.hasOwnProperty.call(params, name)) return params[name];
      const lower = name.toLowerCase();
      return Object.prototype.hasOwnProperty.call(params, lower) ? params[lower] : missing;
    },
  });
  for (const value of Object.values(params)) {
    if (isPlainObject(value)) caseInsensitiveParams(value);
  }
  return params;
}

/** A dotted, case-insensitive path into params: `paramLookup(p, "social.Twitter")`. */
export function paramLookup(params: Record<string, unknown>, key: string): unknown {
  let current: unknown = params;
  for (const part of key.toLowerCase().split('.')) {
    if (!isPlainObject(current)) return undefined;
    const entry = Object.entries(current).find(([k]) => k.toLowerCase() === part);
    if (entry === undefined) return undefined;
    current = entry[1];
  }
  return current;
}
