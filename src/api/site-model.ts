/**
 * The site model for tool authors (`loadSite` in the public API): plain,
 * JSON-serialisable data about every page — front matter, URLs, dates and
 * rendered HTML — with a shape that does not change when vellum's internal
 * Page and Site classes do.
 */

import path from 'node:path';
import { loadSite as loadInternal, renderInto } from '../build.js';
import { MemorySink } from '../output/index.js';
import type { Page, PageKind } from '../site/index.js';
import type { GoTime } from '../time/index.js';
import { readFile } from 'node:fs/promises';

export interface LoadSiteOptions {
  /** Site root; default the current folder. */
  source?: string;
  /** Replaces the config's baseURL, as `--baseURL`. */
  baseURL?: string;
  buildDrafts?: boolean;
  buildFuture?: boolean;
  buildExpired?: boolean;
  /** Also render each page through its layout into `html` (what `build` would write). Default false. */
  html?: boolean;
  /** "Now" for draft, future and expired decisions; default the current time. */
  now?: Date;
  onWarning?: (message: string) => void;
}

/** `LoadSiteOptions` with every default filled in. */
export interface ResolvedLoadSiteOptions {
  source: string;
  baseURL: string | undefined;
  buildDrafts: boolean;
  buildFuture: boolean;
  buildExpired: boolean;
  html: boolean;
  now: Date;
  onWarning: (message: string) => void;
}

export function resolveLoadSiteOptions(options: LoadSiteOptions = {}): ResolvedLoadSiteOptions {
  return {
    source: path.resolve(options.source ?? '.'),
    baseURL: options.baseURL,
    buildDrafts: options.buildDrafts ?? false,
    buildFuture: options.buildFuture ?? false,
    buildExpired: options.buildExpired ?? false,
    html: options.html ?? false,
    now: options.now ?? new Date(),
    onWarning: options.onWarning ?? (() => {}),
  };
}

export interface SiteModel {
  /** Absolute path of the site root. */
  source: string;
  config: SiteInfo;
  /** Home, sections, pages and the 404 page, in Hugo's default order (404 last). */
  pages: PageModel[];
  warnings: string[];
}

export interface SiteInfo {
  /** As configured (or as passed in `baseURL`). */
  baseURL: string;
  title: string;
  languageCode: string;
  copyright: string;
  /** `params` from the config, keys lower-cased as Hugo does. */
  params: Record<string, unknown>;
  /** The config file read, relative to the site root, or null. */
  configFile: string | null;
}

export interface PageModel {
  kind: PageKind;
  title: string;
  /** Source file relative to content/ ("legal/terms.md"); null for a generated page (a section without _index.md, the 404 page). */
  file: string | null;
  section: string;
  type: string;
  /** Root-relative URL with the baseURL's path: "/docs/privacy/" (Hugo's .RelPermalink). */
  url: string;
  /** Absolute URL (Hugo's .Permalink). */
  permalink: string;
  /** Where `build` writes it, relative to the destination: "privacy/index.html". */
  outputPath: string;
  /** RFC 3339 with the offset the date was written with; null when the page has none. */
  date: string | null;
  lastmod: string | null;
  publishDate: string | null;
  expiryDate: string | null;
  draft: boolean;
  weight: number;
  description: string;
  aliases: string[];
  /** Hugo's .Params: front matter and defaults, keys lower-cased. */
  params: Record<string, unknown>;
  /** The front matter as written in the file (dates as RFC 3339 strings); {} for generated pages. */
  frontMatter: Record<string, unknown>;
  /** The rendered body (Hugo's .Content). */
  content: string;
  /** Hugo's .Summary as HTML. */
  summary: string;
  /** Hugo's .TableOfContents. */
  tableOfContents: string;
  /** Hugo's .Plain. */
  plain: string;
  wordCount: number;
  readingTime: number;
  /** The whole page as `build` writes it; only with `{ html: true }`. */
  html?: string;
}

const dateOf = (time: GoTime): string | null => (time.IsZero() ? null : time.Format('2006-01-02T15:04:05Z07:00'));

/** Dates and other class instances become their JSON form, so the model is plain data. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? {})) as T;

function pageModel(page: Page): PageModel {
  const rendered = page.renderedContent();
  return {
    kind: page.kind,
    title: page.Title,
    file: page.file?.path ?? null,
    section: page.Section,
    type: page.Type,
    url: page.RelPermalink,
    permalink: page.Permalink,
    outputPath: page.outputFile.replace(/^\//, ''),
    date: dateOf(page.Date),
    lastmod: dateOf(page.Lastmod),
    publishDate: dateOf(page.PublishDate),
    expiryDate: dateOf(page.ExpiryDate),
    draft: page.Draft,
    weight: page.Weight,
    description: page.Description,
    aliases: [...page.Aliases],
    params: plain(page.Params),
    frontMatter: plain(page.file?.frontMatter.raw ?? {}),
    content: rendered.content,
    summary: String(page.Summary),
    tableOfContents: rendered.toc,
    plain: rendered.plain,
    wordCount: rendered.wordCount,
    readingTime: rendered.readingTime,
  };
}

/** Reads and renders the site without writing anything. Throws VellumError on bad input, as `build`. */
export async function loadSiteModel(options: LoadSiteOptions = {}): Promise<SiteModel> {
  const resolved = resolveLoadSiteOptions(options);
  const loaded = await loadInternal({
    source: resolved.source,
    baseURL: resolved.baseURL,
    buildDrafts: resolved.buildDrafts,
    buildFuture: resolved.buildFuture,
    buildExpired: resolved.buildExpired,
    now: resolved.now,
    onWarning: resolved.onWarning,
  });
  const { site, config } = loaded;
  const pages = [...site.allPages];
  if (site.notFound !== null && !pages.includes(site.notFound)) pages.push(site.notFound);
  const models = pages.map(pageModel);
  if (resolved.html) {
    const sink = new MemorySink((abs) => readFile(abs));
    await renderInto(loaded, sink);
    for (const model of models) {
      const bytes = sink.files.get(model.outputPath) ?? sink.files.get(`/${model.outputPath}`);
      if (bytes !== undefined) model.html = Buffer.from(bytes).toString('utf8');
    }
  }
  return {
    source: resolved.source,
    config: {
      baseURL: config.baseURL,
      title: config.title,
      languageCode: config.languageCode,
      copyright: config.copyright,
      params: plain(config.params),
      configFile: config.configFile,
    },
    pages: models,
    warnings: loaded.warnings,
  };
}
