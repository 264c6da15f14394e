/**
 * Go visits map keys in sorted order in `range` and in fmt's `map[…]`:
 * numbers numerically, strings by their UTF-8 bytes (which is code point
 * order, not JavaScript's UTF-16 order), false before true.
 */

export function sortedEntries(map: Map<unknown, unknown> | Record<string, unknown>): [unknown, unknown][] {
  const entries: [unknown, unknown][] = map instanceof Map ? [...map.entries()] : Object.entries(map);
  return entries.sort((a, b) => compareKeys(a[0], b[0]));
}

export function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return compareUtf8(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  // Mixed kinds (possible only in a JS Map): group by kind so the order is stable.
  const rank = (v: unknown): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  return rank(a) - rank(b) || compareUtf8(String(a), String(b));
}

/** Byte order of the UTF-8 encodings, computed on code points without encoding. */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (U+D800–DFFF) encode code points above every BMP character.
    const surrogateX = x >= 0xd800 && x <= 0xdfff;
    const surrogateY = y >= 0xd800 && y <= 0xdfff;
    if (surrogateX !== surrogateY) return surrogateX ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
