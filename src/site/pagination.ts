/**
 * Hugo's pagination: `.Paginator` / `.Paginate` on list pages split a list
 * into pagers of `paginate` items (default 10); pager N lives at
 * `{page}/{paginatePath}/N/` and pager 1 at the page itself, with
 * `{page}/{paginatePath}/1/` redirecting to it. Behaviour and field names
 * are Hugo 0.111.3's (`.PagerSize` does not exist yet; `.PageSize` does).
 */

import type { Page } from './page.js';
import { Pages } from './pages.js';
import { PageGroup, PagesGroup } from './groups.js';

/** Hugo's `*page.Pager`: one page of a paginated list. */
export class Pager {
  static readonly goTypeName = '*page.Pager';
  constructor(private readonly paginator: Paginator, readonly PageNumber: number) {}

  get URL(): string { return this.paginator.urlOf(this.PageNumber); }
  /** The pages on this pager (empty when the list is empty). */
  /** The pages on this pager (empty when the list is empty, or when groups were paginated). */
  get Pages(): Pages {
    if (this.paginator.groups !== null) return new Pages();
    return Pages.collect(this.paginator.chunks[this.PageNumber - 1] ?? []);
  }
  /** `.PageGroups`: the groups on this pager when `.Paginate` was given a PagesGroup. */
  get PageGroups(): PagesGroup {
    return PagesGroup.collect(this.paginator.groups?.[this.PageNumber - 1] ?? []);
  }
  get NumberOfElements(): number { return this.paginator.chunks[this.PageNumber - 1]?.length ?? 0; }
  get TotalPages(): number { return this.paginator.chunks.length; }
  get TotalNumberOfElements(): number { return this.paginator.total; }
  get PageSize(): number { return this.paginator.size; }
  get Pagers(): Pager[] { return this.paginator.pagers; }
  get First(): Pager { return this.paginator.pagers[0]!; }
  get Last(): Pager { return this.paginator.pagers[this.paginator.pagers.length - 1]!; }
  get HasPrev(): boolean { return this.PageNumber > 1; }
  get HasNext(): boolean { return this.PageNumber < this.paginator.chunks.length; }
  get Prev(): Pager | null { return this.HasPrev ? this.paginator.pagers[this.PageNumber - 2]! : null; }
  get Next(): Pager | null { return this.HasNext ? this.paginator.pagers[this.PageNumber]! : null; }
  String(): string { return `Pager ${this.PageNumber}`; }
}

/** The whole split list; pagers share it. */
export class Paginator {
  readonly chunks: Page[][] = [];
  readonly pagers: Pager[] = [];
  readonly total: number;

  /** Set when a PagesGroup was paginated: each pager's groups, a group split across pagers keeping its key (Hugo). */
  readonly groups: PageGroup[][] | null = null;

  constructor(list: readonly Page[] | PagesGroup, readonly size: number, readonly urlOf: (n: number) => string) {
    const grouped = list instanceof PagesGroup;
    const flat: { key: unknown; page: Page }[] = grouped
      ? list.flatMap((g) => g.Pages.map((page) => ({ key: g.Key, page })))
      : (list as readonly Page[]).map((page) => ({ key: undefined, page }));
    this.total = flat.length;
    if (grouped) this.groups = [];
    for (let i = 0; i < flat.length; i += size) {
      const slice = flat.slice(i, i + size);
      this.chunks.push(slice.map((e) => e.page));
      if (this.groups !== null) {
        const groups: PageGroup[] = [];
        for (const { key, page } of slice) {
          const last = groups[groups.length - 1];
          if (last !== undefined && last.Key === key) last.Pages.push(page);
          else groups.push(new PageGroup(key, Pages.collect([page])));
        }
        this.groups.push(groups);
      }
    }
    // An empty list still has one pager (Hugo), though TotalPages is 0.
    const count = Math.max(1, this.chunks.length);
    for (let n = 1; n <= count; n++) this.pagers.push(new Pager(this, n));
  }
}

/** Where pager `n` of a list page is linked from: pager 1 is the page itself. */
export function pagerPath(pagePath: string, paginatePath: string, n: number, ugly = false): string {
  if (n <= 1) return pagePath;
  return pagerFolder(pagePath, paginatePath, n, ugly);
}

/**
 * Where pager `n` would live by number alone; for n = 1 that is the redirect
 * Hugo writes. With `uglyURLs` pagers are files: `/posts/page/2.html`.
 */
export function pagerFolder(pagePath: string, paginatePath: string, n: number, ugly = false): string {
  const base = pagePath.endsWith('/') ? pagePath : `${pagePath.replace(/\.html$/, '')}/`;
  return ugly ? `${base}${paginatePath}/${n}.html` : `${base}${paginatePath}/${n}/`;
}

/**
 * What a list page paginates by default (Hugo 0.111.3): the home page every
 * regular page of the site, taxonomy and term pages their `.Pages`, sections
 * their `.RegularPages`.
 */
export function defaultPaginationPages(page: Page): Pages {
  switch (page.kind) {
    case 'home': return page.site.RegularPages;
    case 'taxonomy':
    case 'term': return page.Pages;
    default: return page.RegularPages;
  }
}

/** A page's pagination while it is rendered: which pager is being written, and the list once asked for. */
export class PaginationState {
  number = 1;
  paginator: Paginator | null = null;

  constructor(private readonly page: Page) {}

  /** The first call fixes the list and size for every pager of this page, as in Hugo. */
  pager(pages: () => readonly Page[] | PagesGroup, size: number): Pager {
    if (this.paginator === null) {
      if (!(size > 0)) throw new Error("'paginate' must be a positive number");
      const site = this.page.site;
      const path = this.page.path;
      this.paginator = new Paginator(pages(), size, (n) => site.relPermalinkOf(pagerPath(path, site.config.paginatePath, n, site.config.uglyURLs)));
    }
    return this.paginator.pagers[Math.min(this.number, this.paginator.pagers.length) - 1]!;
  }

  reset(): void {
    this.number = 1;
    this.paginator = null;
  }
}

/** `.Paginate` accepts Pages or any list of pages; a size argument overrides `paginate`. */
export function pagesArgument(value: unknown): Page[] | PagesGroup {
  if (value instanceof PagesGroup) return value;
  if (Array.isArray(value)) return value as Page[];
  if (value === null || value === undefined) return [];
  throw new Error(`cannot paginate a ${typeof value}; pass a list of pages such as .Pages`);
}
