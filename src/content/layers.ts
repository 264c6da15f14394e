/**
 * Hugo's union file system for themes: each input folder (layouts, static,
 * data, i18n, archetypes, assets) is the project's folder laid over each
 * theme's, in `theme` order. At the same relative path the first layer wins:
 * the project over every theme, an earlier theme over a later one
 * (checked against Hugo 0.111.3). A theme's folders keep Hugo's default
 * names whatever the project configures (layoutDir, staticDir, …).
 */

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, type SiteConfig } from '../config/index.js';
import { loadTranslations, type TranslationTables } from './i18n.js';
import { listTree, loadData, type SourceText } from './site-files.js';
import { decodeUTF8 } from './walk.js';

export type LayerFolder = 'layouts' | 'static' | 'data' | 'i18n' | 'archetypes' | 'assets';

export interface Layer {
  /** Absolute folder. */
  dir: string;
  /** The folder as named in messages, relative to the site root ("themes/x/layouts"). */
  shownAs: string;
}

function projectFolder(config: SiteConfig, folder: LayerFolder): string {
  switch (folder) {
    case 'layouts': return config.layoutDir;
    case 'static': return config.staticDir;
    case 'data': return config.dataDir;
    case 'assets': return config.assetDir;
    case 'i18n':
    case 'archetypes': return folder;
  }
}

/** The folders to read for `folder`, first (winning) layer first. */
export function layersOf(config: SiteConfig, folder: LayerFolder): Layer[] {
  const own = projectFolder(config, folder);
  return [
    { dir: path.resolve(config.sourceDir, own), shownAs: own },
    ...config.themeDirs.map((theme) => ({ dir: path.resolve(config.sourceDir, theme, folder), shownAs: `${theme}/${folder}` })),
  ];
}

/** Every file of a folder over all layers: relative path → absolute path of the winning file. */
export async function listLayered(config: SiteConfig, folder: LayerFolder): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const layer of layersOf(config, folder)) {
    for (const file of await listTree(layer.dir)) if (!out.has(file)) out.set(file, path.join(layer.dir, file));
  }
  return out;
}

/** Layout files over all layers (dotfiles skipped); a theme's name their theme in messages. */
export async function loadLayeredLayouts(config: SiteConfig): Promise<SourceText[]> {
  const seen = new Set<string>();
  const out: SourceText[] = [];
  for (const [i, layer] of layersOf(config, 'layouts').entries()) {
    for (const file of await listTree(layer.dir)) {
      if (seen.has(file) || file.split('/').some((part) => part.startsWith('.'))) continue;
      seen.add(file);
      const shownAs = `${layer.shownAs}/${file}`;
      const text = decodeUTF8(await readFile(path.join(layer.dir, file)), shownAs);
      out.push(i === 0 ? { path: file, text } : { path: file, text, shownAs });
    }
  }
  return out;
}

/** `.Site.Data` over all layers, merged deeply: the project's keys win. */
export async function loadLayeredData(config: SiteConfig): Promise<Record<string, unknown>> {
  let data: Record<string, unknown> = {};
  for (const layer of layersOf(config, 'data')) data = mergeUnder(data, await loadData(layer.dir, layer.shownAs));
  return data;
}

/** Translation tables over all layers: per language, the project's IDs win. */
export async function loadLayeredTranslations(config: SiteConfig): Promise<TranslationTables> {
  const tables: TranslationTables = {};
  for (const layer of layersOf(config, 'i18n')) {
    for (const [lang, table] of Object.entries(await loadTranslations(layer.dir, layer.shownAs))) {
      tables[lang] = { ...table, ...tables[lang] };
    }
  }
  return tables;
}

/** `winner` with the keys only `other` has, recursively into maps both have. */
function mergeUnder(winner: Record<string, unknown>, other: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...winner };
  for (const [key, value] of Object.entries(other)) {
    const own = out[key];
    if (own === undefined) out[key] = value;
    else if (isMap(own) && isMap(value)) out[key] = mergeUnder(own, value);
  }
  return out;
}
