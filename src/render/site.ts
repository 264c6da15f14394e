/**
 * Site → every output file: pages through their layouts, then the outputs
 * Hugo makes itself (feeds, sitemap, robots.txt, alias redirects, 404),
 * streamed to a sink one file at a time so no build holds every page's HTML.
 */

import { VellumError } from '../errors/index.js';
import type { OutputSink } from '../output/index.js';
import { pagerFolder, rssPath, targetFromPath, unsafeOutputReason, type Page, type PaginationState, type Site } from '../site/index.js';
import { viewCandidates, type LayoutDescriptor, type LayoutKind } from '../template/lookup/index.js';
import { Scratch } from '../template/funcs/index.js';
import type { SiteTemplates } from './templates.js';

export interface RenderStats {
  pages: number;
  aliases: number;
  feeds: number;
  sitemaps: number;
  /** Output files written, by kind of output. */
  written: string[];
}

export interface RenderOptions {
  warn(message: string): void;
  /** A transform on each HTML page before it is written (minify, live reload). */
  transformHTML?: (html: string, path: string) => string | Promise<string>;
  /** Only render these pages (the dev server's incremental rebuild); default all. */
  only?: ReadonlySet<Page>;
  /** Called before a page's outputs (HTML, feed) are rendered, to attribute what they read. */
  beforePage?: (page: Page) => void;
  generator: string;
}

export function descriptorOf(page: Page): LayoutDescriptor {
  const descriptor: LayoutDescriptor = { kind: page.kind as LayoutKind, type: page.Type, section: page.Section, layout: page.Layout };
  // Hugo looks taxonomy layouts up by the taxonomy's singular as their "section".
  if (page.taxonomy !== null) descriptor.section = page.taxonomy.singular;
  return descriptor;
}

export async function renderSite(site: Site, templates: SiteTemplates, sink: OutputSink, options: RenderOptions): Promise<RenderStats> {
  const stats: RenderStats = { pages: 0, aliases: 0, feeds: 0, sitemaps: 0, written: [] };
  const write = async (path: string, contents: string) => {
    await sink.write(path, contents);
    stats.written.push(path);
  };
  const config = site.config;
  // `.Scratch` and `.Store` on pages are Hugo's Scratch (Set, Add, Get, SetInMap…).
  site.scratchFactory = () => new Scratch();
  site.viewRenderer = (page, view) => {
    const layout = viewCandidates(descriptorOf(page), view).find((path) => templates.has(path));
    if (layout === undefined) throw new Error(`no content view "${view}" for ${page.file === null ? page.path : page.file.path}; add layouts/_default/${view}.html`);
    return templates.execute({ layout, base: null }, page);
  };
  const pageFiles = new Set(site.allPages.map((p) => p.outputFile));
  // Hugo's redirect page, written at each alias and at a paginated list's /page/1/.
  const redirectTo = (page: Page) =>
    templates.executeNamed(templates.builtIn('alias'), { Permalink: page.Permalink, Lang: config.languageCode || 'en', KeepFragment: config.keepAliasFragments });
  const wanted = (page: Page) => options.only === undefined || options.only.has(page);

  for (const page of site.allPages) {
    if (!wanted(page)) continue;
    options.beforePage?.(page);
    const descriptor = descriptorOf(page);
    const formats = config.outputs[page.kind] ?? ['html'];
    if (formats.includes('html')) {
      const resolved = templates.resolve(descriptor);
      if (resolved === null) {
        options.warn(`found no layout file for "HTML" for kind "${page.kind}"${page.file === null ? '' : ` (${config.contentDir}/${page.file.path})`}: looked for ${templates.candidates(descriptor).join(', ')}`);
      } else {
        const renderTo = async (file: string) => {
          let html = templates.execute(resolved, page);
          if (html === '') return; // Hugo publishes nothing for an empty rendering.
          if (page.kind === 'home') html = injectGenerator(html, options.generator);
          if (options.transformHTML !== undefined) html = await options.transformHTML(html, file);
          await write(file, html);
        };
        page.pagination = null;
        await renderTo(page.outputFile);
        stats.pages++;
        // A layout that used .Paginator is rendered again for every further pager (Hugo).
        const pagination = page.pagination as PaginationState | null;
        if (pagination?.paginator != null && page.IsNode) {
          const pagerFile = (n: number) => targetFromPath(pagerFolder(page.path, config.paginatePath, n, config.uglyURLs)).file;
          await write(pagerFile(1), redirectTo(page));
          for (let n = 2; n <= pagination.paginator.chunks.length; n++) {
            pagination.number = n;
            await renderTo(pagerFile(n));
          }
          page.pagination = null;
        }
      }
    }
    if (formats.includes('rss') && !config.disableKinds.has('RSS') && page.kind !== 'page') {
      const name = templates.builtIn('rss', page.Section);
      const feed = absoluteURLsInXML(templates.executeNamed(name, page), site.permalinkOf('/'));
      await write(targetFromPath(rssPath(page.path)).file, feed);
      stats.feeds++;
    }
    for (const alias of page.Aliases) {
      const file = aliasFile(page, alias, config.contentDir);
      // An alias never replaces a page (hugo-paper's contact page lists its own URL as an alias).
      if (pageFiles.has(file)) continue;
      await write(file, redirectTo(page));
      stats.aliases++;
    }
  }

  if (options.only === undefined) {
    const notFound = site.notFound;
    if (notFound !== null) {
      const resolved = templates.resolve(descriptorOf(notFound));
      if (resolved !== null) {
        let html = templates.execute(resolved, notFound);
        // Hugo publishes nothing for an empty rendering.
        if (html !== '') {
          if (options.transformHTML !== undefined) html = await options.transformHTML(html, notFound.outputFile);
          await write(notFound.outputFile, html);
        }
      }
    }
    if (!config.disableKinds.has('sitemap')) {
      const pages = site.Pages.filter((p) => p.kind !== '404');
      await write('sitemap.xml', templates.executeNamed(templates.builtIn('sitemap'), { Pages: pages }));
      stats.sitemaps++;
    }
    if (config.enableRobotsTXT && !config.disableKinds.has('robotsTXT')) {
      await write('robots.txt', templates.executeNamed(templates.builtIn('robots'), site));
    }
  }
  return stats;
}

/**
 * Where an alias redirect is written: an absolute alias from the site root,
 * a relative one from the page's content folder; `.html` aliases are files.
 */
export function aliasFile(page: Page, alias: string, contentDir: string): string {
  let path = alias;
  if (!path.startsWith('/')) {
    // Hugo joins a relative alias to the parent of the page's own URL (SubResourceBaseLink + ".."),
    // so a section's alias lands beside the section: content/post/_index.md's "posts" → /posts/.
    const link = page.path.replace(/\/$/, '').replace(/\.html$/, '');
    const base = link.slice(0, Math.max(0, link.lastIndexOf('/')));
    path = `${base}/${path}`;
  }
  const file = targetFromPath(path).file;
  const reason = unsafeOutputReason(file);
  if (reason !== undefined) {
    throw new VellumError({ code: 'content', file: page.file === null ? page.path : `${contentDir}/${page.file.path}`, line: 1, column: 1, message: `alias "${alias}" ${reason}; aliases must stay inside the site` });
  }
  return file;
}

/**
 * Hugo makes root-relative links absolute in XML outputs, including those
 * inside escaped HTML (`href=&#34;/x/&#34;`), so feed readers can follow them.
 */
export function absoluteURLsInXML(xml: string, base: string): string {
  return xml.replace(/\b(src|href)=(&#34;|&quot;|"|')\/(?!\/)/g, (_m, attr: string, quote: string) => `${attr}=${quote}${base}`);
}

/** Hugo adds a generator meta tag to the home page unless the layout has one. */
function injectGenerator(html: string, generator: string): string {
  if (/<meta\s+name=["']?generator/i.test(html)) return html;
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}\n\t<meta name="generator" content="${generator}">`);
}

