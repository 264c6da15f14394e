/**
 * `vellum init [dir]` (Hugo: `hugo new site`): a site that builds at once —
 * config, a privacy page, the default theme, an archetype and a .gitignore.
 * It refuses a folder with files in it unless forced, and even then it never
 * replaces a file that exists: it reports each one it left alone.
 */

import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAMES, loadConfig } from '../config/index.js';
import { VellumError } from '../errors/index.js';
import { archetypeData, DEFAULT_ARCHETYPE, renderArchetype } from './archetype.js';
import { PRIVACY_ARCHETYPE } from './privacy.js';
import { findPackageRoot, themeFiles } from './theme.js';

export interface InitOptions {
  /** Folder to create the site in; default the current folder. */
  dir?: string;
  /** Write into a folder that has files in it, keeping every file already there. */
  force?: boolean;
  /** The date written into content/privacy.md; default now. */
  now?: Date;
  /** Where the default theme's layouts/ and static/ are read from; default this package. */
  themeRoot?: string;
}

export interface InitResult {
  /** Absolute path of the site. */
  dir: string;
  /** Files written, relative to the site, posix separators, in the order written. */
  written: string[];
  /** Files that existed and were left as they were (only with `force`). */
  skipped: string[];
}

/** vellum's cache of what a build wrote (src/output/publish.ts) lives in .vellum/, next to public/. */
export const GITIGNORE = `# vellum build output and its record of what it wrote
public/
.vellum/
`;

export function configText(title: string): string {
  return `# Site settings; vellum reads the same keys as Hugo (see the README).
# baseURL is where the site will be served from. \`vellum build --baseURL <url>\` overrides it,
# e.g. for a GitHub Pages project site served from https://<user>.github.io/<repo>/.
baseURL = "https://example.org/"
title = ${JSON.stringify(title)}
languageCode = "en-us"
`;
}

/** "acme-docs" → "Acme Docs": a starting title from the folder's name. */
export function titleFromFolder(dir: string): string {
  const words = path.basename(path.resolve(dir)).split(/[-_\s.]+/).filter(Boolean);
  const title = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  return title === '' ? 'My Site' : title;
}

async function isEmptyFolder(dir: string): Promise<boolean> {
  try {
    // A fresh `git init` is still an empty site folder.
    return (await readdir(dir)).every((name) => name === '.git');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw new VellumError({ code: 'usage', message: `${dir} is a file, not a folder` });
    }
    throw error;
  }
}

export async function initSite(options: InitOptions = {}): Promise<InitResult> {
  const dir = path.resolve(options.dir ?? '.');
  const now = options.now ?? new Date();
  if (options.force !== true && !(await isEmptyFolder(dir))) {
    throw new VellumError({
      code: 'usage',
      message: `${dir} is not empty; choose a new folder, or pass --force to add the site's files next to what is there (existing files are kept)`,
    });
  }
  await mkdir(dir, { recursive: true });
  const result: InitResult = { dir, written: [], skipped: [] };

  /** Writes `rel` unless it exists ("wx" makes the check and the write one step). */
  const create = async (rel: string, write: (abs: string) => Promise<void>): Promise<void> => {
    const abs = path.join(dir, rel);
    await mkdir(path.dirname(abs), { recursive: true });
    try {
      await write(abs);
      result.written.push(rel);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      result.skipped.push(rel);
    }
  };
  const createText = (rel: string, text: string) => create(rel, (abs) => writeFile(abs, text, { flag: 'wx' }));

  // Any config file already there wins; a new hugo.toml would take precedence over a config.toml.
  const existingConfig = (await readdir(dir)).find((name) => (CONFIG_FILE_NAMES as readonly string[]).includes(name));
  if (existingConfig === undefined) await createText('hugo.toml', configText(titleFromFolder(dir)));
  else result.skipped.push(existingConfig);
  await createText('.gitignore', GITIGNORE);
  await createText('archetypes/default.md', DEFAULT_ARCHETYPE);

  const config = await loadConfig(dir);
  const privacy = path.posix.join(config.contentDir, 'privacy.md');
  const privacyAbs = path.join(dir, privacy);
  const privacyText = renderArchetype(PRIVACY_ARCHETYPE, 'privacy archetype', archetypeData('privacy.md', privacyAbs, config, now), config, now);
  await createText(privacy, privacyText);

  const themeRoot = options.themeRoot ?? findPackageRoot();
  for (const rel of await themeFiles(themeRoot)) {
    await create(rel, (abs) => copyFile(path.join(themeRoot, rel), abs, 1 /* COPYFILE_EXCL */));
  }
  return result;
}
