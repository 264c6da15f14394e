/**
 * Hugo's Scratch (`.Scratch`, `newScratch`): a mutable map for templates.
 * `Add` sums numbers, concatenates strings and appends to slices, as Hugo does.
 */
import { mapEntries, toStringE } from './go.js';
import { arithmetic } from './math.js';
import { sortCollection } from './sort.js';

export class Scratch {
  static readonly goTypeName = '*maps.Scratch';
  private readonly values = new Map<string, unknown>();

  Set(key: unknown, value: unknown): string {
    this.values.set(toStringE(key), value);
    return '';
  }

  Get(key: unknown): unknown {
    return this.values.get(toStringE(key));
  }

  Delete(key: unknown): string {
    this.values.delete(toStringE(key));
    return '';
  }

  Values(): Record<string, unknown> {
    return Object.fromEntries(this.values);
  }

  Add(key: unknown, value: unknown): string {
    const k = toStringE(key);
    const existing = this.values.get(k);
    if (existing === undefined) {
      this.values.set(k, value);
    } else if (Array.isArray(existing)) {
      this.values.set(k, Array.isArray(value) ? [...existing, ...value] : [...existing, value]);
    } else {
      this.values.set(k, arithmetic(existing, value, '+'));
    }
    return '';
  }

  SetInMap(key: unknown, mapKey: unknown, value: unknown): string {
    const k = toStringE(key);
    let map = this.values.get(k) as Record<string, unknown> | undefined;
    if (map === undefined || typeof map !== 'object') {
      map = {};
      this.values.set(k, map);
    }
    map[toStringE(mapKey)] = value;
    return '';
  }

  DeleteInMap(key: unknown, mapKey: unknown): string {
    const map = this.values.get(toStringE(key)) as Record<string, unknown> | undefined;
    if (map !== undefined && typeof map === 'object') delete map[toStringE(mapKey)];
    return '';
  }

  /** The values of the map under `key`, ordered by their keys. */
  GetSortedMapValues(key: unknown): unknown {
    const map = this.values.get(toStringE(key));
    if (map === undefined || map === null || typeof map !== 'object') return undefined;
    return mapEntries(map as Record<string, unknown>).map(([, v]) => v);
  }
}

export { sortCollection };
