import { existsSync } from 'node:fs';
import { readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createDevServer, type DevServer, type DevServerOptions } from '../../src/server/dev-server.js';
import type { SiteBuilder } from '../../src/server/types.js';
import { createFixtureBuilder, makeSite, type FixtureBuilder } from './fixture-builder.js';
import { rawRequest } from './http-helpers.js';
import { listen, type EventLog } from './sse-client.js';

const layout = '<!DOCTYPE html><html><head><title>{{title}}</title><link rel="stylesheet" href="/css/site.css"></head><body><main>{{content}}</main><a href="{{baseURL}}privacy/">privacy</a></body></html>';
const files = {
  'layouts/page.html': layout,
  'layouts/404.html': '<html><body>No such page</body></html>',
  'content/index.md': '---\ntitle: Home\n---\nWelcome',
  'content/privacy.md': '---\ntitle: Privacy\n---\nWe keep nothing.',
  'static/css/site.css': 'main { color: black }',
};

type Site = Awaited<ReturnType<typeof makeSite>>;
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

interface Started {
  site: Site;
  server: DevServer;
  builder: FixtureBuilder;
  logs: string[];
  events: EventLog;
}

async function start(options: Partial<DevServerOptions> = {}, wrap: (b: FixtureBuilder) => SiteBuilder = (b) => b): Promise<Started> {
  const site = await makeSite(files);
  cleanup.push(() => site.remove());
  const logs: string[] = [];
  let builder!: FixtureBuilder;
  const server = await createDevServer({
    port: 0,
    log: (line) => logs.push(line),
    builder: (context) => {
      builder = createFixtureBuilder(site.dir, context.baseURL);
      return wrap(builder);
    },
    ...options,
  });
  cleanup.push(() => server.close());
  const events = options.liveReload === false ? ({ messages: [], next: () => Promise.reject(new Error('off')), close: () => undefined } as EventLog) : await listen(server.url);
  cleanup.push(async () => events.close());
  return { site, server, builder, logs, events };
}

describe('createDevServer', () => {
  it('serves the built site from memory at the URL it prints, with the live-reload script in pages only', async () => {
    const { server, logs } = await start();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(logs.some((l) => l.includes(`Serving at ${server.url}`))).toBe(true);
    const page = await (await fetch(`${server.url}privacy/`)).text();
    expect(page).toContain('We keep nothing.');
    expect(page).toContain('<script src="/__vellum/client.js" defer></script></body>');
    expect(server.snapshot.files.get('/privacy/index.html')!.body.toString()).not.toContain('__vellum');
    const css = await (await fetch(`${server.url}css/site.css`)).text();
    expect(css).toBe('main { color: black }');
    const client = await fetch(`${server.url}__vellum/client.js`);
    expect(client.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await client.text()).toContain('EventSource');
  });

  it('injects nothing and serves no client with live reload off', async () => {
    const { server } = await start({ liveReload: false });
    expect(await (await fetch(`${server.url}privacy/`)).text()).not.toContain('__vellum');
    expect((await fetch(`${server.url}__vellum/client.js`)).status).toBe(404);
  });

  it('takes the next free port when the asked one is taken, and says so', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise((resolve) => blocker.close(resolve)));
    const taken = (blocker.address() as AddressInfo).port;
    const { server, logs } = await start({ port: taken });
    expect(server.port).toBe(taken + 1);
    expect(logs).toContain(`Port ${taken} is in use; using ${taken + 1} instead.`);
  });

  it('releases its port and ends live-reload connections on close', async () => {
    const { server, events } = await start();
    await server.close();
    const again = createServer();
    await new Promise<void>((resolve, reject) => {
      again.once('error', reject);
      again.listen(server.port, '127.0.0.1', resolve);
    });
    await new Promise((resolve) => again.close(resolve));
    events.close();
  });

  it('rebuilds on a content edit, prints one line and tells the browsers which pages changed', async () => {
    const { server, site, logs, events } = await start();
    const from = events.messages.length;
    await site.write('content/privacy.md', '---\ntitle: Privacy\n---\nWe keep even less.');
    const message = await events.next((m) => m.type === 'reload', from);
    expect(message).toEqual({ type: 'reload', paths: ['/privacy/index.html'] });
    expect(await (await fetch(`${server.url}privacy/`)).text()).toContain('We keep even less.');
    expect(logs.filter((l) => l.startsWith('Change detected:'))).toEqual([
      expect.stringMatching(/^Change detected: content\/privacy\.md \(content\) → 2 pages rendered, 1 file changed in \d+ ms$/),
    ]);
  });

  it('sends a CSS edit as a stylesheet swap', async () => {
    const { site, events } = await start();
    const from = events.messages.length;
    await site.write('static/css/site.css', 'main { color: rebeccapurple }');
    expect(await events.next((m) => m.type !== 'hello', from)).toEqual({ type: 'css', paths: ['/css/site.css'] });
  });

  it('makes one rebuild of a write-then-rename save', async () => {
    const { site, builder, server } = await start();
    const target = path.join(site.dir, 'content/privacy.md');
    await rename(target, `${target}~`);
    await writeFile(target, '---\ntitle: Privacy\n---\nSaved the vim way.');
    await unlink(`${target}~`);
    await sleep(150);
    await server.idle();
    expect(builder.calls).toEqual([[{ kind: 'content', path: target, event: 'change' }]]);
  });

  it('makes one rebuild of an atomic save through a temp file', async () => {
    const { site, builder, server } = await start();
    const target = path.join(site.dir, 'content/privacy.md');
    await writeFile(`${target}.tmp`, '---\ntitle: Privacy\n---\nSaved atomically.');
    await rename(`${target}.tmp`, target);
    await sleep(150);
    await server.idle();
    expect(builder.calls).toEqual([[{ kind: 'content', path: target, event: 'change' }]]);
    expect(await (await fetch(`${server.url}privacy/`)).text()).toContain('Saved atomically.');
  });

  it('does not lose a second save made within 50 ms of the first (chokidar drops it)', async () => {
    const { site, server } = await start();
    for (let round = 0; round < 3; round++) {
      await site.write('content/privacy.md', `---\ntitle: Privacy\n---\nDraft ${round}.`);
      await sleep(30);
      await site.write('content/privacy.md', `---\ntitle: Privacy\n---\nFinal ${round}.`);
      await sleep(150);
      await server.idle();
      expect(await (await fetch(`${server.url}privacy/`)).text()).toContain(`Final ${round}.`);
    }
  });

  it('queues changes made during a rebuild and builds them next, losing none', async () => {
    let slow = true;
    const { site, builder, server } = await start({}, (b) => ({
      ...b,
      siteDir: b.siteDir,
      watchPaths: b.watchPaths,
      build: () => b.build(),
      rebuild: async (changes) => {
        if (slow) {
          slow = false;
          await sleep(300);
        }
        return b.rebuild(changes);
      },
    }));
    await site.write('content/privacy.md', '---\ntitle: Privacy\n---\nFirst edit.');
    await sleep(100); // the first rebuild is now running
    await site.write('content/terms.md', '---\ntitle: Terms\n---\nNew page.');
    await site.write('content/index.md', '---\ntitle: Home\n---\nSecond edit.');
    await sleep(400);
    await server.idle();
    expect(builder.calls.map((batch) => batch.map((c) => `${c.event} ${path.basename(c.path)}`))).toEqual([
      ['change privacy.md'],
      ['add terms.md', 'change index.md'],
    ]);
    expect(await (await fetch(`${server.url}terms/`)).text()).toContain('New page.');
    expect(await (await fetch(server.url)).text()).toContain('Second edit.');
  });

  it('serves a new page at its URL and answers a deleted page with the 404 page', async () => {
    const { site, server } = await start();
    await site.write('content/terms.md', '---\ntitle: Terms\n---\nBe nice.');
    await sleep(100);
    await server.idle();
    expect(await (await fetch(`${server.url}terms/`)).text()).toContain('Be nice.');
    await rm(path.join(site.dir, 'content/privacy.md'));
    await sleep(100);
    await server.idle();
    const gone = await fetch(`${server.url}privacy/`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain('No such page');
  });

  it('keeps serving the last good build on an error, prints it once, pushes it to browsers, and recovers', async () => {
    const { site, server, logs, events } = await start();
    const from = events.messages.length;
    await site.write('content/privacy.md', '---\ntitle: Privacy\nWe forgot to close it.');
    const message = await events.next((m) => m.type === 'error', from);
    expect(message).toMatchObject({
      type: 'error',
      error: { code: 'front-matter', file: 'content/privacy.md', line: 1, column: 1, frame: expect.stringContaining('> 1 | ---') },
    });
    const printed = logs.filter((l) => l.includes('front matter is not closed'));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('content/privacy.md:1:1');
    expect(printed[0]).toContain('> 1 | ---');
    expect(await (await fetch(`${server.url}privacy/`)).text()).toContain('We keep nothing.');

    // A browser opened now learns about the error as it connects.
    const late = await listen(server.url);
    cleanup.push(async () => late.close());
    expect(late.messages.map((m) => m.type)).toEqual(['hello', 'error']);
    // It also learns how many messages it missed: one error so far.
    expect(late.messages[0]).toMatchObject({ type: 'hello', seq: 1 });

    const before = events.messages.length;
    await site.write('content/privacy.md', '---\ntitle: Privacy\n---\nFixed.');
    expect(await events.next((m) => m.type !== 'hello', before).catch((e: Error) => { throw new Error(e.message + logs.join('\n')); })).toEqual({ type: 'ok' });
    expect(await (await fetch(`${server.url}privacy/`)).text()).toContain('Fixed.');
  });

  it('prints a repeated identical error as a short line', async () => {
    const { site, server, logs } = await start();
    await site.write('layouts/page.html', '<html>{{oops</html>');
    await sleep(100);
    await server.idle();
    await site.write('layouts/page.html', '<html>{{oops</html>');
    await sleep(100);
    await server.idle();
    expect(logs.filter((l) => l.includes('layouts/page.html:1:7'))).toHaveLength(2);
    expect(logs.filter((l) => l.includes('> 1 |'))).toHaveLength(1);
    expect(logs.some((l) => l.startsWith('Rebuild failed again with the same error'))).toBe(true);
  });

  it('hands the changes of a failed rebuild to the next one', async () => {
    const { site, server, builder } = await start();
    await site.write('content/a.md', '---\ntitle: A\nbroken');
    await sleep(100);
    await server.idle();
    await site.write('content/a.md', '---\ntitle: A\n---\nfine');
    await sleep(100);
    await server.idle();
    // The file was added by the failed batch: the fix hands that over, not just a change.
    const calls = builder.calls.map((batch) => batch.map((c) => `${c.event} ${path.basename(c.path)}`));
    expect(calls.length).toBeGreaterThanOrEqual(2);
    for (const call of calls) expect(call).toEqual(['add a.md']);
    expect(await (await fetch(`${server.url}a/`)).text()).toContain('fine');
  });

  it('serves an overlay-ready page until the first build succeeds', async () => {
    const site = await makeSite({ ...files, 'content/privacy.md': '---\ntitle: broken' });
    cleanup.push(() => site.remove());
    const logs: string[] = [];
    const server = await createDevServer({ port: 0, log: (l) => logs.push(l), builder: createFixtureBuilder(site.dir) });
    cleanup.push(() => server.close());
    const page = await fetch(server.url);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('/__vellum/client.js');
    expect(logs.some((l) => l.includes('front matter is not closed'))).toBe(true);
    await site.write('content/privacy.md', '---\ntitle: Privacy\n---\nnow fine');
    await sleep(100);
    await server.idle();
    expect(await (await fetch(`${server.url}privacy/`)).text()).toContain('now fine');
  });

  it('sends --navigateToChanged browsers to the edited page', async () => {
    const { site, events } = await start({ navigateToChanged: true });
    const from = events.messages.length;
    await site.write('content/terms.md', '---\ntitle: Terms\n---\nNew.');
    expect(await events.next((m) => m.type !== 'hello', from)).toEqual({ type: 'navigate', url: '/terms/' });
  });

  it('rewrites links built for localhost to the host the request came through', async () => {
    const { server } = await start({ bind: '127.0.0.1' });
    const body = await new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: server.port, path: '/privacy/', headers: { Host: `192.168.1.5:${server.port}` } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end();
    });
    expect(body).toContain(`<a href="http://192.168.1.5:${server.port}/privacy/">`);
    const local = await (await fetch(`${server.url}privacy/`)).text();
    expect(local).toContain(`<a href="http://127.0.0.1:${server.port}/privacy/">`);
  });

  it('with --bind 0.0.0.0 prints a localhost URL, builds links for it and answers on every interface', async () => {
    const { server, logs } = await start({ bind: '0.0.0.0' });
    expect(server.url).toBe(`http://localhost:${server.port}/`);
    expect(logs).toContain(`Serving at ${server.url} (bound to 0.0.0.0). Press Ctrl+C to stop.`);
    const page = await (await fetch(`http://127.0.0.1:${server.port}/privacy/`)).text();
    // Requested through 127.0.0.1, so the links say 127.0.0.1, not localhost.
    expect(page).toContain(`<a href="http://127.0.0.1:${server.port}/privacy/">`);
  });

  it.each([
    ['127.0.0.1', 403],
    ['0.0.0.0', 200],
  ])('with --bind %s answers a request for another host name with %i (DNS rebinding)', async (bind, status) => {
    const { server } = await start({ bind });
    const response = await rawRequest(server.port, '/privacy/', 'GET', { Host: `rebound.example:${server.port}` });
    expect(response.status).toBe(status);
  });

  it('mirrors every build into the --renderToDisk folder', async () => {
    const outSite = await makeSite({});
    cleanup.push(() => outSite.remove());
    const out = path.join(outSite.dir, 'public');
    const { site, server } = await start({ renderToDisk: out });
    expect(await readFile(path.join(out, 'privacy/index.html'), 'utf8')).toContain('We keep nothing.');
    expect(await readFile(path.join(out, 'privacy/index.html'), 'utf8')).not.toContain('__vellum');
    await site.write('content/privacy.md', '---\ntitle: Privacy\n---\nOn disk too.');
    await rm(path.join(site.dir, 'content/index.md'));
    await sleep(100);
    await server.idle();
    expect(await readFile(path.join(out, 'privacy/index.html'), 'utf8')).toContain('On disk too.');
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });

  it('notices edits with --poll', async () => {
    const { site, server } = await start({ poll: 50 });
    await sleep(100);
    await site.write('content/privacy.md', '---\ntitle: Privacy\n---\nPolled.');
    for (let i = 0; i < 40 && !(await (await fetch(`${server.url}privacy/`)).text()).includes('Polled.'); i++) await sleep(50);
    expect(await (await fetch(`${server.url}privacy/`)).text()).toContain('Polled.');
  });
});
