/**
 * The default theme `vellum init` copies: the same layouts/ and static/ that
 * this repository renders itself with. They ship inside the npm package (see
 * package.json "files") and are read from there at run time, so there is one
 * copy of the theme, not a second one embedded in code.
 */

import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VellumError } from '../errors/index.js';

/**
 * The package root: the nearest folder above this module with vellum's
 * package.json. This module runs from src/scaffold/ (tests), dist/scaffold/
 * or a chunk in dist/bundle/, so it is found rather than assumed.
 */
export function findPackageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = path.dirname(from);
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (manifest.name === 'vellum') return dir;
    } catch {
      // No package.json here (or not JSON): keep going up.
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new VellumError({ code: 'internal', message: `could not find the vellum package above ${from}` });
    dir = parent;
  }
}

export const THEME_FOLDERS = ['layouts', 'static'] as const;

/** Every theme file, as posix paths relative to the package root ("layouts/_default/baseof.html"). */
export async function themeFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(root, rel), { withFileTypes: true });
    for (const entry of entries) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  for (const folder of THEME_FOLDERS) {
    try {
      await walk(folder);
    } catch (error) {
      throw new VellumError({ code: 'internal', message: `the default theme is missing from the vellum package (${path.join(root, folder)}): ${(error as Error).message}`, cause: error });
    }
  }
  return out.sort();
}
