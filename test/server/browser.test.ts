/// <reference lib="dom" />
/**
 * Live reload in headless Chromium. Skipped (with a printed reason) only when
 * /usr/bin/chromium is missing and CI is not set; in CI a missing browser fails.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDevServer, type DevServer, type DevServerOptions } from '../../src/server/dev-server.js';
import { createFixtureBuilder, makeSite } from './fixture-builder.js';

const chromiumPath = '/usr/bin/chromium';
const skip = !existsSync(chromiumPath) && !process.env.CI;
if (skip) console.log(`Skipping browser tests: ${chromiumPath} is missing (they run, and fail, when CI is set).`);

const layout =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{title}}</title><link rel="stylesheet" href="/css/site.css"></head>' +
  '<body><main>{{content}}</main></body></html>';
const tallText = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i}</p>`).join('\n');
const files = {
  'layouts/page.html': layout,
  'layouts/404.html': '<!DOCTYPE html><html><head><title>404</title></head><body><h1>No such page</h1></body></html>',
  'content/index.md': '---\ntitle: Home\n---\n<p>Welcome</p>',
  'content/privacy.md': `---\ntitle: Privacy\n---\n<p id="lead">We keep nothing.</p>\n${tallText}`,
  'static/css/site.css': 'main { color: rgb(0, 0, 0) }',
};

const cleanup: (() => Promise<unknown>)[] = [];
let browser: Browser;

beforeAll(async () => {
  if (skip) return;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function start(options: Partial<DevServerOptions> = {}, siteFiles: Record<string, string> = files) {
  const site = await makeSite(siteFiles);
  cleanup.push(() => site.remove());
  const server = await startServer(site.dir, options);
  const page = await browser.newPage();
  cleanup.push(() => page.close());
  return { site, server, page };
}

async function startServer(dir: string, options: Partial<DevServerOptions> = {}): Promise<DevServer> {
  const server = await createDevServer({ port: 0, log: () => undefined, builder: (c) => createFixtureBuilder(dir, c.baseURL), ...options });
  cleanup.push(() => server.close());
  return server;
}

/** Opens a page and waits for the live-reload client to be connected. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __vellumEvents?: EventSource }).__vellumEvents?.readyState === 1);
  await page.evaluate(() => {
    (window as unknown as { __marker: number }).__marker = 42;
  });
}

const marker = (page: Page): Promise<unknown> => page.evaluate(() => (window as unknown as { __marker?: number }).__marker);

describe.skipIf(skip)('live reload in a real browser', () => {
  it('shows an edited page without reloading it, keeping the scroll position', async () => {
    const { site, server, page } = await start();
    await open(page, `${server.url}privacy/`);
    await page.evaluate(() => window.scrollTo(0, 1500));
    await site.write('content/privacy.md', `---\ntitle: Privacy, revised\n---\n<p id="lead">We keep even less.</p>\n${tallText}`);
    await page.waitForFunction(() => document.getElementById('lead')?.textContent === 'We keep even less.');
    expect(await page.title()).toBe('Privacy, revised');
    expect(await marker(page)).toBe(42);
    expect(await page.evaluate(() => window.scrollY)).toBe(1500);
    // The client script is not added twice by the patch.
    expect(await page.locator('script[src="/__vellum/client.js"]').count()).toBeLessThanOrEqual(1);
  });

  it('ignores an edit to another page', async () => {
    const { site, server, page } = await start();
    await open(page, `${server.url}privacy/`);
    let requests = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/privacy/')) requests++;
    });
    await site.write('content/index.md', '---\ntitle: Home\n---\n<p>Welcome back</p>');
    await new Promise((r) => setTimeout(r, 300));
    await server.idle();
    expect(requests).toBe(0);
  });

  it('reloads, keeping the scroll position, when an image or script changes', async () => {
    const { site, server, page } = await start({}, { ...files, 'static/img/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>' });
    await open(page, `${server.url}privacy/`);
    await page.evaluate(() => window.scrollTo(0, 900));
    const loaded = page.waitForEvent('load');
    await site.write('static/img/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"/>');
    await loaded;
    await page.waitForFunction(() => window.scrollY === 900);
    expect(await marker(page)).toBeUndefined();
  });

  it('swaps an edited stylesheet in place', async () => {
    const { site, server, page } = await start();
    await open(page, `${server.url}privacy/`);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).color)).toBe('rgb(0, 0, 0)');
    await site.write('static/css/site.css', 'main { color: rgb(200, 0, 0) }');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('main')!).color === 'rgb(200, 0, 0)');
    expect(await marker(page)).toBe(42);
    expect(await page.locator('link[rel=stylesheet]').count()).toBe(1);
    expect(await page.locator('link[rel=stylesheet]').getAttribute('href')).toMatch(/^\/css\/site\.css\?vellum=/);
  });

  it('shows a build error in an overlay and removes it when the file is fixed', async () => {
    const { site, server, page } = await start();
    await open(page, `${server.url}privacy/`);
    await site.write('content/privacy.md', '---\ntitle: Privacy\n<p id="lead">Oops</p>');
    const overlay = page.locator('vellum-error-overlay');
    await overlay.waitFor();
    expect(await overlay.locator('.file').textContent()).toBe('content/privacy.md:1:1');
    expect(await overlay.locator('.message').textContent()).toBe('front matter is not closed; end it with "---"');
    expect(await overlay.locator('.frame').textContent()).toContain('> 1 | ---');
    // The last good page is still what is shown and served.
    expect(await page.locator('#lead').textContent()).toBe('We keep nothing.');
    await site.write('content/privacy.md', '---\ntitle: Privacy\n---\n<p id="lead">Fixed.</p>');
    await overlay.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.getElementById('lead')?.textContent === 'Fixed.');
    expect(await marker(page)).toBe(42);
  });

  it('shows the overlay in a page opened while the build is broken', async () => {
    const { site, server, page } = await start();
    await site.write('layouts/page.html', '<html><body>{{oops</body></html>');
    await new Promise((r) => setTimeout(r, 150));
    await server.idle();
    await page.goto(`${server.url}privacy/`);
    const overlay = page.locator('vellum-error-overlay');
    await overlay.waitFor();
    expect(await overlay.locator('.file').textContent()).toBe('layouts/page.html:1:13');
  });

  it('serves a new page at its URL and answers a deleted one with 404', async () => {
    const { site, server, page } = await start();
    await open(page, `${server.url}privacy/`);
    await site.write('content/terms.md', '---\ntitle: Terms\n---\n<p id="lead">Be nice.</p>');
    await new Promise((r) => setTimeout(r, 150));
    await server.idle();
    const terms = await page.goto(`${server.url}terms/`);
    expect(terms?.status()).toBe(200);
    expect(await page.locator('#lead').textContent()).toBe('Be nice.');

    await open(page, `${server.url}privacy/`);
    await rm(path.join(site.dir, 'content/privacy.md'));
    // The open page turns into the site's 404 page by itself…
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'No such page');
    // …and loading it again answers 404.
    const gone = await page.goto(`${server.url}privacy/`);
    expect(gone?.status()).toBe(404);
  });

  it('reloads a page that has scripts of its own, restoring the scroll position', async () => {
    const withScript = { ...files, 'layouts/page.html': layout.replace('</body>', '<script>window.__ran = (window.__ran || 0) + 1</script></body>') };
    const { site, server, page } = await start({}, withScript);
    await open(page, `${server.url}privacy/`);
    await page.evaluate(() => window.scrollTo(0, 1200));
    await site.write('content/privacy.md', `---\ntitle: Privacy\n---\n<p id="lead">Reloaded.</p>\n${tallText}`);
    await page.waitForFunction(() => document.getElementById('lead')?.textContent === 'Reloaded.');
    await page.waitForFunction(() => window.scrollY === 1200);
    expect(await marker(page)).toBeUndefined(); // a real reload
    expect(await page.evaluate(() => (window as unknown as { __ran: number }).__ran)).toBe(1);
  });

  it('goes to the edited page with --navigateToChanged', async () => {
    const { site, server, page } = await start({ navigateToChanged: true });
    await open(page, `${server.url}privacy/`);
    await site.write('content/terms.md', '---\ntitle: Terms\n---\n<p id="lead">Over here.</p>');
    await page.waitForURL(`${server.url}terms/`);
    expect(await page.locator('#lead').textContent()).toBe('Over here.');
  });

  it('lets a hidden tab drop its connection and catches up when it is shown again', async () => {
    const { site, server, page } = await start();
    await open(page, `${server.url}privacy/`);
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((s) => {
        Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    await page.waitForFunction(() => (window as unknown as { __vellumEvents: EventSource }).__vellumEvents.readyState === 2, undefined, { timeout: 6000 });
    await site.write('content/privacy.md', '---\ntitle: Privacy\n---\n<p id="lead">Changed while hidden.</p>');
    await new Promise((r) => setTimeout(r, 150));
    await server.idle();
    expect(await page.locator('#lead').textContent()).toBe('We keep nothing.');
    await setVisibility('visible');
    await page.waitForFunction(() => document.getElementById('lead')?.textContent === 'Changed while hidden.');
    expect(await marker(page)).toBe(42);
  });

  it('still reconnects after the server was gone long enough to back off', async () => {
    const { site, server, page } = await start();
    await open(page, `${server.url}privacy/`);
    const port = server.port;
    await server.close();
    await new Promise((r) => setTimeout(r, 4000));
    await site.write('content/privacy.md', '---\ntitle: Privacy\n---\n<p id="lead">Back again.</p>');
    await startServer(site.dir, { port });
    await page.waitForFunction(() => document.getElementById('lead')?.textContent === 'Back again.', undefined, { timeout: 10_000 });
  });

  it('reconnects after a server restart and refreshes once', async () => {
    const { site, server, page } = await start();
    await open(page, `${server.url}privacy/`);
    const port = server.port;
    await server.close();
    await site.write('content/privacy.md', '---\ntitle: Privacy\n---\n<p id="lead">After restart.</p>');
    await startServer(site.dir, { port });
    await page.waitForFunction(() => document.getElementById('lead')?.textContent === 'After restart.', undefined, { timeout: 10_000 });
    expect(await marker(page)).toBe(42);
  });
});
