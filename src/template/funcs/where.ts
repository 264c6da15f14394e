/**
 * Hugo's `where COLLECTION KEY [OPERATOR] VALUE`. KEY is a dotted path
 * ("Params.series", ".Section"); operators are = == eq != <> ne > gt >= ge
 * < lt <= le in "not in" intersect (Hugo 0.111 has no "like"). A nil on either side only matches
 * with = / != ; values of different kinds never match.
 */
import { GoFloat, isMap } from '../engine/values.js';
import { GoTime } from '../../time/index.js';
import { isSafe, mapEntries, path, toStringE } from './go.js';
import { contains, intersect } from './sets.js';

type Scalar = { kind: 'number' | 'string' | 'bool'; value: number | string | boolean };

function scalar(v: unknown): Scalar | null {
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (v instanceof GoFloat) return { kind: 'number', value: v.value };
  if (v instanceof GoTime) return { kind: 'number', value: v.UnixNano() };
  if (typeof v === 'string') return { kind: 'string', value: v };
  if (isSafe(v)) return { kind: 'string', value: v.value };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (v !== null && typeof v === 'object' && 'goKind' in v) return { kind: 'number', value: Number(v) };
  return null;
}

const operators = new Set(['', '=', '==', 'eq', '!=', '<>', 'ne', '>', 'gt', '>=', 'ge', '<', 'lt', '<=', 'le', 'in', 'not in', 'intersect']);

export function checkCondition(v: unknown, match: unknown, op: string): boolean {
  const vNil = v === null || v === undefined;
  const mNil = match === null || match === undefined;
  if (vNil || mNil) {
    if (op === '' || op === '=' || op === '==' || op === 'eq') return vNil === mNil;
    if (op === '!=' || op === '<>' || op === 'ne') return vNil !== mNil;
    return false;
  }
  switch (op) {
    case 'in':
    case 'not in': {
      const list = Array.isArray(match) ? match : null;
      let found = false;
      if (list !== null) found = list.length > 0 && scalar(v) !== null && contains(list, v);
      else if (typeof match === 'string' && scalar(v)?.kind === 'string') found = match.includes(String(scalar(v)!.value));
      return op === 'in' ? found : list !== null || typeof match === 'string' ? !found : false;
    }
    case 'intersect':
      return Array.isArray(v) && Array.isArray(match) && intersect(v, match).length > 0;
    default:
      break;
  }
  const a = scalar(v);
  const b = scalar(match);
  if (a === null || b === null || a.kind !== b.kind) return false;
  if (a.kind === 'bool') {
    if (op === '' || op === '=' || op === '==' || op === 'eq') return a.value === b.value;
    if (op === '!=' || op === '<>' || op === 'ne') return a.value !== b.value;
    return false;
  }
  const x = a.value as number | string;
  const y = b.value as number | string;
  switch (op) {
    case '': case '=': case '==': case 'eq': return x === y;
    case '!=': case '<>': case 'ne': return x !== y;
    case '>': case 'gt': return x > y;
    case '>=': case 'ge': return x >= y;
    case '<': case 'lt': return x < y;
    case '<=': case 'le': return x <= y;
    default: return false;
  }
}

const noValue = Symbol('noValue');

/** The value KEY names in an item: a dotted path for a string key, an index or map key otherwise. */
function valueAt(item: unknown, key: unknown): unknown {
  if (typeof key === 'string') {
    const parts = key.replace(/^\.+|\.+$/g, '').split('.');
    // An empty path element (key "." or "") names nothing, so nothing matches, as in Hugo.
    if (parts.some((p) => p === '')) return noValue;
    return path(item, parts.join('.'));
  }
  if (Array.isArray(item) && typeof key === 'number') return item[key];
  if (item instanceof Map) return item.get(key);
  return noValue;
}

export function where(collection: unknown, key: unknown, ...args: unknown[]): unknown {
  if (collection === null || collection === undefined) throw new Error("can't iterate over <nil>");
  let op = '';
  let match: unknown;
  if (args.length === 1) match = args[0];
  else if (args.length === 2) {
    op = toStringE(args[0]).trim().toLowerCase();
    match = args[1];
  } else {
    throw new Error('can\'t evaluate the array by no match argument or more than or equal to two arguments');
  }
  if (!operators.has(op)) throw new Error('no such operator');
  const filter = (list: unknown[]): unknown[] => list.filter((item) => {
    const value = valueAt(item, key);
    return value !== noValue && checkCondition(value, match, op);
  });
  if (Array.isArray(collection)) return filter(collection);
  if (isMap(collection)) {
    // Hugo filters a map of slices: an entry stays when its slice has a match.
    const out: Record<string, unknown> = {};
    for (const [k, item] of mapEntries(collection)) {
      if (Array.isArray(item) && filter(item).length > 0) out[String(k)] = item;
    }
    return out;
  }
  throw new Error(`can't iterate over ${toStringE(collection)}`);
}
