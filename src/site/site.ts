/**
 * The site model: `.Site` as templates see it, plus the page tree. Built by
 * `assembleSite` (assemble.ts) from config and content; pure, no I/O.
 */

import type { SiteConfig } from '../config/index.js';
import { siteLanguage, type SiteLanguage } from '../config/language.js';
import { templateSiteConfig, type TemplateSiteConfig } from '../config/services.js';
import type { GoTime } from '../time/index.js';
import type { Page, RenderedContent } from './page.js';
import { Pages } from './pages.js';
import { caseInsensitiveParams } from './params.js';
import { HTML_TYPE, OutputFormat, OutputFormats, RSS_TYPE } from './output-formats.js';
import { joinBase } from './urls.js';
import type { Taxonomy } from './taxonomies.js';
import { assembleMenus, type Menu } from './menus.js';
import { PageIndex } from './getpage.js';
import { NOP_PAGE, type NopPage } from './nop-page.js';

/** What the later stages plug in: the site needs rendering but must not import it. */
export interface SiteHooks {
  renderContent(page: Page): RenderedContent;
  /** Wraps HTML the templates must not escape (the engine's SafeHTML). */
  safeHTML(html: string): unknown;
  /** Renders inline Markdown (front matter `summary`). */
  markdownify(text: string): string;
}

export class Language {
  static readonly goTypeName = 'langs.Language';
  // Hugo 0.111's langs.Language has no LanguageCode field; `.Site.LanguageCode` reads it from here.
  constructor(private readonly settings: SiteLanguage, private readonly params: Record<string, unknown> = {}) {}
  /** The site's params (a one-language site has no language-specific ones). */
  get Params(): Record<string, unknown> { return this.params; }
  get Lang(): string { return this.settings.Lang; }
  get LanguageName(): string { return this.settings.LanguageName; }
  get Weight(): number { return this.settings.Weight; }
  get LanguageDirection(): string { return this.settings.LanguageDirection; }
  get code(): string { return this.settings.LanguageCode; }
  String(): string { return this.Lang; }
}

export class Site {
  static readonly goTypeName = 'page.Site';
  readonly config: SiteConfig;
  params: Record<string, unknown>;
  readonly Language: Language;
  /** Every page, home and sections included, in Hugo's default order. */
  allPages: Page[] = [];
  home!: Page;
  notFound: Page | null = null;
  readonly data: Record<string, unknown>;
  private readonly hooks: SiteHooks;
  private readonly permalinkBase: string;
  private readonly relBase: string;
  private scratches = new WeakMap<Page, unknown>();
  private byPath: PageIndex | undefined;
  scratchFactory: () => unknown = () => new Map();
  /** Renders a content view (`.Render "summary"`); the render stage plugs it in. */
  viewRenderer: ((page: Page, layout: string) => string) | null = null;
  private templateConfig: TemplateSiteConfig | undefined;
  /** Set by assembleSite from taxonomies.ts. */
  taxonomyList = new Map<string, Taxonomy>();
  termsByPage = new Map<Page, Map<string, Page[]>>();
  private menuList: Map<string, Menu> | undefined;
  /** Headless bundles: found by .GetPage, never rendered or listed. */
  headlessPages: Page[] = [];
  private orders = new Map<Page | null, { list: readonly Page[]; index: Map<Page, number> }>();

  constructor(config: SiteConfig, data: Record<string, unknown>, hooks: SiteHooks, readonly now: GoTime) {
    this.config = config;
    this.params = caseInsensitiveParams(config.params);
    this.data = data;
    this.hooks = hooks;
    this.Language = new Language(siteLanguage(config.raw), this.params);
    this.permalinkBase = permalinkBase(config.baseURL);
    this.relBase = relBase(config.baseURL);
  }

  /**
   * Hugo 0.111.3 fills `.Site.Params.mainSections`, when the config does not,
   * with the first-level section holding the most regular pages (nested ones
   * count; a tie goes to the first by name); without sections it stays nil.
   */
  defaultMainSections(pages: readonly Page[]): void {
    if (Object.hasOwn(this.params, 'mainsections')) return;
    const counts = new Map<string, number>();
    for (const page of pages) {
      if (page.kind === 'page' && page.Section !== '') counts.set(page.Section, (counts.get(page.Section) ?? 0) + 1);
    }
    let best = '';
    for (const [section, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (count > (counts.get(best) ?? 0)) best = section;
    }
    if (best === '') return;
    this.params = caseInsensitiveParams({ ...this.params, mainsections: [best] });
  }

  renderView(page: Page, layout: string): unknown {
    if (this.viewRenderer === null) throw new Error('.Render is only available while pages are rendered');
    return this.hooks.safeHTML(this.viewRenderer(page, layout));
  }

  renderContent(page: Page): RenderedContent { return this.hooks.renderContent(page); }
  safeHTML(html: string): unknown { return this.hooks.safeHTML(html); }
  markdownify(text: string): string { return this.hooks.markdownify(text); }

  /** `/privacy/` → `https://example.org/docs/privacy/` */
  permalinkOf(path: string): string { return this.permalinkBase + path.replace(/^\//, ''); }
  /** `/privacy/` → `/docs/privacy/` */
  relPermalinkOf(path: string): string { return joinBase(this.relBase, path); }

  get Title(): string { return this.config.title; }
  get BaseURL(): string { return this.config.baseURL; }
  get Params(): Record<string, unknown> { return this.params; }
  get LanguageCode(): string { return this.Language.code; }
  get Copyright(): string { return this.config.copyright; }
  get Data(): Record<string, unknown> { return this.data; }
  get Home(): Page { return this.home; }
  // Sorted once per page set (themes read .Site.RegularPages on every page); each read gets its own copy.
  get Pages(): Pages { return Pages.collect(this.sortedLists().pages); }
  get RegularPages(): Pages { return Pages.collect(this.sortedLists().regular); }
  private sorted: { for: Page[]; pages: Pages; regular: Pages } | undefined;
  private sortedLists(): { pages: Pages; regular: Pages } {
    if (this.sorted?.for !== this.allPages) {
      const pages = Pages.sorted(this.allPages);
      this.sorted = { for: this.allPages, pages, regular: Pages.collect(pages.filter((p) => p.kind === 'page')) };
    }
    return this.sorted;
  }
  get AllPages(): Pages { return this.Pages; }
  get Sections(): Pages { return this.home.Sections; }
  get IsServer(): boolean { return false; }
  get IsMultiLingual(): boolean { return false; }
  get Languages(): Language[] { return [this.Language]; }
  /** Hugo reads `author` and `social` as maps (GetStringMap): any other value gives an empty map. */
  get Author(): Record<string, unknown> { return this.configMap('author'); }
  get Social(): Record<string, unknown> { return this.configMap('social'); }
  private configMap(key: string): Record<string, unknown> {
    const entry = Object.entries(this.config.raw).find(([k]) => k.toLowerCase() === key);
    const value = entry?.[1];
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? caseInsensitiveParams(value as Record<string, unknown>) : {};
  }
  /** `.Site.Taxonomies`: plural → term → weighted pages (taxonomies.ts). */
  get Taxonomies(): Map<string, Taxonomy> { return this.taxonomyList; }
  /** `.Site.Menus`: menu name → sorted, nested entries; built on first use, once. */
  get Menus(): Map<string, Menu> {
    this.menuList ??= assembleMenus(this, this.config.menus, this.allPages);
    return this.menuList;
  }
  /** `.Site.Config`: Services and Privacy with Go's field names (config/services.ts). */
  get Config(): TemplateSiteConfig { return (this.templateConfig ??= templateSiteConfig(this.config.raw)); }
  /** Hugo 0.111 still has these shortcuts to `.Site.Config.Services` (themes such as ink read them). */
  get DisqusShortname(): string { return this.Config.Services.Disqus.Shortname; }
  get GoogleAnalytics(): string { return this.Config.Services.GoogleAnalytics.ID; }
  /** A one-language site has no language prefix in its URLs. */
  get LanguagePrefix(): string { return ''; }

  /** The newest date of any page (Hugo 0.111 has no `.Site.Lastmod`). */
  get LastChange(): GoTime {
    let newest = this.home.Date;
    for (const page of this.allPages) if (page.Lastmod.After(newest)) newest = page.Lastmod;
    return newest;
  }

  /** `.Site.GetPage "/posts/first"`: Hugo's lookup rules (getpage.ts), indexed once; Hugo's empty page when none matches. */
  GetPage(...refs: unknown[]): Page | NopPage {
    return this.pageIndex().get(refs, null) ?? NOP_PAGE;
  }

  /** The lookup index behind `.GetPage`, built on first use. */
  pageIndex(): PageIndex {
    this.byPath ??= new PageIndex([...this.allPages, ...this.headlessPages]);
    return this.byPath;
  }

  /**
   * The page `step` places from `page` among the site's regular pages
   * (`within` null) or a section's, in default order. Each order is sorted
   * once and indexed, so `.Next` stays cheap on large sites.
   */
  neighbour(page: Page, within: Page | null, step: number): Page | null {
    let order = this.orders.get(within);
    if (order === undefined) {
      const list = within === null ? this.RegularPages : within.RegularPages;
      order = { list, index: new Map(list.map((p, i) => [p, i])) };
      this.orders.set(within, order);
    }
    const i = order.index.get(page);
    return i === undefined ? null : (order.list[i + step] ?? null);
  }

  /** A page's term pages in one taxonomy, in front matter order. */
  termsOf(page: Page, plural: string): Page[] {
    return this.termsByPage.get(page)?.get(plural.toLowerCase()) ?? [];
  }

  scratchFor(page: Page): unknown {
    let scratch = this.scratches.get(page);
    if (scratch === undefined) {
      scratch = this.scratchFactory();
      this.scratches.set(page, scratch);
    }
    return scratch;
  }

  /** The formats a page is rendered to: HTML, plus RSS for lists unless disabled. */
  outputFormatsOf(page: Page): OutputFormats {
    const formats = new OutputFormats();
    const names = this.config.outputs[page.kind] ?? (page.kind === 'page' ? ['html'] : []);
    for (const name of names) {
      if (name === 'html') formats.push(new OutputFormat('HTML', 'canonical', HTML_TYPE, page.Permalink, page.RelPermalink));
      else if (name === 'rss' && !this.config.disableKinds.has('RSS')) {
        const path = rssPath(page.path);
        formats.push(new OutputFormat('RSS', 'alternate', RSS_TYPE, this.permalinkOf(path), this.relPermalinkOf(path)));
      }
    }
    return formats;
  }
}

/** Where a list page's feed lives: "/posts/" and "/posts.html" both → "/posts/index.xml". */
export function rssPath(pagePath: string): string {
  if (pagePath.endsWith('/')) return `${pagePath}index.xml`;
  return `${pagePath.replace(/\.html$/, '')}/index.xml`;
}

function permalinkBase(baseURL: string): string {
  if (baseURL === '') return '/';
  return baseURL.endsWith('/') ? baseURL : `${baseURL}/`;
}

function relBase(baseURL: string): string {
  try {
    const path = new URL(baseURL).pathname;
    return path.endsWith('/') ? path : `${path}/`;
  } catch {
    return baseURL.startsWith('/') ? (baseURL.endsWith('/') ? baseURL : `${baseURL}/`) : '/';
  }
}
