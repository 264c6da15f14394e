/**
 * Hugo's `Pages` collection: a slice of pages (so `range`, `len`, `first`
 * and `index` treat it as one) with Hugo's sorting and grouping methods.
 */

import type { Page } from './page.js';
import type { GoTime } from '../time/index.js';
import { groupBy, groupByDate, groupByParam, type PagesGroup } from './groups.js';

/**
 * Hugo's default order: weight ascending with unweighted (0) pages last,
 * then date descending to the second, then link title case-insensitively,
 * then file path.
 */
export function defaultCompare(a: Page, b: Page): number {
  const wa = a.Weight;
  const wb = b.Weight;
  if (wa !== wb) {
    if (wa === 0) return 1;
    if (wb === 0) return -1;
    return wa - wb;
  }
  const da = a.Date.Unix();
  const db = b.Date.Unix();
  if (da !== db) return db - da;
  const ta = a.LinkTitle.toLowerCase();
  const tb = b.LinkTitle.toLowerCase();
  if (ta !== tb) return ta < tb ? -1 : 1;
  const pa = a.file?.path ?? a.path;
  const pb = b.file?.path ?? b.path;
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

export class Pages extends Array<Page> {
  static readonly goTypeName = 'page.Pages';

  static collect(pages: readonly Page[]): Pages {
    const out = new Pages();
    out.push(...pages);
    return out;
  }

  static sorted(pages: readonly Page[]): Pages {
    return Pages.collect(pages).sort(defaultCompare);
  }

  private by(compare: (a: Page, b: Page) => number): Pages {
    return Pages.collect(this).sort((a, b) => compare(a, b) || defaultCompare(a, b));
  }

  get Len(): number { return this.length; }
  ByWeight(): Pages { return Pages.sorted(this); }
  ByDate(): Pages { return this.by((a, b) => a.Date.Unix() - b.Date.Unix()); }
  ByPublishDate(): Pages { return this.by((a, b) => a.PublishDate.Unix() - b.PublishDate.Unix()); }
  ByExpiryDate(): Pages { return this.by((a, b) => a.ExpiryDate.Unix() - b.ExpiryDate.Unix()); }
  ByLastmod(): Pages { return this.by((a, b) => a.Lastmod.Unix() - b.Lastmod.Unix()); }
  // Hugo compares titles with a collator that ignores case ("beta" ties "Beta").
  ByTitle(): Pages { return this.by((a, b) => compareStrings(a.Title.toLowerCase(), b.Title.toLowerCase())); }
  ByLinkTitle(): Pages { return this.by((a, b) => compareStrings(a.LinkTitle.toLowerCase(), b.LinkTitle.toLowerCase())); }
  ByLength(): Pages { return this.by((a, b) => a.Len - b.Len); }
  ByParam(key: unknown): Pages {
    return this.by((a, b) => compareValues(a.Param(String(key)), b.Param(String(key))));
  }
  Reverse(): Pages { return Pages.collect([...this].reverse()); }
  Limit(n: number): Pages { return Pages.collect(this.slice(0, n)); }

  GroupBy(key: unknown, ...order: unknown[]): PagesGroup | null { return groupBy(this, String(key), order); }
  GroupByParam(param: unknown, ...order: unknown[]): PagesGroup | null { return groupByParam(this, String(param), order); }
  GroupByDate(format: unknown, ...order: unknown[]): PagesGroup | null { return groupByDate(this, String(format), order, (p) => p.Date); }
  GroupByPublishDate(format: unknown, ...order: unknown[]): PagesGroup | null { return groupByDate(this, String(format), order, (p) => p.PublishDate); }
  GroupByExpiryDate(format: unknown, ...order: unknown[]): PagesGroup | null { return groupByDate(this, String(format), order, (p) => p.ExpiryDate); }
  GroupByLastmod(format: unknown, ...order: unknown[]): PagesGroup | null { return groupByDate(this, String(format), order, (p) => p.Lastmod); }
  GroupByParamDate(param: unknown, format: unknown, ...order: unknown[]): PagesGroup | null {
    return groupByDate(this, String(format), order, (p) => asTime(p.Param(String(param))));
  }

  /** `.Next page`: the page after `page` in this collection (Hugo's "next" points up the list). */
  Next(page: Page): Page | null {
    const i = this.indexOf(page);
    return i > 0 ? this[i - 1]! : null;
  }
  Prev(page: Page): Page | null {
    const i = this.indexOf(page);
    return i >= 0 && i < this.length - 1 ? this[i + 1]! : null;
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareValues(a: unknown, b: unknown): number {
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareStrings(String(a), String(b));
}

function asTime(value: unknown): GoTime | undefined {
  return value !== null && typeof value === 'object' && 'Unix' in value && 'Format' in value ? (value as GoTime) : undefined;
}
