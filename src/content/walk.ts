/**
 * Reads the content folder: the only place content is read from disk.
 * Classification follows Hugo 0.111 (checked against real builds):
 * - names starting with "." or "#", or ending with "~", are ignored (editor and VCS files);
 * - .md/.markdown/.mdown and .html/.htm are content, except an .html file that
 *   starts with markup instead of front matter, which Hugo copies as it is;
 * - a folder holding index.* is a leaf bundle: everything else below it,
 *   content files included, is a resource of that page, never a page;
 * - the non-content files beside an _index.* belong to that branch bundle;
 *   other non-content files are copied as they are ("loose" resources).
 */

import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { VellumError } from '../errors/index.js';
import type { SiteConfig } from '../config/index.js';
import { bundleKindOf, contentFormatOf, parseContentFile, type ContentFile } from './parse.js';

export interface ContentTree {
  /** Pages, sorted by path. */
  files: ContentFile[];
  /** Non-content files outside leaf bundles and beside no _index.*, relative to the content folder. */
  looseResources: string[];
}

function ignored(name: string): boolean {
  return name.startsWith('.') || name.startsWith('#') || name.endsWith('~');
}

function ignorePatterns(config: SiteConfig): RegExp[] {
  const entry = Object.entries(config.raw).find(([key]) => key.toLowerCase() === 'ignorefiles');
  const list = Array.isArray(entry?.[1]) ? (entry[1] as unknown[]) : [];
  return list.map((pattern, i) => {
    try {
      return new RegExp(String(pattern));
    } catch (error) {
      throw new VellumError({ code: 'config', file: config.configFile ?? undefined, message: `ignoreFiles[${i}]: "${String(pattern)}" is not a valid regular expression (${(error as Error).message})` });
    }
  });
}

async function listFiles(root: string, rel: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(path.join(root, rel), { withFileTypes: true });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT' && rel === '') return;
    throw error;
  }
  for (const entry of entries) {
    if (ignored(entry.name)) continue;
    const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) await listFiles(root, child, out);
    else if (entry.isFile() || entry.isSymbolicLink()) out.push(child);
  }
}

/** Every file under the content folder, classified. Reads and parses each page. */
export async function loadContentTree(config: SiteConfig): Promise<ContentTree> {
  const root = path.resolve(config.sourceDir, config.contentDir);
  const all: string[] = [];
  await listFiles(root, '', all);
  // `ignoreFiles`: Go regular expressions matched against each file's full path (Hugo).
  const ignore = ignorePatterns(config);
  if (ignore.length > 0) {
    const kept = all.filter((file) => !ignore.some((re) => re.test(path.join(root, file))));
    all.length = 0;
    all.push(...kept);
  }
  all.sort();

  // Leaf bundle folders: the folder of each index.<content ext>.
  const leafDirs = new Set<string>();
  const branchDirs = new Set<string>();
  for (const file of all) {
    if (contentFormatOf(file) === null) continue;
    const kind = bundleKindOf(file);
    if (kind === 'leaf') leafDirs.add(dirOf(file));
    if (kind === 'branch') branchDirs.add(dirOf(file));
  }
  const leafOf = (file: string): string | undefined => {
    for (let dir = dirOf(file); ; dir = dirOf(dir)) {
      if (leafDirs.has(dir)) return dir;
      if (dir === '') return undefined;
    }
  };

  const pages: { path: string; resources: string[] }[] = [];
  const byDir = new Map<string, { path: string; resources: string[] }>();
  const resourcesOfLeaf = new Map<string, string[]>();
  const pending: string[] = [];
  for (const file of all) {
    const leaf = leafOf(file);
    const isContent = contentFormatOf(file) !== null;
    if (leaf !== undefined && !(isContent && bundleKindOf(file) === 'leaf' && dirOf(file) === leaf)) {
      const list = resourcesOfLeaf.get(leaf) ?? [];
      list.push(file);
      resourcesOfLeaf.set(leaf, list);
      continue;
    }
    if (isContent) {
      const page = { path: file, resources: [] as string[] };
      pages.push(page);
      if (bundleKindOf(file) !== null) byDir.set(dirOf(file), page);
    } else {
      pending.push(file);
    }
  }
  for (const [dir, resources] of resourcesOfLeaf) byDir.get(dir)?.resources.push(...resources);

  const looseResources: string[] = [];
  for (const file of pending) {
    const owner = branchDirs.has(dirOf(file)) ? byDir.get(dirOf(file)) : undefined;
    if (owner !== undefined) owner.resources.push(file);
    else looseResources.push(file);
  }

  const files: ContentFile[] = [];
  for (const page of pages) {
    const absPath = path.join(root, page.path);
    // Synchronous: thousands of small reads finish sooner than through the thread pool.
    const source = decodeUTF8(readFileSync(absPath), `${config.contentDir}/${page.path}`);
    if (contentFormatOf(page.path) === 'html' && startsWithMarkup(source)) {
      // Hugo 0.111 publishes an .html file without front matter as it is.
      looseResources.push(page.path);
      continue;
    }
    const parsed = parseContentFile(page.path, source, config, absPath);
    parsed.resources = page.resources;
    files.push(parsed);
  }
  looseResources.sort();
  return { files, looseResources };
}

/** The pages of the site, sorted by path. */
export async function loadContent(config: SiteConfig): Promise<ContentFile[]> {
  return (await loadContentTree(config)).files;
}

function dirOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '' : file.slice(0, slash);
}

function startsWithMarkup(source: string): boolean {
  const trimmed = source.replace(/^[\s\uFEFF]+/, '');
  return trimmed.startsWith('<') && !trimmed.startsWith('<!--');
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 (dropping a BOM); invalid bytes are an error naming the file, line and column. */
export function decodeUTF8(bytes: Uint8Array, file: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.split('\n').length;
    const column = [...before.slice(lineStart)].length + 1;
    throw new VellumError({
      code: 'content',
      file,
      line,
      column,
      message: `the file is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset}); save it as UTF-8`,
    });
  }
}

/** Offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    if (i + length > bytes.length) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}
