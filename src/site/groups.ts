/**
 * Hugo's page grouping (`.GroupBy`, `.GroupByDate`, `.GroupByParam`, …):
 * a list of `{Key, Pages}` groups. Orders follow Hugo 0.111.3: key groups
 * ascend unless "desc" is asked for, date groups descend unless "asc" is;
 * pages keep the input order within a key group and the date order within a
 * date group. An empty input gives nil, as in Hugo.
 */

import type { GoTime } from '../time/index.js';
import type { Page } from './page.js';
import { Pages } from './pages.js';

/** Hugo's `page.PageGroup`. */
export class PageGroup {
  static readonly goTypeName = 'page.PageGroup';
  constructor(readonly Key: unknown, readonly Pages: Pages) {}
}

/** Hugo's `page.PagesGroup`. */
export class PagesGroup extends Array<PageGroup> {
  static readonly goTypeName = 'page.PagesGroup';

  static collect(groups: readonly PageGroup[]): PagesGroup {
    const out = new PagesGroup();
    out.push(...groups);
    return out;
  }

  get Len(): number { return this.length; }
  Reverse(): PagesGroup { return PagesGroup.collect([...this].reverse()); }
}

const descending = (order: unknown[]): boolean => {
  const o = String(order[0] ?? '').toLowerCase();
  return o === 'desc' || o === 'rev' || o === 'reverse';
};
const ascending = (order: unknown[]): boolean => {
  const o = String(order[0] ?? '').toLowerCase();
  return o === 'asc' || o === 'rev' || o === 'reverse';
};

/** Groups by a value per page, keys ordered; pages without a value are left out. */
function groupByValue(pages: readonly Page[], valueOf: (page: Page) => unknown, desc: boolean): PagesGroup | null {
  if (pages.length === 0) return null;
  const groups = new Map<unknown, Page[]>();
  for (const page of pages) {
    const value = valueOf(page);
    if (value === undefined || value === null) continue;
    const key = typeof value === 'object' && 'String' in value && typeof value.String === 'function' ? String(value.String()) : value;
    let list = groups.get(key);
    if (list === undefined) groups.set(key, (list = []));
    list.push(page);
  }
  const keys = [...groups.keys()].sort(compareKeys);
  if (desc) keys.reverse();
  return PagesGroup.collect(keys.map((k) => new PageGroup(k, Pages.collect(groups.get(k)!))));
}

function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** `.GroupBy "Section"`: by a page field or method. */
export function groupBy(pages: readonly Page[], key: string, order: unknown[]): PagesGroup | null {
  if (pages.length === 0) return null;
  const first = pages[0] as unknown as Record<string, unknown>;
  if (!(key in first)) throw new Error(`${key} is neither a field nor a method of Page`);
  return groupByValue(pages, (page) => {
    const value = (page as unknown as Record<string, unknown>)[key];
    return typeof value === 'function' ? (value as () => unknown).call(page) : value;
  }, descending(order));
}

/** `.GroupByParam "color"`: by a param; pages without it are left out. */
export function groupByParam(pages: readonly Page[], param: string, order: unknown[]): PagesGroup | null {
  if (pages.length === 0) return null;
  const valueOf = (page: Page) => page.Param(param);
  if (!pages.some((p) => valueOf(p) !== undefined && valueOf(p) !== null)) {
    throw new Error(`there is no such param "${param}"`);
  }
  return groupByValue(pages, valueOf, descending(order));
}

/**
 * `.GroupByDate "2006-01"` and friends: pages sorted by the date (newest
 * first unless "asc"), then runs with the same formatted date grouped.
 */
export function groupByDate(pages: readonly Page[], format: string, order: unknown[], dateOf: (page: Page) => GoTime | undefined): PagesGroup | null {
  const dated = pages.filter((p) => dateOf(p) !== undefined);
  if (dated.length === 0) return null;
  const sorted = Pages.collect(dated).sort((a, b) => dateOf(a)!.Unix() - dateOf(b)!.Unix() || 0);
  // Hugo sorts ascending (ties in default order), then reverses the whole list for "desc".
  const list = ascending(order) ? sorted : [...sorted].reverse();
  const groups: PageGroup[] = [];
  for (const page of list) {
    const key = dateOf(page)!.Format(format);
    const last = groups[groups.length - 1];
    if (last !== undefined && last.Key === key) last.Pages.push(page);
    else groups.push(new PageGroup(key, Pages.collect([page])));
  }
  return PagesGroup.collect(groups);
}
