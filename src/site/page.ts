/**
 * Pages as templates see them: every field Hugo's `.` offers on a page, with
 * Hugo's names and types. Data is set once when the site is assembled; the
 * rendered content is computed on first use (like Hugo, lists may read
 * `.Summary` of pages rendered later), through the renderer the build sets.
 */

import { bundleResources, type PageResource, type ResourceList } from './resources.js';
import type { ContentFile } from '../content/index.js';
import { GoTime } from '../time/index.js';
import { NOP_PAGE, type NopPage } from './nop-page.js';
import type { Site } from './site.js';
import { Pages } from './pages.js';
import { caseInsensitiveParams, paramLookup } from './params.js';
import type { TaxonomyFacts } from './taxonomies.js';
import { hasMenuCurrent, isMenuCurrent, type MenuEntry } from './menus.js';
import { PaginationState, defaultPaginationPages, pagesArgument, type Pager } from './pagination.js';

export type PageKind = 'home' | 'section' | 'page' | '404' | 'taxonomy' | 'term';

/** What a page's Markdown (or HTML) body renders to. */
export interface RenderedContent {
  content: string;
  toc: string;
  summary: string;
  truncated: boolean;
  plain: string;
  wordCount: number;
  fuzzyWordCount: number;
  readingTime: number;
}

/** Hugo's `.File`: facts about the content file behind a page. */
export class PageFile {
  static readonly goTypeName = 'source.File';
  /** `content` is null for pages without a file (a section without _index.md): every field is "", as Hugo's zero File. */
  constructor(private readonly content: ContentFile | ZeroContent) {}
  /** A zero File is false in `with`, so `{{ with .File }}` guards it as in Hugo. */
  IsZero(): boolean { return this.content === ZERO_CONTENT; }
  /** Relative to content/, with the OS separator (Hugo: "posts/first.md"). */
  get Path(): string { return this.content.path; }
  get Filename(): string { return this.content.absPath; }
  get Dir(): string {
    const slash = this.content.path.lastIndexOf('/');
    return slash < 0 ? '' : this.content.path.slice(0, slash + 1);
  }
  get LogicalName(): string { return this.content.path.slice(this.content.path.lastIndexOf('/') + 1); }
  get Ext(): string {
    const name = this.LogicalName;
    const dot = name.lastIndexOf('.');
    return dot < 0 ? '' : name.slice(dot + 1);
  }
  get BaseFileName(): string {
    const name = this.LogicalName;
    const dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.slice(0, dot);
  }
  get TranslationBaseName(): string { return this.BaseFileName; }
  /** The bundle folder's name for index.md, else the file's base name. */
  get ContentBaseName(): string {
    if (this.content.bundle !== null) {
      const parts = this.Dir.split('/').filter(Boolean);
      return parts[parts.length - 1] ?? this.BaseFileName;
    }
    return this.BaseFileName;
  }
  get Section(): string { return this.content.path.includes('/') ? this.content.path.split('/')[0]! : ''; }
  get Lang(): string { return ''; }
  get UniqueID(): string { return this.content.path; }
  String(): string { return this.content.path; }
}

type ZeroContent = Pick<ContentFile, 'path' | 'absPath' | 'bundle'>;
const ZERO_CONTENT: ZeroContent = { path: '', absPath: '', bundle: null };

export interface PageInit {
  kind: PageKind;
  site: Site;
  file: ContentFile | null;
  title: string;
  section: string;
  type: string;
  layout: string;
  /** URL path below the base path, e.g. "/privacy/". */
  path: string;
  /** Output file, e.g. "privacy/index.html". */
  outputFile: string;
  date: GoTime;
  lastmod: GoTime;
  publishDate: GoTime;
  expiryDate: GoTime;
  weight: number;
  draft: boolean;
  params: Record<string, unknown>;
  aliases: string[];
  description: string;
  keywords: string[];
  linkTitle: string;
  slug: string;
  summaryOverride: string | undefined;
}

export class Page {
  static readonly goTypeName = 'page.Page';
  readonly kind: PageKind;
  readonly site: Site;
  file: ContentFile | null;
  readonly path: string;
  readonly outputFile: string;
  /** Set by the site: child pages and sections (home and sections only). */
  children: Page[] = [];
  parent: Page | null = null;
  /** Set on taxonomy and term pages (taxonomies.ts). */
  taxonomy: TaxonomyFacts | null = null;
  private init: PageInit;
  private rendered: RenderedContent | undefined;
  private paramsView: Record<string, unknown>;

  constructor(init: PageInit) {
    this.init = init;
    this.kind = init.kind;
    this.site = init.site;
    this.file = init.file;
    this.path = init.path;
    this.outputFile = init.outputFile;
    this.paramsView = caseInsensitiveParams(init.params);
  }

  /** The rendered body, computed once on first use. */
  renderedContent(): RenderedContent {
    Page.contentReads?.(this);
    this.rendered ??= this.site.renderContent(this);
    return this.rendered;
  }

  /**
   * Set by the dev server while it renders, to learn which pages' bodies
   * each output reads (a list showing summaries reads its children's), so an
   * edit re-renders exactly the outputs that show it.
   */
  static contentReads: ((page: Page) => void) | undefined;

  /** Lists without a date of their own take their newest child's date and lastmod. */
  setListDates(date: GoTime, lastmod: GoTime = date): void {
    this.init = { ...this.init, date, lastmod, publishDate: date };
  }

  /**
   * The dev server's fast path: the same file with a new body and identical
   * front matter, so nothing but the rendered body changes.
   */
  replaceBody(file: ContentFile): void {
    this.file = file;
    this.rendered = undefined;
  }

  /** Forget the rendered body (the dev server, after an edit). */
  resetContent(): void {
    this.rendered = undefined;
  }

  get Kind(): string { return this.kind; }
  get Title(): string { return this.init.title; }
  get LinkTitle(): string { return this.init.linkTitle || this.init.title; }
  get Section(): string { return this.init.section; }
  get Type(): string { return this.init.type; }
  get Layout(): string { return this.init.layout; }
  get Date(): GoTime { return this.init.date; }
  get Lastmod(): GoTime { return this.init.lastmod; }
  get PublishDate(): GoTime { return this.init.publishDate; }
  get ExpiryDate(): GoTime { return this.init.expiryDate; }
  get Weight(): number { return this.init.weight; }
  get Draft(): boolean { return this.init.draft; }
  get Params(): Record<string, unknown> { return this.paramsView; }
  get Aliases(): string[] { return this.init.aliases; }
  get Description(): string { return this.init.description; }
  get Keywords(): string[] { return this.init.keywords; }
  get Slug(): string { return this.init.slug; }
  /** Hugo 0.111.3's `.Name` on a page is its title (not the link title). */
  get Name(): string { return this.init.title; }
  /**
   * `.Next` / `.Prev`: the neighbours among the site's regular pages in
   * Hugo's default order, where "next" is the one listed before (newer).
   */
  get Next(): Page | null { return this.kind === 'page' ? this.site.neighbour(this, null, -1) : null; }
  get Prev(): Page | null { return this.kind === 'page' ? this.site.neighbour(this, null, 1) : null; }
  /** The same, among the regular pages of this page's own section. */
  get NextInSection(): Page | null { return this.kind === 'page' && this.parent !== null ? this.site.neighbour(this, this.parent, -1) : null; }
  get PrevInSection(): Page | null { return this.kind === 'page' && this.parent !== null ? this.site.neighbour(this, this.parent, 1) : null; }
  get IsHome(): boolean { return this.kind === 'home'; }
  get IsPage(): boolean { return this.kind === 'page'; }
  get IsSection(): boolean { return this.kind === 'section'; }
  get IsNode(): boolean { return this.kind !== 'page' && this.kind !== '404'; }
  get IsTranslated(): boolean { return false; }
  /** Hugo 0.111.3 gives a page of a one-language site no translations: AllTranslations is empty too. */
  get AllTranslations(): Pages { return Pages.collect([]); }
  get Translations(): Pages { return Pages.collect([]); }
  get Lang(): string { return this.site.Language.Lang; }
  get Language(): unknown { return this.site.Language; }
  get Site(): Site { return this.site; }
  get Sitemap(): { ChangeFreq: string; Priority: number; Filename: string } {
    return { ChangeFreq: '', Priority: -1, Filename: 'sitemap.xml' };
  }
  get File(): PageFile { return new PageFile(this.file ?? ZERO_CONTENT); }
  get RawContent(): string { return this.file?.body ?? ''; }
  get Permalink(): string { return this.path === '' ? '' : this.site.permalinkOf(this.path); }
  get RelPermalink(): string { return this.path === '' ? '' : this.site.relPermalinkOf(this.path); }

  get Content(): unknown { return this.site.safeHTML(this.renderedContent().content); }
  get TableOfContents(): unknown { return this.site.safeHTML(this.renderedContent().toc); }
  get Summary(): unknown {
    if (this.init.summaryOverride !== undefined) return this.site.safeHTML(this.site.markdownify(this.init.summaryOverride));
    return this.site.safeHTML(this.renderedContent().summary);
  }
  /** A front matter `summary` is never "truncated" (Hugo 0.111.3). */
  get Truncated(): boolean { return this.init.summaryOverride === undefined && this.renderedContent().truncated; }
  get Plain(): string { return this.renderedContent().plain; }
  get PlainWords(): string[] { return this.Plain.split(/\s+/).filter(Boolean); }
  get WordCount(): number { return this.renderedContent().wordCount; }
  get FuzzyWordCount(): number { return this.renderedContent().fuzzyWordCount; }
  get ReadingTime(): number { return this.renderedContent().readingTime; }
  get Len(): number { return this.renderedContent().content.length; }

  /** Regular pages and sections below a list page, in Hugo's default order. */
  get Pages(): Pages {
    if (this.kind === 'page' || this.kind === '404') return new Pages();
    // A term's pages keep their taxonomy order: `tags_weight`, then Hugo's default.
    if (this.kind === 'term') return Pages.collect(this.children);
    if (this.kind === 'taxonomy') return this.taxonomyList(this.sortedChildren());
    return Pages.collect(this.sortedChildren());
  }
  /**
   * The children in default order, sorted once (sidebars read a section's
   * `.Pages` on every page); the tree is complete before rendering starts,
   * and the count guards against a read while it is still being assembled.
   */
  private sortedCache: { count: number; pages: Pages } | undefined;
  private sortedChildren(): Pages {
    if (this.sortedCache?.count !== this.children.length) {
      this.sortedCache = { count: this.children.length, pages: Pages.sorted(this.children) };
    }
    return this.sortedCache.pages;
  }
  /**
   * Hugo 0.111.3 caches one list for a taxonomy page's `.Pages` and
   * `.Sections`, filled by whichever is read first: `.Sections` first (as
   * hugo-paper's list layout does) leaves both empty, feeds included.
   */
  private taxonomyCache: Pages | null = null;
  private taxonomyList(fill: Pages): Pages {
    this.taxonomyCache ??= fill;
    return Pages.collect(this.taxonomyCache);
  }
  get RegularPages(): Pages {
    if (this.kind === 'page' || this.kind === '404') return new Pages();
    return Pages.collect(this.sortedChildren().filter((p) => p.kind === 'page'));
  }
  get RegularPagesRecursive(): Pages {
    const out: Page[] = [];
    const walk = (page: Page) => {
      for (const child of page.children) {
        if (child.kind === 'page') out.push(child);
        else walk(child);
      }
    };
    walk(this);
    return Pages.sorted(out);
  }
  get Sections(): Pages {
    if (this.kind === 'taxonomy') return this.taxonomyList(new Pages());
    if (this.kind === 'term') return new Pages();
    return Pages.collect(this.sortedChildren().filter((p) => p.kind === 'section'));
  }
  /** `.Data`: `.Pages`, plus on taxonomy pages `.Terms`, `.Singular`, `.Plural` and on term pages `.Term`. */
  get Data(): Record<string, unknown> {
    const t = this.taxonomy;
    if (t === null) return { Pages: this.Pages };
    if (this.kind === 'term') return { Pages: this.Pages, Singular: t.singular, Plural: t.plural, Term: t.term };
    return { Pages: this.Pages, Singular: t.singular, Plural: t.plural, Terms: this.site.Taxonomies.get(t.plural) };
  }
  /** `.GetTerms "tags"`: this page's term pages, in front matter order. */
  GetTerms(taxonomy: unknown): Pages { return Pages.collect(this.site.termsOf(this, String(taxonomy))); }
  get Parent(): Page | null { return this.parent; }
  get CurrentSection(): Page {
    return this.kind === 'section' || this.kind === 'home' ? this : (this.parent ?? this.site.Home);
  }
  get FirstSection(): Page {
    // Taxonomy and term pages have no section of their own (Hugo 0.111.3 gives home).
    if (this.kind === 'taxonomy' || this.kind === 'term') return this.site.Home;
    let page: Page = this.CurrentSection;
    while (page.parent !== null && page.parent.kind !== 'home') page = page.parent;
    return page;
  }
  get Ancestors(): Pages {
    const out: Page[] = [];
    for (let p = this.parent; p !== null; p = p.parent) out.push(p);
    return Pages.collect(out);
  }
  InSection(other: unknown): boolean {
    return other instanceof Page && other.CurrentSection === this.CurrentSection;
  }
  IsAncestor(other: unknown): boolean {
    if (!(other instanceof Page)) return false;
    for (let p = other.parent; p !== null; p = p.parent) if (p === this) return true;
    return false;
  }
  IsDescendant(other: unknown): boolean {
    return other instanceof Page && other.IsAncestor(this);
  }
  Eq(other: unknown): boolean { return other === this; }

  /** `.Param "key"`: the page's param, else the site's; dotted keys reach into maps. */
  Param(key: unknown): unknown {
    const name = String(key);
    const own = paramLookup(this.init.params, name);
    return own !== undefined ? own : paramLookup(this.site.params, name);
  }

  /** `.IsMenuCurrent "main" $entry`: the entry points at this page (menus.ts). */
  IsMenuCurrent(menu: unknown, entry: unknown): boolean {
    return isMenuCurrent(this.site, this, String(menu), entry as MenuEntry);
  }
  /** `.HasMenuCurrent "main" $entry`: this page is below the entry (menus.ts). */
  HasMenuCurrent(_menu: unknown, entry: unknown): boolean {
    return hasMenuCurrent(this, entry as MenuEntry);
  }

  /** Set while the page is rendered once `.Paginator` or `.Paginate` is used (pagination.ts). */
  pagination: PaginationState | null = null;
  /** `.Paginator`: the current pager over the page's default list. */
  get Paginator(): Pager {
    this.pagination ??= new PaginationState(this);
    return this.pagination.pager(() => defaultPaginationPages(this), this.site.config.paginate);
  }
  /** `.Paginate .Pages 5`: the current pager over a list of the template's choosing. */
  Paginate(pages: unknown, size?: unknown): Pager {
    this.pagination ??= new PaginationState(this);
    return this.pagination.pager(() => pagesArgument(pages), size === undefined ? this.site.config.paginate : Number(size));
  }

  get Scratch(): unknown { return this.site.scratchFor(this); }
  get Store(): unknown { return this.site.scratchFor(this); }

  /** Hugo's `.GetPage` relative to this page. */
  GetPage(...refs: unknown[]): Page | NopPage { return this.site.pageIndex().get(refs, this) ?? NOP_PAGE; }

  /** A bundle's files (site/resources.ts). */
  get Resources(): ResourceList<PageResource> { return (this.bundle ??= bundleResources(this)); }
  private bundle: ResourceList<PageResource> | undefined;

  get OutputFormats(): unknown { return this.site.outputFormatsOf(this); }
  /** The page's other formats (RSS for lists), as Hugo lists them for `<link rel="alternate">`. */
  get AlternativeOutputFormats(): unknown { return this.site.outputFormatsOf(this).filter((f) => f.Name !== 'HTML'); }

  /**
   * `.RenderString "**md**"` (also piped: `"md" | .RenderString`): Markdown
   * rendered inline as markdownify does. An options map may come first;
   * `display: "block"` output is not distinguished yet.
   */
  RenderString(...args: unknown[]): unknown {
    const text = args.length === 0 ? '' : String(args[args.length - 1] ?? '');
    return this.site.safeHTML(this.site.markdownify(text));
  }

  /** `.Page` is the page itself (Hugo pages embed a Page provider). */
  get Page(): Page { return this; }
  /** `.Render "summary"`: the page through a content view layout (render/site.ts supplies the renderer). */
  Render(layout: unknown): unknown { return this.site.renderView(this, String(layout)); }

  String(): string { return `Page(${this.file?.path ?? this.path})`; }
}
