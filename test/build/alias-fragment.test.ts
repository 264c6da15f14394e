/// <reference lib="dom" />
/**
 * keepAliasFragments: an alias redirect carries the visitor's #fragment to
 * the new page (Hugo's drops it). Off by default, so alias pages stay
 * identical to Hugo's. Checked in headless Chromium against a real server.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { createDevServer } from '../../src/server/dev-server.js';
import { siteBuilderFactory } from '../../src/server/site-builder.js';
import { makeSite, plainLayouts, removeSite } from '../helpers/site.js';

const chromiumPath = '/usr/bin/chromium';
const skipBrowser = !existsSync(chromiumPath) && !process.env['CI'];
if (skipBrowser) console.log(`Skipping the alias fragment browser test: ${chromiumPath} is missing (it runs, and fails, when CI is set).`);

const site = (keep: boolean) => ({
  'hugo.toml': `baseURL = "https://example.org/"\ntitle = "T"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n${keep ? 'keepAliasFragments = true\n' : ''}`,
  'content/new.md': '+++\ntitle = "New"\naliases = ["/old/"]\n+++\n## Details\n\nText.\n',
  ...plainLayouts,
});

describe('alias redirects and #fragments', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('write exactly Hugo\'s redirect page by default, with no script', async () => {
    const dir = await makeSite(site(false));
    cleanup.push(() => removeSite(dir));
    await build({ source: dir });
    const html = await readFile(path.join(dir, 'public/old/index.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=https://example.org/new/">');
    expect(html).not.toContain('<script');
  });

  it.skipIf(skipBrowser)('with keepAliasFragments, /old/#details lands on /new/#details in a browser', async () => {
    const dir = await makeSite(site(true));
    cleanup.push(() => removeSite(dir));
    const server = await createDevServer({ port: 0, liveReload: false, log: () => undefined, builder: siteBuilderFactory({ source: dir }) });
    cleanup.push(() => server.close());
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    cleanup.push(() => browser.close());
    const page = await browser.newPage();
    await page.goto(`${server.url}old/#details`);
    await page.waitForURL(`${server.url}new/#details`, { timeout: 10_000 });
    expect(await page.locator('h1').textContent()).toBe('New');
  });
});
