/**
 * The dev server watches the theme's folders: a theme file edit is
 * classified like the project's own (a layout, a static file) and rebuilds.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createDevServer } from '../../src/server/dev-server.js';
import { siteBuilderFactory } from '../../src/server/site-builder.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function write(root: string, rel: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
  await writeFile(path.join(root, rel), text);
}

describe('vellum serve with a theme', () => {
  it("rebuilds when a theme's layout or static file changes, the project's static file still winning", async () => {
    const site = await mkdtemp(path.join(os.tmpdir(), 'vellum-serve-theme-'));
    cleanup.push(() => rm(site, { recursive: true, force: true }));
    await write(site, 'hugo.toml', 'theme = "t"\nthemesDir = "vendor"\ndisableKinds = ["RSS", "sitemap", "taxonomy", "term"]\n');
    await write(site, 'content/_index.md', '---\ntitle: Home\n---\n');
    await write(site, 'vendor/t/layouts/index.html', '<p>first</p>');
    await write(site, 'vendor/t/static/a.txt', 'theme a');
    await write(site, 'vendor/t/static/b.txt', 'theme b');
    await write(site, 'static/b.txt', 'project b');
    const logs: string[] = [];
    const server = await createDevServer({ port: 0, log: (l) => logs.push(l), builder: siteBuilderFactory({ source: site }) });
    cleanup.push(() => server.close());
    const served = (key: string) => server.snapshot.files.get(key)?.body.toString();
    // Waits for the watcher and the rebuild (at most 5 s: a loaded machine delays file events).
    const settle = async (done: () => boolean): Promise<void> => {
      for (let waited = 0; waited < 5000 && !done(); waited += 50) {
        await sleep(50);
        await server.idle();
      }
    };
    expect(served('/index.html')).toContain('<p>first</p>');

    await write(site, 'vendor/t/layouts/index.html', '<p>second</p>');
    await settle(() => served('/index.html')?.includes('second') === true);
    expect(served('/index.html'), logs.join('\n')).toContain('<p>second</p>');

    await write(site, 'vendor/t/static/a.txt', 'theme a, edited');
    await write(site, 'vendor/t/static/b.txt', 'theme b, edited');
    await settle(() => served('/a.txt') === 'theme a, edited');
    await sleep(200);
    await server.idle();
    expect([served('/a.txt'), served('/b.txt')]).toEqual(['theme a, edited', 'project b']);
    expect(logs.some((l) => /fail/i.test(l))).toBe(false);
  });
});
