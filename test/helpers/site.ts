/** Real sites on disk for tests: write a tree of files into a fresh temp folder. */

import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Tree = Record<string, string | Uint8Array>;

export async function makeSite(files: Tree): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vellum-test-'));
  await writeTree(dir, files);
  return dir;
}

export async function writeTree(dir: string, files: Tree): Promise<void> {
  for (const [name, contents] of Object.entries(files)) {
    const abs = path.join(dir, name);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, contents);
  }
}

/** Every file below `dir` with its text, relative posix paths, sorted. */
export async function readTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (rel: string) => {
    let entries;
    try {
      entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else out[child] = await readFile(path.join(dir, child), 'utf8');
    }
  };
  await walk('');
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export async function removeSite(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A minimal layout set that prints what tests look at. */
export const plainLayouts: Tree = {
  'layouts/_default/single.html': '<h1>{{ .Title }}</h1>{{ .Content }}',
  'layouts/_default/list.html': '<h1>{{ .Title }}</h1>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}',
};
