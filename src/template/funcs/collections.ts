/** Hugo's collections namespace (tpl/collections), with its top-level aliases. */
import { formatValue } from '../engine/index.js';
import { isMap, isPlainObject, lookupField, missing, SafeHTML } from '../engine/values.js';
import { isSafe, likeList, mapEntries, toIntE, toList, toStringE } from './go.js';
import { complement, contains, intersect, symdiff, union, uniq } from './sets.js';
import { Scratch, sortCollection } from './scratch.js';
import { where } from './where.js';
import type { Namespace, TemplateFunc } from './registry.js';

function newMap(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/** `dict "a" 1 "b" 2`; a slice key makes a nested path: `dict (slice "a" "b") 1`. */
function dict(...values: unknown[]): Record<string, unknown> {
  if (values.length % 2 !== 0) throw new Error('invalid dictionary call');
  const root = newMap();
  for (let i = 0; i < values.length; i += 2) {
    const key = values[i];
    let target = root;
    let name: string;
    if (typeof key === 'string') name = key;
    else if (Array.isArray(key) && key.length > 0 && key.every((k) => typeof k === 'string')) {
      const keys = key as string[];
      for (const k of keys.slice(0, -1)) {
        const next = target[k];
        target = isPlainObject(next) ? next : (target[k] = newMap()) as Record<string, unknown>;
      }
      name = keys[keys.length - 1]!;
    } else throw new Error('invalid dictionary key');
    target[name] = values[i + 1];
  }
  return root;
}

/** first/last/after accept slices and strings; the count must be an int ≥ 0. */
function sequence(l: unknown, what: string): unknown[] | string {
  if (l === null || l === undefined) throw new Error('both limit and seq must be provided');
  if (typeof l === 'string') return l;
  if (isSafe(l)) return l.value;
  if (Array.isArray(l)) return l;
  throw new Error(`can't iterate over ${toStringE(l)} in ${what}`);
}

function seq(...args: unknown[]): number[] {
  if (args.length < 1 || args.length > 3) throw new Error('invalid number of arguments to Seq');
  const n = args.map(toIntE);
  let first = n[0]!;
  let inc = 1;
  let last: number;
  if (n.length === 1) {
    last = first;
    if (last === 0) return [];
    if (last > 0) first = 1;
    else {
      first = -1;
      inc = -1;
    }
  } else if (n.length === 2) {
    last = n[1]!;
    if (last < first) inc = -1;
  } else {
    inc = n[1]!;
    last = n[2]!;
    if (inc === 0) throw new Error("'increment' must not be 0");
    if (first < last && inc < 0) throw new Error("'increment' must be > 0");
    if (first > last && inc > 0) throw new Error("'increment' must be < 0");
  }
  if (last < -100000) throw new Error('size of result exceeds limit');
  const size = Math.trunc((last - first) / inc) + 1;
  if (size <= 0 || size > 2000) throw new Error('size of result exceeds limit');
  return Array.from({ length: size }, (_, i) => first + i * inc);
}

/** Go's url.Values.Encode: keys sorted, QueryEscape (space as "+"). */
function querify(...args: unknown[]): string {
  let pairs = args;
  if (args.length === 1 && Array.isArray(args[0])) pairs = args[0];
  if (args.length === 1 && isMap(args[0])) pairs = mapEntries(args[0]).flat();
  if (pairs.length % 2 !== 0) throw new Error('invalid query');
  const entries: [string, string][] = [];
  for (let i = 0; i < pairs.length; i += 2) entries.push([toStringE(pairs[i]), formatValue(pairs[i + 1])]);
  const esc = (s: string): string => encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e[0] < b.e[0] ? -1 : a.e[0] > b.e[0] ? 1 : a.i - b.i))
    .map(({ e }) => `${esc(e[0])}=${esc(e[1])}`)
    .join('&');
}

/** Hugo's isset: exact map keys (so "Tagline" is unset when Hugo lower-cased it), slice indexes. */
function isset(c: unknown, key: unknown): boolean {
  if (Array.isArray(c)) return c.length > toIntE(key);
  if (c instanceof Map) return c.has(key);
  if (isPlainObject(c)) return typeof key === 'string' && Object.prototype.hasOwnProperty.call(c, key);
  if (c !== null && typeof c === 'object') {
    const resolver = (c as { [lookupField]?: (n: string) => unknown })[lookupField];
    if (typeof resolver === 'function' && typeof key === 'string') {
      return key === key.toLowerCase() && resolver.call(c, key) !== missing;
    }
  }
  return false;
}

/**
 * Hugo's index, which replaces Go's: indexing nil gives nil, an index past
 * the end gives nil instead of an error, a missing map key gives nil, and
 * Params (case-insensitive lookups) resolve through their own lookup.
 * `index C (slice "a" "b")` takes the keys from a slice.
 */
function hugoIndex(item: unknown, ...args: unknown[]): unknown {
  if (item === null || item === undefined) return undefined;
  const keys = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
  let v: unknown = item;
  for (const key of keys) {
    if (v === null || v === undefined) throw new Error('index of nil pointer');
    if (Array.isArray(v) || typeof v === 'string') {
      if (key === null || key === undefined) throw new Error('cannot index slice/array with nil');
      if (typeof key !== 'number' || !Number.isInteger(key)) throw new Error(`cannot index slice/array with type ${typeof key === 'string' ? 'string' : 'float64'}`);
      const bytes = typeof v === 'string' ? new TextEncoder().encode(v) : v;
      if (key < 0 || key >= bytes.length) return undefined;
      v = bytes[key];
    } else if (v instanceof Map) {
      v = v.get(key);
    } else if (isPlainObject(v)) {
      if (typeof key !== 'string') {
        throw new Error(`index of type map[string]interface {} with args [${toStringE(key)}] failed: value has type ${typeof key === 'number' && Number.isInteger(key) ? 'int' : typeof key}; should be string`);
      }
      v = Object.prototype.hasOwnProperty.call(v, key) ? v[key] : undefined;
    } else if (typeof v === 'object') {
      const resolver = (v as { [lookupField]?: (n: string) => unknown })[lookupField];
      if (typeof resolver !== 'function') throw new Error(`can't index item of type ${(v as object).constructor?.name ?? 'struct'}`);
      const got = resolver.call(v, toStringE(key));
      v = got === missing ? undefined : got;
    } else {
      throw new Error(`can't index item of type ${typeof v}`);
    }
  }
  return v;
}

/** What `keyVals` returns: prints as "key: [values]". */
export class KeyValues {
  static readonly goTypeName = 'types.KeyValues';
  constructor(readonly Key: unknown, readonly Values: unknown[]) {}
  String(): string {
    return `${toStringE(this.Key)}: [${this.Values.map((v) => formatValue(v)).join(' ')}]`;
  }
}

/** `merge M1 M2 …`: later maps win; nested maps merge; the result is new. */
function merge(...maps: unknown[]): Record<string, unknown> {
  if (maps.length < 2) throw new Error('merge requires at least two parameters');
  const out = newMap();
  for (const m of maps) {
    if (m === null || m === undefined) continue;
    if (!isMap(m)) throw new Error(`merge: ${toStringE(m)} is not a map`);
    for (const [k, v] of mapEntries(m)) {
      const key = String(k);
      const prev = out[key];
      out[key] = isMap(prev) && isMap(v) ? merge(prev, v) : v;
    }
  }
  return out;
}

export const collectionsNamespace: Namespace = (_hooks, funcs) => [
  { name: 'collections.After', aliases: ['after'], fn: (n: unknown, l: unknown) => {
    const i = toIntE(n);
    if (i < 0) throw new Error(`sequence bounds out of range [${i}:]`);
    const s = sequence(l, 'after');
    return s.slice(i);
  }, examples: [['{{ after 1 (slice 1 2 3) }}', '[2 3]'], ['{{ after 5 (slice 1 2) }}', '[]']] },
  { name: 'collections.Append', aliases: ['append'], fn: (...args: unknown[]) => {
    if (args.length < 2) throw new Error('expected at least 2 arguments to append');
    const to = args[args.length - 1];
    const items = args.slice(0, -1);
    // Appending to nil makes a new slice of the items as given; a single slice is spread only into an existing one.
    if (to === null || to === undefined) return items;
    const base = toList(to, 'append');
    if (items.length === 1 && Array.isArray(items[0])) return likeList(base, [...base, ...items[0]]);
    return likeList(base, [...base, ...items]);
  }, examples: [['{{ append 3 (slice 1 2) }}', '[1 2 3]'], ['{{ append (slice 3 4) (slice 1 2) }}', '[1 2 3 4]'], ['{{ slice "a" | append "b" "c" }}', '[a b c]']] },
  { name: 'collections.Apply', aliases: ['apply'], fn: (c: unknown, fname: unknown, ...args: unknown[]) => {
    const name = toStringE(fname);
    if (name === 'apply') throw new Error("can't apply myself (no turtles allowed)");
    const fn: TemplateFunc | undefined = funcs[name];
    if (fn === undefined) throw new Error(`can't find function ${name}`);
    return toList(c, 'apply').map((item) => fn(...args.map((a) => (a === '.' ? item : a))));
  }, examples: [['{{ apply (slice "a" "b") "upper" "." }}', '[A B]']] },
  { name: 'collections.Complement', aliases: ['complement'], fn: complement,
    examples: [['{{ complement (slice 1 2) (slice 1 2 3 4) }}', '[3 4]']] },
  { name: 'collections.Delimit', aliases: ['delimit'], fn: (l: unknown, sep: unknown, last?: unknown) => {
    if (l === null || l === undefined) throw new Error("can't iterate over <nil>");
    const d = toStringE(sep);
    const dLast = last === undefined ? undefined : toStringE(last);
    let items: unknown[];
    if (Array.isArray(l)) items = l;
    else if (isMap(l)) items = mapEntries(l).map(([, v]) => v);
    // Go ranges a string's bytes here, so each prints as a number.
    else if (typeof l === 'string') items = [...new TextEncoder().encode(l)];
    else throw new Error(`can't iterate over ${toStringE(l)}`);
    let out = '';
    items.forEach((v, i) => {
      let s: string;
      try {
        s = toStringE(v);
      } catch {
        return;
      }
      if (i === items.length - 2 && dLast !== undefined) out += s + dLast;
      else if (i === items.length - 1) out += s;
      else out += s + d;
    });
    return new SafeHTML(out);
  }, examples: [
    ['{{ delimit (slice 1 2 3) ", " }}', '1, 2, 3'], ['{{ delimit (slice "a" "b" "c") ", " " and " }}', 'a, b and c'],
    ['{{ delimit (dict "b" 2 "a" 1) "-" }}', '1-2'],
  ] },
  { name: 'collections.Dictionary', aliases: ['dict'], fn: dict,
    examples: [['{{ (dict "a" 1 "b" 2).b }}', '2'], ['{{ dict "b" 1 "a" 2 }}', 'map[a:2 b:1]'], ['{{ (dict (slice "x" "y") 3).x.y }}', '3']] },
  { name: 'collections.First', aliases: ['first'], fn: (n: unknown, l: unknown) => {
    const limit = toIntE(n);
    if (limit < 0) throw new Error('sequence length must be non-negative');
    return sequence(l, 'first').slice(0, limit);
  }, examples: [['{{ first 2 (slice 1 2 3) }}', '[1 2]'], ['{{ first 5 (slice 1 2) }}', '[1 2]'], ['{{ first 3 "abcdef" }}', 'abc']] },
  { name: 'collections.In', aliases: ['in'], fn: (l: unknown, v: unknown) => {
    if (l === null || l === undefined || v === null || v === undefined) return false;
    if (Array.isArray(l)) return contains(l, v);
    if (typeof l === 'string' || isSafe(l)) return String(l).includes(toStringE(v));
    return false;
  }, examples: [['{{ in (slice 1 2) 1.0 }}', 'true'], ['{{ in "abc" "b" }}', 'true'], ['{{ in (slice "a") "b" }}', 'false']] },
  { name: 'collections.Intersect', aliases: ['intersect'], fn: intersect,
    examples: [['{{ intersect (slice 1 2 3) (slice 2 3 4) }}', '[2 3]']] },
  { name: 'collections.IsSet', aliases: ['isset'], fn: isset,
    examples: [['{{ isset (dict "a" 1) "a" }}', 'true'], ['{{ isset (slice 1 2) 2 }}', 'false']] },
  { name: 'collections.Index', aliases: ['index'], fn: hugoIndex, examples: [
    ['{{ index (slice 1 2) 1 }}', '2'], ['{{ index nil "a" }}', ''], ['{{ index (slice 1 2) 5 }}', ''],
    ['{{ index (dict "a" (dict "b" 2)) "a" "b" }}', '2'], ['{{ index (dict "a" (dict "b" 2)) (slice "a" "b") }}', '2'],
    ['{{ index "abc" 1 }}', '98'], ['{{ index (dict "a" 1) "b" }}', ''],
  ] },
  { name: 'collections.KeyVals', aliases: ['keyVals'], fn: (key: unknown, ...values: unknown[]) => new KeyValues(key, values),
    examples: [['{{ keyVals "k" 1 2 }}', 'k: [1 2]'], ['{{ (keyVals "k" 1 2).Key }}', 'k']] },
  { name: 'collections.Last', aliases: ['last'], fn: (n: unknown, l: unknown) => {
    const limit = toIntE(n);
    if (limit < 0) throw new Error('sequence length must be non-negative');
    const s = sequence(l, 'last');
    return s.slice(Math.max(0, s.length - limit));
  }, examples: [['{{ last 2 (slice 1 2 3) }}', '[2 3]']] },
  { name: 'collections.Merge', aliases: ['merge'], fn: merge,
    examples: [['{{ merge (dict "a" 1 "b" 2) (dict "b" 3) }}', 'map[a:1 b:3]']] },
  { name: 'collections.NewScratch', aliases: ['newScratch'], fn: () => new Scratch(),
    examples: [['{{ $s := newScratch }}{{ $s.Add "n" 1 }}{{ $s.Add "n" 2 }}{{ $s.Get "n" }}', '3']] },
  { name: 'collections.Querify', aliases: ['querify'], fn: querify,
    examples: [['{{ querify "b" 2 "a" "x y" }}', 'a=x&#43;y&amp;b=2']] },
  // Hugo 0.111 has collections.Reverse but no `reverse` alias.
  { name: 'collections.Reverse', fn: (l: unknown) => {
    if (l === null || l === undefined) return l;
    if (!Array.isArray(l)) throw new Error('argument must be a slice or array');
    return likeList(l, [...l].reverse());
  }, examples: [['{{ collections.Reverse (slice 1 2 3) }}', '[3 2 1]']] },
  { name: 'collections.Seq', aliases: ['seq'], fn: seq, examples: [
    ['{{ seq 0 }}', '[]'], ['{{ seq 3 }}', '[1 2 3]'], ['{{ seq -3 }}', '[-1 -2 -3]'], ['{{ seq 2 5 }}', '[2 3 4 5]'],
    ['{{ seq 1 2 10 }}', '[1 3 5 7 9]'], ['{{ seq 5 2 }}', '[5 4 3 2]'],
  ] },
  { name: 'collections.Shuffle', aliases: ['shuffle'], fn: (l: unknown) => {
    const out = [...toList(l, 'shuffle')];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return likeList(l, out);
  }, examples: [['{{ len (shuffle (slice 1 2 3)) }}', '3']] },
  { name: 'collections.Slice', aliases: ['slice'], fn: (...args: unknown[]) => args,
    examples: [['{{ slice 1 "a" 2.5 }}', '[1 a 2.5]']] },
  { name: 'collections.Sort', aliases: ['sort'], fn: sortCollection, examples: [
    ['{{ sort (slice 3 1 2) }}', '[1 2 3]'], ['{{ sort (slice 3 1 2) "value" "desc" }}', '[3 2 1]'],
    ['{{ sort (slice "b" "A" "c") }}', '[A b c]'], ['{{ sort (dict "a" 3 "b" 1 "c" 2) }}', '[3 1 2]'],
    ['{{ sort (dict "a" 3 "b" 1 "c" 2) "value" }}', '[1 2 3]'], ['{{ sort (slice (dict "n" 2) (dict "n" 1)) "n" }}', '[map[n:1] map[n:2]]'],
  ] },
  { name: 'collections.SymDiff', aliases: ['symdiff'], fn: symdiff,
    examples: [['{{ symdiff (slice 1 2 3) (slice 2 3 4) }}', '[4 1]']] },
  { name: 'collections.Union', aliases: ['union'], fn: union,
    examples: [['{{ union (slice 1 2) (slice 2 3) }}', '[1 2 3]']] },
  { name: 'collections.Uniq', aliases: ['uniq'], fn: (l: unknown) => likeList(l, uniq(toList(l, 'uniq'))),
    examples: [['{{ uniq (slice 1 2 1 3) }}', '[1 2 3]']] },
  { name: 'collections.Where', aliases: ['where'], fn: where, examples: [
    ['{{ range where (slice (dict "n" 1 "t" "a") (dict "n" 2 "t" "b")) "n" ">" 1 }}{{ .t }}{{ end }}', 'b'],
    ['{{ range where (slice (dict "p" (dict "x" "y")) (dict "p" (dict "x" "z"))) "p.x" "y" }}{{ .p.x }}{{ end }}', 'y'],
    ['{{ len (where (slice (dict "n" 1) (dict "n" 2) (dict "n" 3)) "n" "in" (slice 1 3)) }}', '2'],
    ['{{ len (where (slice (dict "n" 1) (dict "n" 2) (dict "n" 3)) "n" "not in" (slice 1 3)) }}', '1'],
    ['{{ len (where (slice (dict "t" (slice "a" "b")) (dict "t" (slice "c"))) "t" "intersect" (slice "b" "c")) }}', '2'],
    ['{{ len (where (slice (dict "n" 1) (dict "x" 2)) "n" "!=" nil) }}', '1'],
  ] },
];
