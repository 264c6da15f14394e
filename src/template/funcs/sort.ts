/**
 * Hugo's `sort COLLECTION [KEY] [asc|desc]`. Slices sort by their values (or
 * by KEY, a dotted path); maps sort by their keys unless KEY is "value" (or
 * a path into the values), and return a slice of values. Strings compare as
 * Hugo's collator does (case-insensitively first); a missing key sorts as the
 * other side's zero value; the sort is stable, descending included.
 */
import { GoFloat, isMap } from '../engine/values.js';
import { GoTime } from '../../time/index.js';
import { isSafe, likeList, mapEntries, path, toStringE } from './go.js';

const collator = new Intl.Collator('en');

function zeroLike(v: unknown): unknown {
  if (typeof v === 'string' || isSafe(v)) return '';
  if (typeof v === 'number' || v instanceof GoFloat) return 0;
  if (typeof v === 'boolean') return false;
  return undefined;
}

function sortKey(v: unknown): number | string | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof GoFloat) return v.value;
  if (v instanceof GoTime) return v.UnixNano();
  if (typeof v === 'string') return v;
  if (isSafe(v)) return v.value;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v !== null && typeof v === 'object' && 'goKind' in v) return Number(v);
  return undefined;
}

/** A numeric string sorts as its number, as Hugo's compare does ("9" before "10"). */
function numeric(k: number | string | undefined): number | string | undefined {
  if (typeof k !== 'string' || k.trim() === '') return k;
  const n = Number(k);
  return Number.isFinite(n) ? n : k;
}

function less(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null) a = zeroLike(b);
  if (b === undefined || b === null) b = zeroLike(a);
  const x = numeric(sortKey(a));
  const y = numeric(sortKey(b));
  if (typeof x === 'string' && typeof y === 'string') return collator.compare(x, y) < 0;
  // One side numeric, the other not: the string counts as 0.
  const fx = typeof x === 'number' ? x : 0;
  const fy = typeof y === 'number' ? y : 0;
  return fx < fy;
}

export function sortCollection(collection: unknown, ...args: unknown[]): unknown[] {
  if (collection === null || collection === undefined) throw new Error('sequence must be provided');
  let byField = '';
  let asc = true;
  args.forEach((arg, i) => {
    let s: string | undefined;
    try {
      s = toStringE(arg);
    } catch {
      s = undefined;
    }
    if (i === 0) byField = s ?? '';
    if (i === 1) asc = s !== 'desc';
  });
  let pairs: { key: unknown; value: unknown }[];
  const keyOf = (v: unknown): unknown => (byField === '' || byField === 'value' ? v : path(v, byField));
  if (Array.isArray(collection)) {
    pairs = collection.map((value) => ({ key: keyOf(value), value }));
  } else if (isMap(collection)) {
    pairs = mapEntries(collection).map(([k, value]) => ({ key: byField === '' ? k : keyOf(value), value }));
  } else {
    throw new Error(`can't sort ${typeof collection}`);
  }
  const indexed = pairs.map((p, i) => ({ ...p, i }));
  indexed.sort((p, q) => {
    const lt = asc ? less(p.key, q.key) : less(q.key, p.key);
    const gt = asc ? less(q.key, p.key) : less(p.key, q.key);
    return lt ? -1 : gt ? 1 : p.i - q.i;
  });
  return likeList(collection, indexed.map((p) => p.value));
}
