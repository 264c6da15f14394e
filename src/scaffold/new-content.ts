/**
 * `vellum new <path>` (Hugo: `hugo new`): one content file from an archetype.
 * Lookup as Hugo 0.111: `archetypes/<section><ext>`, then
 * `archetypes/default<ext>`, then the built-in archetype. Never overwrites.
 * Each name is looked for in the project's archetypes/, then in each theme's
 * (Hugo's union file system: the project's file wins over a theme's).
 */

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/index.js';
import { layersOf } from '../content/layers.js';
import { VellumError } from '../errors/index.js';
import { archetypeData, BUILTIN_ARCHETYPE, renderArchetype } from './archetype.js';

export interface NewContentOptions {
  /** The file to create: "content/legal/terms.md" or "legal/terms.md". */
  path: string;
  /** Site root; default the current folder. */
  source?: string;
  /** The time written as `.Date`; default now. */
  now?: Date;
}

export interface NewContentResult {
  /** Absolute path of the file written. */
  file: string;
  /** The archetype used, relative to the site root, or "built-in". */
  archetype: string;
}

/** `target` as a path under content/ ("legal/terms.md"), or a usage error. */
export function contentPathOf(target: string, contentDir: string, sourceDir: string): string {
  const usage = (message: string) => new VellumError({ code: 'usage', message });
  if (target.includes('\0')) throw usage('the content path contains a NUL byte');
  const contentRoot = path.resolve(sourceDir, contentDir);
  let rel: string;
  if (path.isAbsolute(target)) {
    rel = path.relative(contentRoot, target);
  } else {
    const posix = path.posix.normalize(target.replaceAll('\\', '/'));
    const prefix = `${path.posix.normalize(contentDir.replaceAll('\\', '/')).replace(/\/$/, '')}/`;
    // Hugo accepts the path with or without the content folder in front.
    rel = posix.startsWith(prefix) ? posix.slice(prefix.length) : posix;
  }
  rel = rel.split(path.sep).join('/');
  if (rel === '' || rel === '.' || rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) {
    throw usage(`"${target}" is not inside ${contentDir}/; give a path such as ${contentDir}/legal/terms.md`);
  }
  if (rel.endsWith('/') || path.posix.extname(rel) === '') {
    throw usage(`"${target}" has no file extension; give the file to create, such as ${contentDir}/legal/terms.md`);
  }
  return rel;
}

export async function newContent(options: NewContentOptions): Promise<NewContentResult> {
  const sourceDir = path.resolve(options.source ?? '.');
  const now = options.now ?? new Date();
  const config = await loadConfig(sourceDir);
  const rel = contentPathOf(options.path, config.contentDir, sourceDir);
  const abs = path.resolve(sourceDir, config.contentDir, rel);
  const data = archetypeData(rel, abs, config, now);

  const ext = path.posix.extname(rel);
  let archetype = 'built-in';
  let text = BUILTIN_ARCHETYPE;
  const names = [data.Section === '' ? undefined : `${data.Section}${ext}`, `default${ext}`].filter((n) => n !== undefined);
  const candidates = names.flatMap((name) => layersOf(config, 'archetypes').map((layer) => `${layer.shownAs}/${name}`));
  for (const candidate of candidates) {
    const found = await readFile(path.join(sourceDir, candidate), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'EISDIR') return undefined;
      throw new VellumError({ code: 'usage', file: candidate, message: `could not read the archetype: ${error.message}`, cause: error });
    });
    if (found !== undefined) {
      archetype = candidate;
      text = found;
      break;
    }
  }

  const body = renderArchetype(text, archetype === 'built-in' ? 'archetype.md' : archetype, data, config, now);
  await mkdir(path.dirname(abs), { recursive: true });
  try {
    // "wx": fails if the file exists, so a race cannot overwrite either.
    await writeFile(abs, body, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new VellumError({ code: 'usage', file: path.relative(sourceDir, abs), message: 'already exists; vellum new never overwrites a file' });
    }
    throw error;
  }
  return { file: abs, archetype };
}
