/**
 * What the user wrote → SiteConfig, with every default filled in here, once.
 * Hugo reads configuration keys case-insensitively (`baseurl` is `baseURL`),
 * so every lookup below goes through lower-cased keys; `raw` keeps the
 * spelling of the file.
 */

import { VellumError } from '../errors/index.js';

export interface ConfigOverrides {
  /** `-b, --baseURL` */
  baseURL?: string;
  /** `-D, --buildDrafts` */
  buildDrafts?: boolean;
  /** `-F, --buildFuture` */
  buildFuture?: boolean;
  /** `-E, --buildExpired` */
  buildExpired?: boolean;
  /** `-d, --destination` */
  publishDir?: string;
}

export interface GoldmarkConfig {
  renderer: { unsafe: boolean; hardWraps: boolean; xhtml: boolean };
  extensions: {
    typographer: boolean;
    linkify: boolean;
    strikethrough: boolean;
    table: boolean;
    taskList: boolean;
    definitionList: boolean;
    footnote: boolean;
  };
  parser: { autoHeadingID: boolean; autoHeadingIDType: string; attribute: { title: boolean; block: boolean } };
}

/** `markup.highlight`, with Hugo's legacy `pygments*` keys as fallbacks. */
export interface HighlightConfig {
  codeFences: boolean;
  style: string;
  noClasses: boolean;
  lineNos: boolean;
  /** Line numbers in a table's first column (Hugo's default) rather than before each line. */
  lineNumbersInTable: boolean;
  lineNoStart: number;
  tabWidth: number;
  guessSyntax: boolean;
}

export interface SiteConfig {
  /** Absolute path of the site root. */
  sourceDir: string;
  /** The config file read, relative to sourceDir; null when the site has none. */
  configFile: string | null;
  /** As written (Hugo does not add a trailing slash to .Site.BaseURL). */
  baseURL: string;
  title: string;
  languageCode: string;
  copyright: string;
  /** `.Site.Params`: keys lower-cased at every map level, as Hugo does (maps inside lists keep theirs). */
  params: Record<string, unknown>;
  uglyURLs: boolean;
  disablePathToLower: boolean;
  /** Kinds as Hugo spells them, matched case-sensitively: "home", "section", "page", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404". */
  disableKinds: Set<string>;
  enableRobotsTXT: boolean;
  /**
   * vellum only (off by default, so alias pages stay byte-identical to Hugo's):
   * alias redirects carry the visitor's #fragment to the new page with a one-line script.
   */
  keepAliasFragments: boolean;
  /** Section (lower-cased) → pattern such as "/:year/:month/:title/". */
  permalinks: Record<string, string>;
  summaryLength: number;
  /** IANA zone for dates written without an offset; "" means UTC. */
  timeZone: string;
  markup: {
    goldmark: GoldmarkConfig;
    tableOfContents: { startLevel: number; endLevel: number; ordered: boolean };
    highlight: HighlightConfig;
  };
  /** Page kind → output format names, lower-cased ("html", "rss"). */
  outputs: Record<string, string[]>;
  /** Taxonomy singular → plural, default { category: "categories", tag: "tags" }. */
  taxonomies: Record<string, string>;
  paginate: number;
  paginatePath: string;
  /** `menus` (Hugo also accepts `menu`), lower-cased keys, otherwise as written. */
  menus: Record<string, unknown>;
  buildDrafts: boolean;
  buildFuture: boolean;
  buildExpired: boolean;
  /** Folder names relative to sourceDir, as configured. */
  contentDir: string;
  layoutDir: string;
  staticDir: string;
  dataDir: string;
  /** Hugo Pipes' folder (`assetDir`). */
  assetDir: string;
  publishDir: string;
  /** `theme`, as a list: earlier themes win over later ones (the project wins over all). */
  themes: string[];
  /** Each theme's folder relative to sourceDir (`<themesDir>/<name>`), in `themes` order. */
  themeDirs: string[];
  /** Every key as written, unknown ones included. */
  raw: Record<string, unknown>;
}

// Hugo 0.111's default output formats per page kind.
const DEFAULT_OUTPUTS: Record<string, string[]> = {
  home: ['html', 'rss'],
  section: ['html', 'rss'],
  taxonomy: ['html', 'rss'],
  term: ['html', 'rss'],
  page: ['html'],
};

/** Lower-cases map keys at every level, leaving maps inside lists alone, as Hugo's maps.Params. */
export function lowerCaseKeys(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(out, key.toLowerCase(), {
      value: isMap(item) ? lowerCaseKeys(item) : item,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

export function isMap(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Reads typed values out of a lower-cased config map, naming the key when the type is wrong. */
class Reader {
  constructor(
    private readonly map: Record<string, unknown>,
    private readonly prefix: string,
    private readonly file: string | undefined,
  ) {}

  private wrongType(key: string, expected: string, value: unknown): never {
    const found = Array.isArray(value) ? 'a list' : isMap(value) ? 'a table' : `${typeof value} ${JSON.stringify(value)}`;
    throw new VellumError({
      code: 'config',
      file: this.file,
      message: `${this.prefix}${key}: expected ${expected}, found ${found}`,
    });
  }

  has(key: string): boolean {
    return this.map[key.toLowerCase()] !== undefined;
  }

  string(key: string, fallback: string): string {
    const value = this.map[key.toLowerCase()];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string') return value;
    return this.wrongType(key, 'a string', value);
  }

  bool(key: string, fallback: boolean): boolean {
    const value = this.map[key.toLowerCase()];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    return this.wrongType(key, 'true or false', value);
  }

  int(key: string, fallback: number): number {
    const value = this.map[key.toLowerCase()];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    return this.wrongType(key, 'a whole number', value);
  }

  strings(key: string, fallback: string[]): string[] {
    const value = this.map[key.toLowerCase()];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string') return [value];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
    return this.wrongType(key, 'a list of strings', value);
  }

  map_(key: string): Reader {
    const value = this.map[key.toLowerCase()];
    if (value === undefined || value === null) return new Reader({}, `${this.prefix}${key}.`, this.file);
    if (isMap(value)) return new Reader(value, `${this.prefix}${key}.`, this.file);
    return this.wrongType(key, 'a table', value);
  }

  entries(): [string, unknown][] {
    return Object.entries(this.map);
  }
}

export interface ResolveOptions {
  /** Absolute site root; defaults to the current directory. */
  sourceDir?: string;
  /** The config file `input` came from, relative to sourceDir (for messages). */
  configFile?: string | null;
  overrides?: ConfigOverrides;
}

/** Pure: the user's config map (as parsed) → SiteConfig with Hugo 0.111.3's defaults. */
export function resolveConfig(input: Record<string, unknown>, options: ResolveOptions = {}): SiteConfig {
  const file = options.configFile ?? undefined;
  const overrides = options.overrides ?? {};
  const lower = lowerCaseKeys(input);
  const top = new Reader(lower, '', file);
  const markup = top.map_('markup');
  const goldmark = markup.map_('goldmark');
  const renderer = goldmark.map_('renderer');
  const extensions = goldmark.map_('extensions');
  const parser = goldmark.map_('parser');
  const toc = markup.map_('tableOfContents');
  const highlight = markup.map_('highlight');

  const timeZone = top.string('timeZone', '');
  if (timeZone !== '' && !isKnownTimeZone(timeZone)) {
    throw new VellumError({
      code: 'config',
      file,
      message: `timeZone: unknown time zone "${timeZone}"; use an IANA name such as "Europe/Oslo" or "America/New_York"`,
    });
  }

  const outputs: Record<string, string[]> = { ...DEFAULT_OUTPUTS };
  for (const [kind, formats] of top.map_('outputs').entries()) {
    outputs[kind] = new Reader({ [kind]: formats }, 'outputs.', file).strings(kind, []).map((f) => f.toLowerCase());
  }

  const permalinks: Record<string, string> = {};
  for (const [section, pattern] of top.map_('permalinks').entries()) {
    permalinks[section] = new Reader({ [section]: pattern }, 'permalinks.', file).string(section, '');
  }

  const taxonomies: Record<string, string> = top.has('taxonomies') ? {} : { category: 'categories', tag: 'tags' };
  for (const [singular, plural] of top.map_('taxonomies').entries()) {
    taxonomies[singular] = new Reader({ [singular]: plural }, 'taxonomies.', file).string(singular, '');
  }

  const menusKey = top.has('menus') ? 'menus' : 'menu';
  // Hugo 0.111 accepts `theme = "x"` and `theme = ["a", "b"]`; the folder is `<themesDir>/<name>`.
  const themes = top.strings('theme', []).filter((name) => name !== '');
  const themesDir = top.string('themesDir', 'themes');

  return {
    sourceDir: options.sourceDir ?? process.cwd(),
    configFile: options.configFile ?? null,
    baseURL: overrides.baseURL ?? top.string('baseURL', ''),
    title: top.string('title', ''),
    languageCode: top.string('languageCode', ''),
    copyright: top.string('copyright', ''),
    params: Object.fromEntries(top.map_('params').entries()),
    uglyURLs: top.bool('uglyURLs', false),
    disablePathToLower: top.bool('disablePathToLower', false),
    // Kept as written: Hugo 0.111.3 matches kinds case-sensitively ("RSS" disables feeds, "rss" nothing).
    disableKinds: new Set(top.strings('disableKinds', [])),
    enableRobotsTXT: top.bool('enableRobotsTXT', false),
    keepAliasFragments: top.bool('keepAliasFragments', false),
    permalinks,
    summaryLength: top.int('summaryLength', 70),
    timeZone,
    markup: {
      highlight: {
        codeFences: highlight.bool('codeFences', top.bool('pygmentsCodeFences', true)),
        style: highlight.string('style', top.string('pygmentsStyle', 'monokai')),
        noClasses: highlight.bool('noClasses', !top.bool('pygmentsUseClasses', false)),
        lineNos: highlight.bool('lineNos', false),
        lineNumbersInTable: highlight.bool('lineNumbersInTable', true),
        lineNoStart: highlight.int('lineNoStart', 1),
        tabWidth: highlight.int('tabWidth', 4),
        guessSyntax: highlight.bool('guessSyntax', top.bool('pygmentsCodeFencesGuessSyntax', false)),
      },
      goldmark: {
        renderer: {
          unsafe: renderer.bool('unsafe', false),
          hardWraps: renderer.bool('hardWraps', false),
          xhtml: renderer.bool('xhtml', false),
        },
        extensions: {
          typographer: extensions.bool('typographer', true),
          linkify: extensions.bool('linkify', true),
          strikethrough: extensions.bool('strikethrough', true),
          table: extensions.bool('table', true),
          taskList: extensions.bool('taskList', true),
          definitionList: extensions.bool('definitionList', true),
          footnote: extensions.bool('footnote', true),
        },
        parser: {
          autoHeadingID: parser.bool('autoHeadingID', true),
          autoHeadingIDType: parser.string('autoHeadingIDType', 'github'),
          attribute: {
            title: parser.map_('attribute').bool('title', true),
            block: parser.map_('attribute').bool('block', false),
          },
        },
      },
      tableOfContents: {
        startLevel: toc.int('startLevel', 2),
        endLevel: toc.int('endLevel', 3),
        ordered: toc.bool('ordered', false),
      },
    },
    outputs,
    taxonomies,
    paginate: top.int('paginate', 10),
    paginatePath: top.string('paginatePath', 'page'),
    menus: isMap(lower[menusKey]) ? lower[menusKey] : {},
    buildDrafts: overrides.buildDrafts ?? top.bool('buildDrafts', false),
    buildFuture: overrides.buildFuture ?? top.bool('buildFuture', false),
    buildExpired: overrides.buildExpired ?? top.bool('buildExpired', false),
    contentDir: top.string('contentDir', 'content'),
    layoutDir: top.string('layoutDir', 'layouts'),
    staticDir: top.string('staticDir', 'static'),
    dataDir: top.string('dataDir', 'data'),
    assetDir: top.string('assetDir', 'assets'),
    publishDir: overrides.publishDir ?? top.string('publishDir', 'public'),
    themes,
    themeDirs: themes.map((name) => `${themesDir.replace(/[\\/]+$/, '')}/${name}`),
    raw: input,
  };
}

function isKnownTimeZone(name: string): boolean {
  if (name.toUpperCase() === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
