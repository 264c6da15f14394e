/**
 * `vellum build` as a list of named, timed stages:
 * config → inputs → site → templates → render (into a staging folder) → publish.
 * A failed build leaves the destination exactly as it was.
 */

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, type SiteConfig } from './config/index.js';
import { loadContentTree, type ContentFile, type ContentTree } from './content/index.js';
import type { TranslationTables } from './content/i18n.js';
import { listLayered, loadLayeredData, loadLayeredLayouts, loadLayeredTranslations } from './content/layers.js';
import type { SourceText } from './content/site-files.js';
import { VellumError } from './errors/index.js';
import { createMarkdownRenderer, markdownOptionsFromConfig } from './markdown/index.js';
import { checkDestination, createMinifier, createStaging, discardStaging, DiskSink, isMinifiable, publish, type OutputSink } from './output/index.js';
import { createContentRenderer } from './render/content.js';
import { prerenderContent } from './render/parallel.js';
import { createSiteHooks } from './render/site-hooks.js';
import { renderSite, type RenderStats } from './render/site.js';
import { SiteTemplates } from './render/templates.js';
import { createSiteURLs } from './render/urls.js';
import { assembleSite, type Page, type RenderedContent, type Site } from './site/index.js';
import { SafeHTML } from './template/engine/index.js';
import { createFuncMap } from './template/funcs/index.js';
import { GoTime } from './time/index.js';
import { VERSION } from './version.js';

export interface BuildOptions {
  /** Site root, relative to the current folder; default the current folder (`-s`). */
  source?: string;
  /** Output folder, relative to `source` unless absolute, as Hugo's `-d`; default the config's publishDir, "public". */
  destination?: string;
  /** Replaces the config's baseURL (`-b`), e.g. "https://example.org/docs/". */
  baseURL?: string;
  /** Include drafts (`-D`). */
  buildDrafts?: boolean;
  /** Include pages dated in the future (`-F`). */
  buildFuture?: boolean;
  /** Include expired pages (`-E`). */
  buildExpired?: boolean;
  /** Remove files in the destination that this build did not write, keeping .git. */
  cleanDestinationDir?: boolean;
  /** Minify HTML, CSS, JS and XML. */
  minify?: boolean;
  /** Each warning as it happens; they are also returned in `warnings`. */
  onWarning?: (message: string) => void;
  /** Each stage's time: config, read, assemble, templates, render, publish. */
  onStage?: (stage: string, ms: number) => void;
  /** Pages written so far and the total, as the render goes. */
  onProgress?: (done: number, total: number) => void;
  /** "Now" for draft, future and expired decisions; default the current time. */
  now?: Date;
  /** `hugo.Environment`: "production" (the default) for build, "development" for serve. */
  environment?: string;
}

export interface BuildResult {
  pages: number;
  /** Every file written: pages, feeds, static files, aliases. */
  files: number;
  staticFiles: number;
  aliases: number;
  sitemaps: number;
  durationMs: number;
  warnings: string[];
  destination: string;
}

/** What the render stage needs, assembled once; the dev server reuses it. */
export interface LoadedSite {
  config: SiteConfig;
  site: Site;
  templates: SiteTemplates;
  /** Files copied as they are: output path → absolute source path. */
  copies: Map<string, string>;
  warnings: string[];
  /** Records a warning and passes it on to `onWarning`. */
  warn(message: string): void;
  /** Messages of `errorf` calls: rendering goes on, then the build fails. */
  errors: string[];
  /** Hugo Pipes resources whose permalink a template read, written after the pages. */
  published: Map<string, string | Uint8Array>;
}

export interface LoadOptions extends Omit<BuildOptions, 'destination' | 'cleanDestinationDir' | 'minify'> {
  destination?: string;
}

/** Inputs read from disk; the dev server passes back the ones no change touched. */
export interface SiteInputs {
  config: SiteConfig;
  tree: ContentTree;
  layouts: SourceText[];
  data: Record<string, unknown>;
  /** static/ over the themes' static/: output path → absolute source path. */
  statics: Map<string, string>;
  /** i18n/ tables (absent: none). */
  translations?: TranslationTables;
}

/** Rendered page bodies kept across dev-server rebuilds, keyed by content file object. */
export type ContentCache = WeakMap<ContentFile, RenderedContent>;

type Stage = <T>(name: string, run: () => Promise<T> | T) => Promise<T>;

function stageTimer(onStage: BuildOptions['onStage']): Stage {
  return async (name, run) => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      onStage?.(name, performance.now() - start);
    }
  };
}

/** Reads the config and every input folder. */
export async function readInputs(options: LoadOptions = {}, stage: Stage = stageTimer(options.onStage)): Promise<SiteInputs> {
  const source = path.resolve(options.source ?? '.');
  const config = await stage('config', () =>
    loadConfig(source, {
      baseURL: options.baseURL,
      buildDrafts: options.buildDrafts,
      buildFuture: options.buildFuture,
      buildExpired: options.buildExpired,
    }),
  );
  // Layouts, static, data and i18n are the project's laid over its themes' (content/layers.ts).
  const [tree, layouts, data, statics, translations] = await stage('read', () =>
    Promise.all([loadContentTree(config), loadLayeredLayouts(config), loadLayeredData(config), listLayered(config, 'static'), loadLayeredTranslations(config)]),
  );
  return { config, tree, layouts, data, statics, translations };
}

/** config → inputs → site → templates: everything but rendering. */
export async function loadSite(options: LoadOptions = {}, stage: Stage = stageTimer(options.onStage), inputs?: SiteInputs, contentCache?: ContentCache): Promise<LoadedSite> {
  const source = path.resolve(options.source ?? '.');
  const warnings: string[] = [];
  const errors: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    options.onWarning?.(message);
  };
  const { config, tree, layouts, data, statics, translations = {} } = inputs ?? (await readInputs(options, stage));
  const dir = (name: string) => path.resolve(source, name);

  const markdown = createMarkdownRenderer(markdownOptionsFromConfig(config.markup));
  const urls = createSiteURLs(config.baseURL);
  const now = GoTime.fromDate(options.now ?? new Date());
  let templates: SiteTemplates | undefined;
  let renderContent: ((page: Page) => RenderedContent) | undefined;

  const { site } = await stage('assemble', () =>
    assembleSite({
      config,
      files: tree.files,
      data,
      now,
      hooks: {
        renderContent: (page) => renderContent!(page),
        safeHTML: (html) => new SafeHTML(html),
        markdownify: (text) => markdown.markdownify(text),
      },
    }),
  );

  // Pipes, i18n, `hugo`, readFile (render/site-hooks.ts).
  const extra = createSiteHooks({
    source, site, translations, warn, environment: options.environment ?? 'production', generator: `vellum ${VERSION}`,
    funcs: () => funcs, markdownify: (text) => markdown.markdownify(text),
  });
  let funcs: ReturnType<typeof createFuncMap> = {};
  templates = await stage('templates', () => {
    funcs = createFuncMap({
      ...extra.hooks,
      markdownify: (text) => markdown.markdownify(text),
      relURL: urls.relURL,
      absURL: urls.absURL,
      relLangURL: urls.relURL,
      absLangURL: urls.absURL,
      partial: (name, context) => {
        const result = templates!.partial(name, context);
        return result.hasReturn ? result.returned : new SafeHTML(result.output);
      },
      now: () => now,
      warn,
      // errorf logs and lets the build go on, then fails it (Hugo: "logged N error(s)").
      error: (message) => {
        errors.push(message);
      },
      templateExists: (name) => templates?.has(name) ?? false,
      site: () => site,
    });
    const inlineShortcodes = Object.entries(config.raw).some(([key, value]) => key.toLowerCase() === 'enableinlineshortcodes' && value === true);
    return new SiteTemplates(layouts, funcs, config.layoutDir, { inlineShortcodes });
  });
  const render = createContentRenderer({ templates, markdown, config });
  renderContent = contentCache === undefined ? render : (page) => {
    if (page.file === null) return render(page);
    let rendered = contentCache.get(page.file);
    if (rendered === undefined) {
      rendered = render(page);
      contentCache.set(page.file, rendered);
    }
    return rendered;
  };

  const copies = new Map<string, string>();
  for (const [file, from] of statics) copies.set(file, from);
  for (const file of tree.looseResources) copies.set(file, path.join(dir(config.contentDir), file));
  for (const page of site.allPages) {
    if (page.file === null || page.file.resources.length === 0) continue;
    const bundleDir = page.file.path.slice(0, page.file.path.lastIndexOf('/') + 1);
    const outDir = page.outputFile.slice(0, page.outputFile.lastIndexOf('/') + 1);
    for (const resource of page.file.resources) {
      if (/\.(md|markdown|mdown|html?)$/i.test(resource)) continue;
      copies.set(outDir + resource.slice(bundleDir.length), path.join(dir(config.contentDir), resource));
    }
  }
  return { config, site, templates, copies, warnings, warn, errors, published: extra.published };
}

/** Renders a loaded site into a sink: pages, built-in outputs, then copies. */
export interface RenderIntoOptions {
  transformHTML?: (html: string, path: string) => string | Promise<string>;
  /** Render only these pages' outputs and copy nothing (the dev server's fast path). */
  only?: ReadonlySet<Page>;
  beforePage?: (page: Page) => void;
}

export async function renderInto(loaded: LoadedSite, sink: OutputSink, options: RenderIntoOptions = {}): Promise<RenderStats & { staticFiles: number }> {
  const stats = await renderSite(loaded.site, loaded.templates, sink, {
    warn: loaded.warn,
    transformHTML: options.transformHTML,
    only: options.only,
    beforePage: options.beforePage,
    generator: `vellum ${VERSION}`,
  });
  const rendered = new Set(stats.written);
  for (const [to, contents] of loaded.published) {
    if (rendered.has(to)) continue;
    await sink.write(to, contents);
    stats.written.push(to);
    rendered.add(to);
  }
  if (loaded.errors.length > 0) {
    const messages = loaded.errors.splice(0);
    throw new VellumError({ code: 'template-exec', message: `a layout reported ${messages.length} error(s) with errorf:\n${messages.map((m) => `  ${m}`).join('\n')}` });
  }
  if (options.only !== undefined) return { ...stats, staticFiles: 0 };
  let staticFiles = 0;
  for (const [to, from] of loaded.copies) {
    if (rendered.has(to)) continue; // A rendered page wins over a static file at the same path, as in Hugo.
    await sink.copy(to, from);
    stats.written.push(to);
    staticFiles++;
  }
  return { ...stats, staticFiles };
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const stage = stageTimer(options.onStage);
  const source = path.resolve(options.source ?? '.');
  const cache: ContentCache = new WeakMap();
  const loaded = await loadSite(options, stage, undefined, cache);
  const destination = path.resolve(source, options.destination ?? loaded.config.publishDir);
  checkDestination(source, destination);
  await stage('content', () =>
    prerenderContent(loaded.site.allPages, {
      markdown: markdownOptionsFromConfig(loaded.config.markup),
      summaryLength: loaded.config.summaryLength,
      cache,
      renderHooks: loaded.templates.hasRenderHooks(),
    }),
  );

  const staging = await createStaging(destination);
  try {
    const sink = new DiskSink(staging);
    const minifier = options.minify === true ? await createMinifier() : undefined;
    const progress = options.onProgress === undefined ? undefined : countPages(sink, loaded.site, options.onProgress);
    const transformHTML = minifier === undefined ? undefined : (html: string, p: string) => minifier(p, html);
    const stats = await stage('render', async () => {
      const rendered = await renderInto(loaded, progress?.sink ?? sink, { transformHTML });
      await sink.flush();
      return rendered;
    });
    progress?.finish();
    if (minifier !== undefined) await stage('minify', () => minifyStaged(staging, stats.written, loaded.copies, minifier));
    await stage('publish', () => publish(staging, sink.written, { sourceDir: source, destination, cleanDestinationDir: options.cleanDestinationDir === true }));
    return {
      pages: stats.pages,
      files: sink.written.length,
      staticFiles: stats.staticFiles,
      aliases: stats.aliases,
      sitemaps: stats.sitemaps,
      durationMs: performance.now() - started,
      warnings: loaded.warnings,
      destination,
    };
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
}

/**
 * A sink that reports each page written; other outputs (feeds, aliases, copies)
 * pass through uncounted. `finish` reports the end even when some page wrote
 * nothing (a disabled kind), so a progress line is always cleared.
 */
function countPages(sink: OutputSink, site: Site, onProgress: (done: number, total: number) => void): { sink: OutputSink; finish(): void } {
  const pages = new Set(site.allPages.map((page) => page.outputFile));
  if (site.notFound !== null) pages.add(site.notFound.outputFile);
  let done = 0;
  return {
    sink: {
      write: async (file, contents) => {
        await sink.write(file, contents);
        if (done < pages.size && pages.has(file)) onProgress(++done, pages.size);
      },
      copy: (file, from) => sink.copy(file, from),
    },
    finish: () => {
      if (done < pages.size) onProgress(pages.size, pages.size);
    },
  };
}

/** Minifies the non-HTML text outputs (feeds, sitemap, static CSS/JS) after they were written. */
async function minifyStaged(staging: string, written: readonly string[], copies: ReadonlyMap<string, string>, minify: (path: string, text: string) => Promise<string>): Promise<void> {
  for (const file of written) {
    // Rendered HTML was minified as it was written; static HTML is done here.
    if (!isMinifiable(file) || (/\.html?$/i.test(file) && !copies.has(file))) continue;
    const abs = path.join(staging, file);
    const text = await readFile(abs, 'utf8');
    try {
      await writeFile(abs, await minify(file, text));
    } catch (error) {
      throw new VellumError({ code: 'output', file, message: `could not minify: ${(error as Error).message}` });
    }
  }
}

