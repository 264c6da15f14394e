/**
 * Hugo's set functions over slices: union, intersect, complement, symdiff,
 * uniq, in. Elements match as Hugo's collections do: numbers by value across
 * int and float, anything else by type and value (deeply).
 */
import { GoFloat } from '../engine/values.js';
import { deepEqual, likeList, toList } from './go.js';

/** A key under which equal elements collide. */
function identity(v: unknown): unknown {
  // Only int and float meet; a trusted string is another type than a plain one (`in (slice (safeHTML "a")) "a"` is false).
  if (v instanceof GoFloat) return v.value;
  return v;
}

export function sameElement(a: unknown, b: unknown): boolean {
  const x = identity(a);
  const y = identity(b);
  if (typeof x === 'number' && typeof y === 'number') return x === y;
  return deepEqual(x, y);
}

function indexIn(list: readonly unknown[], v: unknown): number {
  const key = identity(v);
  if (typeof key === 'string' || typeof key === 'number' || typeof key === 'boolean') {
    return list.findIndex((e) => identity(e) === key);
  }
  return list.findIndex((e) => sameElement(e, v));
}

export function contains(list: readonly unknown[], v: unknown): boolean {
  return indexIn(list, v) >= 0;
}

export function uniq(list: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const v of list) if (!contains(out, v)) out.push(v);
  return out;
}

export function union(a: unknown, b: unknown): unknown[] {
  if (a === null || a === undefined) return toList(b, 'union');
  if (b === null || b === undefined) return toList(a, 'union');
  return likeList(a, uniq([...toList(a, 'union'), ...toList(b, 'union')]));
}

export function intersect(a: unknown, b: unknown): unknown[] {
  if (a === null || a === undefined || b === null || b === undefined) return [];
  const right = toList(b, 'intersect');
  return likeList(a, uniq(toList(a, 'intersect').filter((v) => contains(right, v))));
}

/** `complement SET… LIST`: the LIST elements found in none of the sets. */
export function complement(...args: unknown[]): unknown[] {
  if (args.length < 2) throw new Error('complement needs at least two arguments');
  const list = toList(args[args.length - 1], 'complement');
  const sets = args.slice(0, -1).map((s) => toList(s, 'complement'));
  return likeList(list, list.filter((v) => !sets.some((s) => contains(s, v))));
}

/** `symdiff A B`: B's elements missing from A, then A's missing from B (Hugo's order). */
export function symdiff(a: unknown, b: unknown): unknown[] {
  const left = toList(a, 'symdiff');
  const right = toList(b, 'symdiff');
  return likeList(a, [...right.filter((v) => !contains(left, v)), ...left.filter((v) => !contains(right, v))]);
}
