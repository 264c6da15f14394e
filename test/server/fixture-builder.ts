/**
 * A small real builder for the server tests, until the pipeline exists:
 * content/<name>.md (a `---` front matter block with `title:`, then text) is
 * rendered through layouts/page.html (`{{title}}`, `{{content}}`) to
 * /<name>/index.html (`index.md` → /index.html); static/ is copied verbatim;
 * layouts/404.html becomes /404.html. Unclosed front matter and an unknown
 * `{{…}}` in a layout throw VellumError with a position, like the real thing.
 * Every rebuild is a full build diffed against the last one.
 */
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VellumError, positionAt } from '../../src/errors/index.js';
import { createSnapshot, diffSnapshots } from '../../src/server/snapshot.js';
import type { RebuildResult, SiteBuilder, SiteSnapshot, SourceChange } from '../../src/server/types.js';

export interface FixtureBuilder extends SiteBuilder {
  readonly calls: SourceChange[][];
}

export function createFixtureBuilder(siteDir: string, baseURL = 'http://localhost:1313/'): FixtureBuilder {
  let current: SiteSnapshot = { files: new Map() };
  const calls: SourceChange[][] = [];
  const full = async (changes: SourceChange[]): Promise<RebuildResult> => {
    const started = performance.now();
    const { snapshot, pages } = await render(siteDir, baseURL);
    const changed = diffSnapshots(current, snapshot);
    current = snapshot;
    const edited = changes.find((c) => c.kind === 'content' && c.event !== 'unlink');
    const changedPageURL = edited === undefined ? undefined : pageURL(path.basename(edited.path, '.md'));
    return { snapshot, changed, pagesRendered: pages, durationMs: performance.now() - started, changedPageURL };
  };
  return {
    siteDir,
    calls,
    watchPaths: ['content', 'layouts', 'static'].map((d) => path.join(siteDir, d)),
    build: () => full([]),
    rebuild: (changes) => {
      calls.push(changes);
      return full(changes);
    },
  };
}

function pageURL(name: string): string {
  return name === 'index' ? '/' : `/${name}/`;
}

async function render(siteDir: string, baseURL: string): Promise<{ snapshot: SiteSnapshot; pages: number }> {
  const files: [string, Buffer | string][] = [];
  const layoutPath = path.join(siteDir, 'layouts', 'page.html');
  const layout = existsSync(layoutPath) ? await readFile(layoutPath, 'utf8') : '<html><body>{{content}}</body></html>';
  checkLayout(layout, 'layouts/page.html');
  let pages = 0;
  for (const file of await listFiles(path.join(siteDir, 'content'))) {
    if (!file.endsWith('.md')) continue;
    const source = await readFile(path.join(siteDir, 'content', file), 'utf8');
    const { title, body } = parseFrontMatter(source, `content/${file}`);
    const name = file.slice(0, -3);
    const html = layout
      .replaceAll('{{title}}', title)
      .replaceAll('{{content}}', body.trim())
      .replaceAll('{{baseURL}}', baseURL);
    files.push([name === 'index' ? '/index.html' : `/${name}/index.html`, html]);
    pages++;
  }
  const notFound = path.join(siteDir, 'layouts', '404.html');
  if (existsSync(notFound)) files.push(['/404.html', await readFile(notFound)]);
  for (const file of await listFiles(path.join(siteDir, 'static'))) {
    files.push([`/${file}`, await readFile(path.join(siteDir, 'static', file))]);
  }
  return { snapshot: { ...createSnapshot(files), baseURL }, pages };
}

function parseFrontMatter(source: string, file: string): { title: string; body: string } {
  if (!source.startsWith('---\n')) return { title: '', body: source };
  const end = source.indexOf('\n---\n', 3);
  if (end === -1) {
    throw new VellumError({ code: 'front-matter', file, line: 1, column: 1, message: 'front matter is not closed; end it with "---"', source });
  }
  const title = /^title:\s*(.*)$/m.exec(source.slice(4, end))?.[1] ?? '';
  return { title, body: source.slice(end + 5) };
}

function checkLayout(layout: string, file: string): void {
  const match = /\{\{(?!title\}\}|content\}\}|baseURL\}\})/.exec(layout);
  if (match !== null) {
    const { line, column } = positionAt(layout, match.index);
    throw new VellumError({ code: 'template-parse', file, line, column, message: 'unexpected "{{" in layout', source: layout });
  }
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

/** A temp site folder with the given files; `remove` deletes it. */
export async function makeSite(files: Record<string, string>): Promise<{ dir: string; write(rel: string, text: string): Promise<void>; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vellum-serve-'));
  const write = async (rel: string, text: string): Promise<void> => {
    const target = path.join(dir, rel);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  };
  for (const [rel, text] of Object.entries(files)) await write(rel, text);
  for (const d of ['content', 'layouts', 'static']) await mkdir(path.join(dir, d), { recursive: true });
  return { dir, write, remove: () => rm(dir, { recursive: true, force: true }) };
}
