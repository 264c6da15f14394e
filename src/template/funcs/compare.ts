/**
 * Hugo's compare namespace. Hugo registers its own eq/ne/lt/le/gt/ge, which
 * replace Go's builtins: numbers of one kind compare by value (`eq 10 10.0`
 * is false because int and float differ), trusted strings equal plain ones,
 * times compare as instants, and lt/le/gt/ge never fail: a numeric string is
 * read as a number, and values that cannot be ordered compare as 0.
 */
import { GoFloat, isMap, truth } from '../engine/values.js';
import { GoTime } from '../../time/index.js';
import { deepEqual, isSafe } from './go.js';
import type { Namespace } from './registry.js';

/** What Hugo's compare.Eq reduces a value to before comparing. */
function normalize(v: unknown): unknown {
  if (isSafe(v)) return v.value;
  if (v instanceof GoTime) return v;
  if (v !== null && typeof v === 'object' && 'goKind' in v && typeof (v as { valueOf(): unknown }).valueOf() === 'number') {
    return (v as { valueOf(): number }).valueOf(); // time.Month and friends are ints
  }
  return v;
}

export function hugoEq(a: unknown, b: unknown): boolean {
  return deepEqual(normalize(a), normalize(b));
}

/** Hugo's compareGet: two numbers, or two strings when neither side is numeric. */
function orderable(v: unknown): number | string {
  const n = normalize(v);
  if (typeof n === 'number') return n;
  if (n instanceof GoFloat) return n.value;
  if (n instanceof GoTime) return n.UnixNano();
  if (typeof n === 'string') {
    const f = Number(n);
    return n.trim() !== '' && Number.isFinite(f) ? f : n;
  }
  if (typeof n === 'boolean') return n ? 1 : 0;
  // Slices and maps order by their length (themes write `if gt .Params.tags 0`).
  if (Array.isArray(n)) return n.length;
  if (n instanceof Map) return n.size;
  if (isMap(n)) return Object.keys(n).length;
  return 0;
}

/** -1, 0 or 1 as Hugo orders two values (strings by code units, mixed kinds as numbers with strings as 0). */
export function hugoCompare(a: unknown, b: unknown, caseInsensitive = false): number {
  let x = orderable(a);
  let y = orderable(b);
  if (typeof x === 'string' && typeof y === 'string') {
    if (caseInsensitive) {
      const c = x.localeCompare(y, 'en', { sensitivity: 'base' });
      if (c !== 0) return Math.sign(c);
    }
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof x === 'string') x = 0;
  if (typeof y === 'string') y = 0;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `eq a b c` is a==b || a==c, as in Go; the ordering functions need every comparison to hold. */
function each(name: string, test: (a: unknown, b: unknown) => boolean) {
  return (first: unknown, ...others: unknown[]): boolean => {
    if (others.length === 0) throw new Error('missing arguments for comparison');
    return name === 'eq' ? others.some((o) => test(first, o)) : others.every((o) => test(first, o));
  };
}

export const compareNamespace: Namespace = () => [
  { name: 'compare.Default', aliases: ['default'], fn: (dflt: unknown, ...given: unknown[]) => {
    if (given.length === 0) return dflt;
    const g = given[0];
    if (g === null || g === undefined) return dflt;
    // Hugo: any bool is "set" (so `default "x" false` is false); numbers, strings and collections when non-zero/non-empty.
    if (typeof g === 'boolean') return g;
    if (g instanceof GoTime) return g.IsZero() ? dflt : g;
    if (typeof g === 'number' || g instanceof GoFloat || typeof g === 'string' || Array.isArray(g) || isMap(g) || isSafe(g)) {
      return truth(g) ? g : dflt;
    }
    return g;
  }, examples: [
    ['{{ default "x" false }}', 'false'], ['{{ default "x" 0 }}', 'x'], ['{{ default "x" "" }}', 'x'],
    ['{{ default "x" nil }}', 'x'], ['{{ default "x" (slice) }}', 'x'], ['{{ "" | default "fallback" }}', 'fallback'],
  ] },
  { name: 'compare.Conditional', aliases: ['cond'], fn: (control: unknown, a: unknown, b: unknown) => {
    if (typeof control !== 'boolean') throw new Error(`expected bool; found ${String(control)}`);
    return control ? a : b;
  }, examples: [['{{ cond true "a" "b" }}', 'a'], ['{{ cond (eq 1 2) "a" "b" }}', 'b']] },
  { name: 'compare.Eq', aliases: ['eq'], fn: each('eq', hugoEq), examples: [
    ['{{ eq 10 10.0 }}', 'false'], ['{{ eq 1 2 1 }}', 'true'], ['{{ eq (safeHTML "a") "a" }}', 'true'], ['{{ eq "a" "b" }}', 'false'],
  ] },
  { name: 'compare.Ne', aliases: ['ne'], fn: each('ne', (a, b) => !hugoEq(a, b)), examples: [['{{ ne 1 2 }}', 'true']] },
  { name: 'compare.Lt', aliases: ['lt'], fn: each('lt', (a, b) => hugoCompare(a, b) < 0), examples: [['{{ lt 1 2.5 }}', 'true'], ['{{ lt "b" "a" }}', 'false'], ['{{ lt "10" 9 }}', 'false']] },
  { name: 'compare.Le', aliases: ['le'], fn: each('le', (a, b) => hugoCompare(a, b) <= 0), examples: [['{{ le 2 2 }}', 'true']] },
  { name: 'compare.Gt', aliases: ['gt'], fn: each('gt', (a, b) => hugoCompare(a, b) > 0), examples: [['{{ gt 3 2 }}', 'true']] },
  { name: 'compare.Ge', aliases: ['ge'], fn: each('ge', (a, b) => hugoCompare(a, b) >= 0), examples: [['{{ ge 1 2 }}', 'false']] },
];
