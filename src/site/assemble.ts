/**
 * Content files + config → the site's page tree, with Hugo's rules for which
 * pages exist (drafts, future, expired, disabled kinds), where they live
 * (URLs) and what they are called (automatic section titles). Pure.
 */

import type { SiteConfig } from '../config/index.js';
import type { ContentFile } from '../content/index.js';
import { VellumError } from '../errors/index.js';
import { GoTime } from '../time/index.js';
import { pluralize, titleWords } from './inflect.js';
import { Page, type PageInit, type PageKind } from './page.js';
import { listPageInit } from './list-init.js';
import { Site, type SiteHooks } from './site.js';
import { assembleTaxonomies, isTaxonomyDir } from './taxonomies.js';
import {
  expandPermalink,
  targetFromSegments,
  targetFromUrl,
  unsafeOutputReason,
  urlizePath,
  type PageTarget,
  type UrlOptions,
} from './urls.js';

export interface AssembleInput {
  config: SiteConfig;
  files: readonly ContentFile[];
  data: Record<string, unknown>;
  hooks: SiteHooks;
  now: GoTime;
}

/** Why a content file was left out of the build, for `--logLevel debug`. */
export interface SkippedFile {
  path: string;
  reason: 'draft' | 'future' | 'expired';
}

export interface AssembledSite {
  site: Site;
  skipped: SkippedFile[];
}

export function assembleSite(input: AssembleInput): AssembledSite {
  const { config, now } = input;
  const site = new Site(config, input.data, input.hooks, now);
  const urlOptions: UrlOptions = { uglyURLs: config.uglyURLs, disablePathToLower: config.disablePathToLower };
  const skipped: SkippedFile[] = [];
  const zero = GoTime.zero();

  const published = input.files.filter((file) => {
    const reason = exclusionReason(file, config, now);
    if (reason !== undefined) skipped.push({ path: file.path, reason });
    return reason === undefined;
  });

  const branchFiles = new Map<string, ContentFile>();
  const leafFiles: ContentFile[] = [];
  // `content/tags/_index.md` and `content/tags/go/_index.md` belong to taxonomy pages, not sections.
  const taxonomyFiles = new Map<string, ContentFile>();
  for (const file of published) {
    if (file.bundle === 'branch') (isTaxonomyDir(dirOf(file.path), config.taxonomies) ? taxonomyFiles : branchFiles).set(dirOf(file.path), file);
    else leafFiles.push(file);
  }

  // Sections: every first-level folder holding a page, plus every folder with an _index file.
  const sectionDirs = new Set<string>();
  for (const file of leafFiles) {
    const dir = logicalDir(file);
    if (dir !== '') sectionDirs.add(dir.split('/')[0]!);
  }
  for (const dir of branchFiles.keys()) if (dir !== '') sectionDirs.add(dir);

  const homeFile = branchFiles.get('') ?? null;
  const home = new Page(nodeInit(site, 'home', homeFile, '', { path: '/', file: 'index.html' }, config.title));
  site.home = home;

  const sections = new Map<string, Page>();
  for (const dir of [...sectionDirs].sort()) {
    const file = branchFiles.get(dir) ?? null;
    const name = dir.split('/').pop()!;
    // Hugo lower-cases a section page's own path, .Section and .Type even
    // with disablePathToLower; the pages inside keep the folder's case.
    const target = file?.frontMatter.url !== undefined
      ? targetFromUrl(file.frontMatter.url)
      : targetFromSegments(dir.split('/').map((s) => urlizePath(s, false)), urlOptions);
    const autoTitle = pluralize(titleWords(name));
    sections.set(dir, new Page(nodeInit(site, 'section', file, dir.split('/')[0]!.toLowerCase(), target, autoTitle)));
  }

  const pages: Page[] = [];
  for (const file of leafFiles) {
    const dir = logicalDir(file);
    const section = dir === '' ? '' : dir.split('/')[0]!;
    const fm = file.frontMatter;
    const filename = logicalName(file);
    let target: PageTarget;
    if (fm.url !== undefined) {
      target = targetFromUrl(fm.url);
    } else if (config.permalinks[section.toLowerCase()] !== undefined && section !== '') {
      target = expandPermalink(config.permalinks[section.toLowerCase()]!, {
        date: fm.date ?? zero,
        title: fm.title ?? '',
        slug: fm.slug,
        filename,
        section,
      }, urlOptions);
    } else {
      const segments = dir === '' ? [] : dir.split('/').map((s) => urlizePath(s, config.disablePathToLower));
      segments.push(urlizePath(fm.slug ?? filename, config.disablePathToLower));
      target = targetFromSegments(segments, urlOptions);
    }
    // A headless bundle has no URL: its links are "" (Hugo).
    if (file.bundle === 'leaf' && fm.headless === true) target = { path: '', file: '' };
    pages.push(new Page(pageInit(site, file, section, target, zero)));
  }

  // Parents: the deepest section folder above each page; sections nest the same way.
  const parentOf = (dir: string): Page => {
    for (let d = dir; d !== ''; d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '') {
      const section = sections.get(d);
      if (section !== undefined) return section;
    }
    return home;
  };
  for (const [dir, section] of sections) {
    const parent = dir.includes('/') ? parentOf(dir.slice(0, dir.lastIndexOf('/'))) : home;
    section.parent = parent;
    parent.children.push(section);
  }
  // A headless leaf bundle (`headless: true`) is neither rendered nor listed; .GetPage still finds it (Hugo).
  const headless = pages.filter((p) => p.file!.bundle === 'leaf' && p.file!.frontMatter.headless === true);
  for (const page of pages) {
    const parent = parentOf(logicalDir(page.file!));
    page.parent = parent;
    if (!headless.includes(page)) parent.children.push(page);
  }

  const disabled = config.disableKinds;
  const all: Page[] = [];
  if (!disabled.has('home')) all.push(home);
  if (!disabled.has('section')) all.push(...sections.values());
  if (!disabled.has('page')) all.push(...pages.filter((p) => !headless.includes(p)));
  site.headlessPages = headless;
  const taxonomies = assembleTaxonomies({
    site,
    taxonomies: config.taxonomies,
    pages: [...sections.values(), ...pages].filter((p) => p.file !== null),
    home,
    branchFiles: taxonomyFiles,
    urlOptions,
    permalinks: config.permalinks,
    disabled,
  });
  site.taxonomyList = taxonomies.list;
  site.termsByPage = taxonomies.termsByPage;
  all.push(...taxonomies.pages);
  site.allPages = all;
  if (!disabled.has('section')) site.defaultMainSections(pages);
  if (!disabled.has('404')) {
    site.notFound = new Page(nodeInit(site, '404', null, '', { path: '/404.html', file: '404.html' }, '404 Page not found'));
  }

  // A list page's date is its newest child's (Hugo), computed bottom-up. The
  // home page only looks into sections: root-level pages do not date it (Hugo 0.111.3).
  // Date and Lastmod are each the newest among the children's own.
  const datesOf = (page: Page): { date: GoTime; lastmod: GoTime } => {
    let date = page.Date;
    let lastmod = page.Lastmod;
    for (const child of page.children) {
      if (page.kind === 'home' && child.kind === 'page') continue;
      const d = child.kind === 'page' ? { date: child.Date, lastmod: child.Lastmod } : datesOf(child);
      if (d.date.After(date)) date = d.date;
      if (d.lastmod.After(lastmod)) lastmod = d.lastmod;
    }
    return { date, lastmod };
  };
  for (const node of [home, ...sections.values()]) {
    if (node.file?.frontMatter.date === undefined) {
      const { date, lastmod } = datesOf(node);
      node.setListDates(date, lastmod);
    }
  }

  checkTargets([...all, ...(site.notFound === null ? [] : [site.notFound])]);
  return { site, skipped };
}

function exclusionReason(file: ContentFile, config: SiteConfig, now: GoTime): SkippedFile['reason'] | undefined {
  const fm = file.frontMatter;
  if (fm.draft && !config.buildDrafts) return 'draft';
  const publish = fm.publishDate ?? fm.date;
  if (publish !== undefined && publish.After(now) && !config.buildFuture) return 'future';
  if (fm.expiryDate !== undefined && !fm.expiryDate.IsZero() && fm.expiryDate.Before(now) && !config.buildExpired) return 'expired';
  return undefined;
}

/** The folder a page belongs to: a leaf bundle's parent folder, else the file's folder. */
function logicalDir(file: ContentFile): string {
  const dir = dirOf(file.path);
  return file.bundle === 'leaf' ? dirOf(dir) : dir;
}

/** The name a page's URL is made of: a leaf bundle's folder name, else the file name without extension. */
function logicalName(file: ContentFile): string {
  if (file.bundle === 'leaf') return dirOf(file.path).split('/').pop() ?? '';
  const base = file.path.slice(file.path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function pageInit(site: Site, file: ContentFile, section: string, target: PageTarget, zero: GoTime): PageInit {
  const fm = file.frontMatter;
  const date = fm.date ?? zero;
  return {
    kind: 'page',
    site,
    file,
    title: fm.title ?? '',
    section,
    type: fm.type ?? (section === '' ? 'page' : section),
    layout: fm.layout ?? '',
    path: target.path,
    outputFile: target.file,
    date,
    lastmod: fm.lastmod ?? date,
    publishDate: fm.publishDate ?? date,
    expiryDate: fm.expiryDate ?? zero,
    weight: fm.weight,
    draft: fm.draft,
    params: fm.params,
    aliases: fm.aliases,
    description: fm.description ?? '',
    keywords: fm.keywords,
    linkTitle: fm.linkTitle ?? '',
    slug: fm.slug ?? '',
    summaryOverride: fm.summary,
  };
}

function nodeInit(site: Site, kind: PageKind, file: ContentFile | null, section: string, target: PageTarget, fallbackTitle: string): PageInit {
  const defaultType = kind === 'section' ? section : kind === 'home' ? 'page' : '';
  return listPageInit(site, { kind, file, section, target, fallbackTitle, defaultType });
}

/** Refuses output paths outside the destination and two pages writing one file. */
function checkTargets(pages: Page[]): void {
  const seen = new Map<string, Page>();
  for (const page of pages) {
    const where = page.file === null ? page.path : `content/${page.file.path}`;
    const reason = unsafeOutputReason(page.outputFile);
    if (reason !== undefined) {
      throw new VellumError({ code: 'content', file: where, line: 1, column: 1, message: `the page's URL "${page.path}" ${reason}; use a path inside the site, such as "/legal/terms/"` });
    }
    const key = page.outputFile;
    const other = seen.get(key);
    if (other !== undefined) {
      const otherWhere = other.file === null ? other.path : `content/${other.file.path}`;
      throw new VellumError({ code: 'content', file: where, message: `writes ${page.outputFile}, which ${otherWhere} writes too; give one of them another url or slug` });
    }
    seen.set(key, page);
  }
}

