/**
 * The site's other inputs read from disk: layout files, `data/` files and
 * the list of `static/` files. Content pages are read by walk.ts.
 */

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDataValue, type DataFormat } from '../config/index.js';
import { VellumError } from '../errors/index.js';
import { decodeUTF8 } from './walk.js';

/** Every file under `root`, relative with posix separators, sorted; [] when `root` is missing. */
export async function listTree(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT' || (error as { code?: unknown }).code === 'ENOTDIR') return;
      throw error;
    }
    for (const entry of entries) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else out.push(child);
    }
  };
  await walk('');
  return out.sort();
}

export interface SourceText {
  /** Relative to the folder it was read from. */
  path: string;
  text: string;
  /** The file as named in messages when it is not under the project's folder (a theme's). */
  shownAs?: string;
}

/** The layout files (templates) under `layouts/`, dotfiles skipped. */
export async function loadLayouts(layoutsDir: string, shownAs: string): Promise<SourceText[]> {
  const files = (await listTree(layoutsDir)).filter((f) => !f.split('/').some((part) => part.startsWith('.')));
  return Promise.all(
    files.map(async (file) => ({ path: file, text: decodeUTF8(await readFile(path.join(layoutsDir, file)), `${shownAs}/${file}`) })),
  );
}

const DATA_FORMATS: Record<string, DataFormat> = { '.toml': 'toml', '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json' };

/** `.Site.Data`: `data/a/b.toml` is `.Site.Data.a.b`. */
export async function loadData(dataDir: string, shownAs: string): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  for (const file of await listTree(dataDir)) {
    const format = DATA_FORMATS[path.extname(file).toLowerCase()];
    if (format === undefined || path.basename(file).startsWith('.')) continue;
    const shown = `${shownAs}/${file}`;
    const text = decodeUTF8(await readFile(path.join(dataDir, file)), shown);
    const result = parseDataValue(format, text);
    if (!result.ok) {
      throw new VellumError({ code: 'config', file: shown, line: result.error.line, column: result.error.column, message: result.error.message, source: text });
    }
    const parts = file.slice(0, -path.extname(file).length).split('/');
    let node = data;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      node = (typeof next === 'object' && next !== null && !Array.isArray(next) ? next : (node[part] = {})) as Record<string, unknown>;
    }
    node[parts[parts.length - 1]!] = result.value;
  }
  return data;
}
