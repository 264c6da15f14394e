/**
 * Archetypes as `hugo new` renders them: a Go template run as plain text
 * (text/template, no HTML escaping) with Hugo's function library, and dot
 * holding `.Name`, `.File`, `.Date`, `.Type`, `.Section` and `.Site`.
 * Hugo 0.111.3 gives `.Date` as a string, `time.Now().Format(time.RFC3339)` in
 * the local zone, so `date = {{ .Date }}` writes a bare TOML date-time.
 */

import type { SiteConfig } from '../config/index.js';
import { createMarkdownRenderer, markdownOptionsFromConfig } from '../markdown/index.js';
import { createSiteURLs } from '../render/urls.js';
import { TemplateSet } from '../template/engine/index.js';
import { createFuncMap } from '../template/funcs/index.js';
import { GoTime } from '../time/index.js';

/** What an archetype sees as dot. Field names are Hugo's. */
export interface ArchetypeData {
  /** The content base name: "terms" for legal/terms.md, "terms" for legal/terms/index.md. */
  Name: string;
  File: ArchetypeFile;
  /** RFC 3339 in the local zone, e.g. "2024-05-01T09:30:00+02:00". */
  Date: string;
  /** The section, or "page" for a file at the content root. */
  Type: string;
  /** The first folder under content/, "" at the root. */
  Section: string;
  Site: ArchetypeSite;
}

export interface ArchetypeFile {
  /** Relative to content/: "legal/terms.md". */
  Path: string;
  /** Absolute path of the file being created. */
  Filename: string;
  /** "legal/", "" at the root, with Hugo's trailing slash. */
  Dir: string;
  LogicalName: string;
  BaseFileName: string;
  ContentBaseName: string;
  /** Without the dot: "md". */
  Ext: string;
  Section: string;
}

/**
 * `.Site` in an archetype: the configuration's view of the site. Hugo builds
 * the whole site first; vellum does not, so `.Site.Pages` is not available.
 */
export interface ArchetypeSite {
  Title: string;
  BaseURL: string;
  LanguageCode: string;
  Copyright: string;
  Params: Record<string, unknown>;
}

/** Hugo 0.111.3's built-in archetype, used when the site has none; it writes YAML whatever the config format. */
export const BUILTIN_ARCHETYPE = `---
title: "{{ replace .Name "-" " " | title }}"
date: {{ .Date }}
draft: true
---

`;

/** What `vellum init` writes to archetypes/default.md: the built-in one in TOML, vellum's usual front matter. */
export const DEFAULT_ARCHETYPE = `+++
title = "{{ replace .File.ContentBaseName "-" " " | title }}"
date = {{ .Date }}
draft = true
+++

`;

/** `time.Now().Format(time.RFC3339)`: seconds, the local offset, "Z" for UTC. */
export function rfc3339Local(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const offset = -date.getTimezoneOffset();
  const zone = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${zone}`;
}

/** Dot for a content path relative to content/ ("legal/terms.md"). */
export function archetypeData(contentPath: string, absPath: string, config: SiteConfig, now: Date): ArchetypeData {
  const slash = contentPath.lastIndexOf('/');
  const logicalName = contentPath.slice(slash + 1);
  const dot = logicalName.lastIndexOf('.');
  const baseFileName = dot > 0 ? logicalName.slice(0, dot) : logicalName;
  const dir = slash < 0 ? '' : contentPath.slice(0, slash + 1);
  // A bundle's index file takes its folder's name, as Hugo's ContentBaseName.
  const isBundleIndex = (baseFileName === 'index' || baseFileName === '_index') && dir !== '';
  const contentBaseName = isBundleIndex ? dir.slice(0, -1).slice(dir.slice(0, -1).lastIndexOf('/') + 1) : baseFileName;
  const section = contentPath.includes('/') ? contentPath.slice(0, contentPath.indexOf('/')) : '';
  return {
    Name: contentBaseName,
    File: {
      Path: contentPath,
      Filename: absPath,
      Dir: dir,
      LogicalName: logicalName,
      BaseFileName: baseFileName,
      ContentBaseName: contentBaseName,
      Ext: dot > 0 ? logicalName.slice(dot + 1) : '',
      Section: section,
    },
    Date: rfc3339Local(now),
    Type: section === '' ? 'page' : section,
    Section: section,
    Site: {
      Title: config.title,
      BaseURL: config.baseURL,
      LanguageCode: config.languageCode,
      Copyright: config.copyright,
      Params: config.params,
    },
  };
}

/**
 * Renders archetype `text` (named `file` in errors, e.g. "archetypes/legal.md").
 * Throws a TemplateError (a VellumError) with the position on a bad template.
 */
export function renderArchetype(text: string, file: string, data: ArchetypeData, config: SiteConfig, now: Date): string {
  const urls = createSiteURLs(config.baseURL);
  let markdown: ReturnType<typeof createMarkdownRenderer> | undefined;
  const funcs = createFuncMap({
    markdownify: (input) => (markdown ??= createMarkdownRenderer(markdownOptionsFromConfig(config.markup))).markdownify(input),
    relURL: urls.relURL,
    absURL: urls.absURL,
    partial: (name) => {
      throw new Error(`partial "${name}": partials are not available in archetypes in vellum`);
    },
    now: () => GoTime.fromDate(now),
    site: () => data.Site,
  });
  return new TemplateSet({ funcs, escape: false }).add(file, text, file).execute(file, data);
}
