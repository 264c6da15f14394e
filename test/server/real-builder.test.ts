/**
 * The dev server over the real pipeline (src/server/site-builder.ts): after a
 * series of edits, what is served equals a fresh `vellum build` of the same files.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { createDevServer } from '../../src/server/dev-server.js';
import { siteBuilderFactory } from '../../src/server/site-builder.js';

const repo = path.resolve(import.meta.dirname, '../..');
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

describe('vellum serve over the real build pipeline', () => {
  it('serves, after a series of edits, exactly what a fresh build writes', async () => {
    const site = await mkdtemp(path.join(os.tmpdir(), 'vellum-serve-real-'));
    cleanup.push(() => rm(site, { recursive: true, force: true }));
    for (const item of ['content', 'layouts', 'static', 'hugo.toml']) await cp(path.join(repo, item), path.join(site, item), { recursive: true });
    const logs: string[] = [];
    const server = await createDevServer({ port: 0, log: (l) => logs.push(l), builder: siteBuilderFactory({ source: site }) });
    cleanup.push(() => server.close());
    const settle = async (): Promise<void> => {
      await sleep(120);
      await server.idle();
    };
    const file = (rel: string): string => path.join(site, rel);
    const edit = async (rel: string, change: (text: string) => string): Promise<void> => {
      await writeFile(file(rel), change(await readFile(file(rel), 'utf8')));
      await settle();
    };

    await edit('content/privacy.md', (t) => t.replace('title = "Privacy Policy"', 'title = "Privacy Rules"') + '\n\nOne more paragraph.\n');
    await mkdir(file('content/legal'), { recursive: true });
    await writeFile(file('content/legal/terms.md'), '+++\ntitle = "Terms"\ndate = "2020-01-01"\n+++\nBe nice.\n');
    await settle();
    await edit('layouts/partials/footer.html', (t) => `${t}<p>Footer edit</p>\n`);
    await writeFile(file('content/legal/terms.md'), '+++\ntitle = "Terms"\nbroken\n');
    await settle();
    expect(logs.some((l) => l.includes('content/legal/terms.md:1'))).toBe(true);
    await writeFile(file('content/legal/terms.md'), '+++\ntitle = "Terms of Use"\ndate = "2021-01-01"\n+++\nBe very nice.\n');
    await settle();
    await edit('static/css/vellum.css', (t) => `${t}\nmain { outline: 0 }\n`);
    await edit('hugo.toml', (t) => t.replace('title = "vellum"', 'title = "vellum, edited"'));
    await writeFile(file('content/about.md'), '+++\ntitle = "About"\n+++\nAbout us.\n');
    await settle();
    await rm(file('content/about.md'));
    await settle();

    const out = path.join(site, 'fresh-build');
    await build({ source: site, destination: out, baseURL: server.url });
    const built = await listFiles(out);
    expect([...server.snapshot.files.keys()].sort()).toEqual(built);
    for (const key of built) {
      const onDisk = await readFile(path.join(out, key));
      expect(server.snapshot.files.get(key)!.body.equals(onDisk), key).toBe(true);
    }
    const served = await (await fetch(new URL('legal/terms/', server.url))).text();
    expect(served.replace('<script src="/__vellum/client.js" defer></script>', '')).toBe(await readFile(path.join(out, 'legal/terms/index.html'), 'utf8'));
  });
});
