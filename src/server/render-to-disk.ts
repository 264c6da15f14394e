/**
 * --renderToDisk: the snapshot mirrored into a folder. The server still serves
 * from memory, so what the browser sees and what is on disk are the same bytes.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteSnapshot } from './types.js';

/** Writes `keys` (all files when omitted) and removes keys no longer in the snapshot. */
export async function writeSnapshot(folder: string, snapshot: SiteSnapshot, keys?: readonly string[]): Promise<void> {
  const root = path.resolve(folder);
  for (const key of keys ?? snapshot.files.keys()) {
    const target = path.resolve(root, `.${key}`);
    // Keys come from the builder, but a bad one must still not write outside the folder.
    if (!target.startsWith(root + path.sep)) throw new Error(`refusing to write output key outside ${root}: ${key}`);
    const entry = snapshot.files.get(key);
    if (entry === undefined) {
      await rm(target, { force: true });
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, entry.body);
  }
}
