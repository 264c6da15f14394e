/**
 * Hugo's taxonomies: `tags` and `categories` unless `taxonomies` says
 * otherwise. Each taxonomy gets a list page (`/tags/`, kind "taxonomy") and
 * one page per term (`/tags/go-lang/`, kind "term"), and templates see the
 * same facts as `.Site.Taxonomies`. Everything is computed once per site;
 * pages only look their terms up. Behaviour checked against Hugo 0.111.3.
 */

import type { ContentFile } from '../content/index.js';
import { GoTime } from '../time/index.js';
import { titleWords } from './inflect.js';
import { Page, type PageInit } from './page.js';
import { Pages, defaultCompare } from './pages.js';
import { listPageInit } from './list-init.js';
import type { Site } from './site.js';
import { expandPermalink, targetFromSegments, targetFromUrl, urlizePath, type UrlOptions } from './urls.js';

/** The template engine's field-lookup protocol (template/engine/values.ts), by global symbol. */
const lookupField = Symbol.for('vellum.lookupField');
const missing = Symbol.for('vellum.missing');

/**
 * Hugo's `WeightedPage`: a page with its weight in one taxonomy
 * (`tags_weight`). Go embeds the Page, so other fields (`.Title`) read
 * through to it; done by field lookup rather than prototypes, which would
 * turn every page object into a prototype and slow all page access.
 */
export class WeightedPage {
  static readonly goTypeName = 'page.WeightedPage';
  constructor(readonly Weight: number, readonly Page: Page) {}

  [lookupField](name: string): unknown {
    if (name === 'Weight') return this.Weight;
    if (name === 'Page') return this.Page;
    if (!(name in this.Page) || name === 'constructor') return missing;
    const value = (this.Page as unknown as Record<string, unknown>)[name];
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(this.Page) : value;
  }
}

/** Hugo's `WeightedPages`: the pages of one term, by weight then Hugo's default order. */
export class WeightedPages extends Array<WeightedPage> {
  static readonly goTypeName = 'page.WeightedPages';
  /** The term's own page (null when term pages are disabled). */
  termPage: Page | null = null;
  get Count(): number { return this.length; }
  get Len(): number { return this.length; }
  get Pages(): Pages { return Pages.collect(this.map((w) => w.Page)); }
  get Page(): Page | null { return this.termPage; }
}

/** Hugo's `OrderedTaxonomyEntry`: one term of `.ByCount` / `.Alphabetical`. */
export class OrderedTaxonomyEntry {
  static readonly goTypeName = 'page.OrderedTaxonomyEntry';
  constructor(readonly Name: string, readonly WeightedPages: WeightedPages) {}
  get Count(): number { return this.WeightedPages.length; }
  get Term(): string { return this.Name; }
  get Pages(): Pages { return this.WeightedPages.Pages; }
  get Page(): Page | null { return this.WeightedPages.Page; }
}

export class OrderedTaxonomy extends Array<OrderedTaxonomyEntry> {
  static readonly goTypeName = 'page.OrderedTaxonomy';
  Reverse(): OrderedTaxonomy {
    const out = new OrderedTaxonomy();
    out.push(...[...this].reverse());
    return out;
  }
}

/**
 * Hugo's `Taxonomy`: term key → WeightedPages. A Map, so `range` visits keys
 * in sorted order as Go does; fields resolve to keys first, then methods.
 */
export class Taxonomy extends Map<string, WeightedPages> {
  static readonly goTypeName = 'page.Taxonomy';

  [lookupField](name: string): unknown {
    const entry = this.get(name);
    if (entry !== undefined) return entry;
    switch (name) {
      case 'ByCount': return () => this.ByCount();
      case 'Alphabetical': return () => this.Alphabetical();
      case 'Count': return () => this.size;
      default: return missing;
    }
  }

  private ordered(compare: (a: OrderedTaxonomyEntry, b: OrderedTaxonomyEntry) => number): OrderedTaxonomy {
    const out = new OrderedTaxonomy();
    for (const [key, pages] of this) out.push(new OrderedTaxonomyEntry(key, pages));
    return out.sort(compare);
  }

  /** Most pages first; ties by name (Hugo 0.111.3). */
  ByCount(): OrderedTaxonomy {
    return this.ordered((a, b) => b.Count - a.Count || compareText(a.Name, b.Name));
  }

  Alphabetical(): OrderedTaxonomy {
    return this.ordered((a, b) => compareText(a.Name, b.Name));
  }
}

/** What a taxonomy or term page knows about its taxonomy (`.Data.Singular`, `.Data.Plural`, `.Data.Term`). */
export interface TaxonomyFacts {
  singular: string;
  plural: string;
  /** The term as first written in front matter (term pages only). */
  term?: string;
  /** The term's key, urlized ("go-lang"; term pages only). */
  key?: string;
}

export interface TaxonomyInput {
  site: Site;
  /** Singular → plural, from the config. */
  taxonomies: Record<string, string>;
  /** Pages that may carry terms, regular pages and list pages with a file. */
  pages: readonly Page[];
  home: Page;
  /** `content/tags/_index.md` and `content/tags/go/_index.md`, by folder. */
  branchFiles: ReadonlyMap<string, ContentFile>;
  urlOptions: UrlOptions;
  /** `[permalinks]`, keys lower-cased. */
  permalinks: Record<string, string>;
  disabled: ReadonlySet<string>;
}

export interface AssembledTaxonomies {
  /** `.Site.Taxonomies`: plural → Taxonomy. */
  list: Map<string, Taxonomy>;
  /** Taxonomy list pages then term pages, only the kinds not disabled. */
  pages: Page[];
  /** page → plural → its term pages in front matter order, for `.GetTerms`. */
  termsByPage: Map<Page, Map<string, Page[]>>;
}

/** Which content folders belong to taxonomies rather than sections. */
export function isTaxonomyDir(dir: string, taxonomies: Record<string, string>): boolean {
  const first = dir.split('/')[0]!;
  return Object.values(taxonomies).some((plural) => plural === first);
}

export function assembleTaxonomies(input: TaxonomyInput): AssembledTaxonomies {
  const { site, urlOptions, disabled } = input;
  const list = new Map<string, Taxonomy>();
  const out: Page[] = [];
  const termsByPage = new Map<Page, Map<string, Page[]>>();
  // Hugo walks content in path order; the first spelling of a term names its page.
  const pages = [...input.pages].sort((a, b) => compareText(a.file?.path ?? '', b.file?.path ?? ''));

  for (const [singular, plural] of Object.entries(input.taxonomies)) {
    if (plural === '') continue;
    const taxonomy = new Taxonomy();
    const titles = new Map<string, string>();
    const members = new Map<string, WeightedPage[]>();
    // Without term pages Hugo 0.111.3 collects no terms at all: every taxonomy is empty.
    for (const page of disabled.has('term') ? [] : pages) {
      const raw = page.Params[plural];
      const terms = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.map(String) : [];
      if (terms.length === 0) continue;
      const weight = Number(page.Params[`${plural}_weight`] ?? 0) || 0;
      const seen = new Set<string>();
      for (const term of terms) {
        const key = urlizePath(term, urlOptions.disablePathToLower);
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        if (!titles.has(key)) titles.set(key, term);
        let entries = members.get(key);
        if (entries === undefined) members.set(key, (entries = []));
        entries.push(new WeightedPage(weight, page));
      }
    }

    const pluralSegment = urlizePath(plural, urlOptions.disablePathToLower);
    const taxonomyFile = input.branchFiles.get(plural) ?? null;
    const taxonomyPage = new Page(listInit(site, 'taxonomy', taxonomyFile, plural, titleWords(plural),
      taxonomyFile?.frontMatter.url !== undefined ? targetFromUrl(taxonomyFile.frontMatter.url) : targetFromSegments([pluralSegment], urlOptions)));
    taxonomyPage.taxonomy = { singular, plural };
    taxonomyPage.parent = input.home;

    for (const key of [...members.keys()].sort(compareText)) {
      const entries = members.get(key)!;
      entries.sort((a, b) => a.Weight - b.Weight || defaultCompare(a.Page, b.Page));
      const weightedPages = new WeightedPages();
      weightedPages.push(...entries);
      taxonomy.set(key, weightedPages);

      const termFile = input.branchFiles.get(`${plural}/${key}`) ?? null;
      const title = titles.get(key)!;
      const pattern = input.permalinks[plural.toLowerCase()];
      const termTarget = termFile?.frontMatter.url !== undefined
        ? targetFromUrl(termFile.frontMatter.url)
        // `[permalinks] tags = "/topics/:slug/"` moves term pages (Hugo 0.111.3), :slug and :title being the term.
        : pattern !== undefined
          ? expandPermalink(pattern, { date: termFile?.frontMatter.date ?? GoTime.zero(), title: termFile?.frontMatter.title ?? title, slug: termFile?.frontMatter.slug, filename: key, section: plural }, urlOptions)
          : targetFromSegments([pluralSegment, key], urlOptions);
      const termPage = new Page(listInit(site, 'term', termFile, plural, title, termTarget));
      termPage.taxonomy = { singular, plural, term: title, key };
      termPage.parent = taxonomyPage;
      termPage.children = entries.map((e) => e.Page);
      taxonomyPage.children.push(termPage);
      weightedPages.termPage = termPage;
      setListDate(termPage, termPage.children);
      for (const entry of entries) {
        let byTaxonomy = termsByPage.get(entry.Page);
        if (byTaxonomy === undefined) termsByPage.set(entry.Page, (byTaxonomy = new Map()));
        let termPages = byTaxonomy.get(plural);
        if (termPages === undefined) byTaxonomy.set(plural, (termPages = []));
        termPages.push(termPage);
      }
    }
    setListDate(taxonomyPage, taxonomyPage.children);
    list.set(plural, taxonomy);
    // "taxonomyTerm" is the pre-0.73 name of the taxonomy list kind; Hugo 0.111.3 still honours it.
    if (!disabled.has('taxonomy') && !disabled.has('taxonomyTerm')) out.push(taxonomyPage);
    if (!disabled.has('term')) out.push(...taxonomyPage.children);
  }

  // `.GetTerms` lists a page's terms in the order its front matter gives them.
  for (const [page, byTaxonomy] of termsByPage) {
    for (const [plural, termPages] of byTaxonomy) {
      const raw = page.Params[plural];
      const order = (typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.map(String) : [])
        .map((t) => urlizePath(t, urlOptions.disablePathToLower));
      termPages.sort((a, b) => order.indexOf(termKey(a)) - order.indexOf(termKey(b)));
    }
  }
  return { list, pages: out, termsByPage };
}

function termKey(page: Page): string {
  return page.taxonomy?.key ?? '';
}

/** A list page's date is its newest member's (Hugo); zero when it has none. */
function setListDate(page: Page, members: readonly Page[]): void {
  if (page.file?.frontMatter.date !== undefined) return;
  let newest = GoTime.zero();
  let lastmod = GoTime.zero();
  for (const member of members) {
    if (member.Date.After(newest)) newest = member.Date;
    if (member.Lastmod.After(lastmod)) lastmod = member.Lastmod;
  }
  page.setListDates(newest, lastmod);
}

function listInit(site: Site, kind: 'taxonomy' | 'term', file: ContentFile | null, plural: string, fallbackTitle: string, target: { path: string; file: string }): PageInit {
  return listPageInit(site, { kind, file, section: plural, target, fallbackTitle, defaultType: plural });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
