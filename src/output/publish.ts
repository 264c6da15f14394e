/**
 * Moving a finished build into the destination without losing anything:
 * the build was written to a staging folder beside the destination; only
 * when it is complete does it replace the destination. Files vellum wrote in
 * an earlier build and no longer produces are dropped (stale pages); files
 * vellum never wrote are carried over, unless --cleanDestinationDir (which
 * still keeps .git). The record of what vellum wrote lives outside the
 * deployable output, in the site's `.vellum/` cache folder.
 */

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile, lstat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { VellumError } from '../errors/index.js';

export interface PublishOptions {
  /** The site root (where `.vellum/` lives). */
  sourceDir: string;
  destination: string;
  cleanDestinationDir: boolean;
}

/**
 * Deleting the previous output costs as much as writing it. Past a few
 * hundred files a detached process does it, so the build returns as soon as
 * the new output is in place; the folder is hidden and the next build's
 * staging step clears whatever a failed deletion left behind.
 */
async function removeLater(dir: string, files: number): Promise<void> {
  if (files < 500) {
    await rm(dir, { recursive: true, force: true });
    return;
  }
  const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], {
    detached: true,
    stdio: 'ignore',
  });
  child.on('error', () => undefined);
  child.unref();
}

/** Removes folders an interrupted build left beside the destination. */
async function clearLeftovers(destination: string): Promise<void> {
  const prefix = `.${basename(destination)}.vellum-staging-`;
  let entries: string[] = [];
  try {
    entries = await readdir(dirname(destination));
  } catch {
    return;
  }
  await Promise.all(entries.filter((e) => e.startsWith(prefix)).map((e) => rm(join(dirname(destination), e), { recursive: true, force: true })));
}

/** A fresh, empty staging folder next to the destination (same file system, so renames are cheap). */
export async function createStaging(destination: string): Promise<string> {
  const staging = join(dirname(destination), `.${basename(destination)}.vellum-staging-${process.pid}`);
  await clearLeftovers(destination);
  await mkdir(staging, { recursive: true });
  return staging;
}

export async function discardStaging(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}

/** Refuses destinations that would put the user's sources at risk. */
export function checkDestination(sourceDir: string, destination: string): void {
  const rel = relative(resolve(destination), resolve(sourceDir));
  const sourceInside = rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  if (sourceInside) {
    throw new VellumError({
      code: 'usage',
      message: `the destination ${destination} ${rel === '' ? 'is' : 'contains'} the site folder ${sourceDir}; building there could overwrite your sources. Choose a folder inside or beside the site, such as "public".`,
    });
  }
}

function manifestPath(sourceDir: string, destination: string): string {
  const key = createHash('sha1').update(resolve(destination)).digest('hex').slice(0, 12);
  return join(sourceDir, '.vellum', `outputs-${key}.json`);
}

async function readManifest(path: string): Promise<Set<string>> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as { files?: unknown };
    return new Set(Array.isArray(data.files) ? data.files.map(String) : []);
  } catch {
    return new Set();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

export interface PublishResult {
  /** Files of an earlier build that this one no longer produces, now removed. */
  removedStale: string[];
  /** Files vellum never wrote, carried over into the new output. */
  keptForeign: string[];
}

/**
 * Replaces the destination with the staging folder, carrying over the files
 * vellum does not own. `written` lists every file of this build.
 */
export async function publish(staging: string, written: readonly string[], options: PublishOptions): Promise<PublishResult> {
  const { destination } = options;
  const manifestFile = manifestPath(options.sourceDir, destination);
  const previous = await readManifest(manifestFile);
  const produced = new Set(written);
  const result: PublishResult = { removedStale: [], keptForeign: [] };

  // Folders holding a file vellum writes now or wrote before are vellum's to sort through.
  const ownedDirs = new Set<string>();
  for (const file of [...previous, ...produced]) {
    for (let dir = dirname(file); dir !== '.' && !ownedDirs.has(dir); dir = dirname(dir)) ownedDirs.add(dir);
  }

  if (await exists(destination)) {
    // Carry over what is not ours: whole foreign folders move in one rename.
    const carry = async (dir: string, prefix: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
        const from = join(dir, entry.name);
        const keepAlways = prefix === '' && entry.name === '.git';
        if (entry.isDirectory()) {
          const owned = ownedDirs.has(rel);
          if (!owned && (keepAlways || !options.cleanDestinationDir)) {
            await mkdir(dirname(join(staging, rel)), { recursive: true });
            await rename(from, join(staging, rel));
            result.keptForeign.push(`${rel}/`);
          } else if (owned) {
            await carry(from, rel);
          }
          continue;
        }
        if (produced.has(rel)) continue;
        if (previous.has(rel)) {
          result.removedStale.push(rel);
          continue;
        }
        if (options.cleanDestinationDir && !keepAlways) continue;
        await mkdir(dirname(join(staging, rel)), { recursive: true });
        await rename(from, join(staging, rel));
        result.keptForeign.push(rel);
      }
    };
    await carry(destination, '');
    const old = `${staging}.old`;
    await rm(old, { recursive: true, force: true });
    await rename(destination, old);
    await rename(staging, destination);
    await removeLater(old, previous.size);
  } else {
    await mkdir(dirname(destination), { recursive: true });
    await rename(staging, destination);
  }

  await mkdir(dirname(manifestFile), { recursive: true });
  await writeFile(manifestFile, JSON.stringify({ destination: resolve(destination), files: [...produced].sort() }, null, 1));
  return result;
}
