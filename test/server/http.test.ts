import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSiteHandler } from '../../src/server/http.js';
import { createSnapshot } from '../../src/server/snapshot.js';
import type { SiteSnapshot } from '../../src/server/types.js';
import { rawRequest } from './http-helpers.js';

const mtime = Date.parse('2026-11-01T10:00:00Z');
const extensions = ['html', 'css', 'js', 'mjs', 'json', 'xml', 'svg', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'woff', 'woff2', 'ttf', 'ico', 'txt', 'pdf', 'map'];

function siteSnapshot(with404 = true): SiteSnapshot {
  const files: [string, string][] = [
    ['/index.html', '<html><body>home</body></html>'],
    ['/privacy/index.html', '<html><body>privacy</body></html>'],
    ['/css/vellum.css', 'body{color:red}'],
    ['/LICENSE', 'MIT'],
    ...extensions.map((ext): [string, string] => [`/files/sample.${ext}`, `sample ${ext}`]),
  ];
  if (with404) files.push(['/404.html', '<html><body>Not here</body></html>']);
  return createSnapshot(files, mtime);
}

let server: Server;
let base: string;
let port: number;
let snapshot: SiteSnapshot;

async function start(transformHtml?: (html: string) => string): Promise<void> {
  server = createServer(createSiteHandler({ getSnapshot: () => snapshot, transformHtml }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
}

beforeEach(async () => {
  snapshot = siteSnapshot();
  await start();
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('serving a snapshot over HTTP', () => {
  it('redirects a folder without its slash to the slash, keeping the query', async () => {
    const response = await fetch(`${base}/privacy?lang=en&x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/privacy/?lang=en&x=1');
  });

  it('serves index.html for a folder', async () => {
    const response = await fetch(`${base}/privacy/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<html><body>privacy</body></html>');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('serves the home page at /', async () => {
    expect(await (await fetch(`${base}/`)).text()).toContain('home');
  });

  it.each<[string, string]>([
    ['html', 'text/html; charset=utf-8'],
    ['css', 'text/css; charset=utf-8'],
    ['js', 'text/javascript; charset=utf-8'],
    ['mjs', 'text/javascript; charset=utf-8'],
    ['json', 'application/json; charset=utf-8'],
    ['xml', 'application/xml; charset=utf-8'],
    ['svg', 'image/svg+xml; charset=utf-8'],
    ['png', 'image/png'],
    ['jpg', 'image/jpeg'],
    ['jpeg', 'image/jpeg'],
    ['gif', 'image/gif'],
    ['webp', 'image/webp'],
    ['avif', 'image/avif'],
    ['woff', 'font/woff'],
    ['woff2', 'font/woff2'],
    ['ttf', 'font/ttf'],
    ['ico', 'image/x-icon'],
    ['txt', 'text/plain; charset=utf-8'],
    ['pdf', 'application/pdf'],
    ['map', 'application/json; charset=utf-8'],
  ])('sends .%s as %s', async (ext, type) => {
    const response = await fetch(`${base}/files/sample.${ext}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toBe(`sample ${ext}`);
  });

  it('sends a file without extension as octet-stream', async () => {
    const response = await fetch(`${base}/LICENSE`);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
  });

  it("answers a missing path with the site's 404.html and status 404", async () => {
    const response = await fetch(`${base}/nope/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<html><body>Not here</body></html>');
  });

  it('answers a missing path with plain text when the site has no 404.html', async () => {
    snapshot = siteSnapshot(false);
    const response = await fetch(`${base}/nope`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe('404 page not found\n');
  });

  it('sends ETag and Last-Modified, and 304 for a matching If-None-Match', async () => {
    const first = await fetch(`${base}/css/vellum.css`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('last-modified')).toBe(new Date(mtime).toUTCString());
    const again = await fetch(`${base}/css/vellum.css`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const listed = await fetch(`${base}/css/vellum.css`, { headers: { 'If-None-Match': `"other", W/${etag!}` } });
    expect(listed.status).toBe(304);
  });

  it('sends the file again when its ETag no longer matches', async () => {
    const response = await fetch(`${base}/css/vellum.css`, { headers: { 'If-None-Match': '"stale"' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('body{color:red}');
  });

  it('answers If-Modified-Since with 304 when unchanged and 200 when older', async () => {
    const unchanged = await fetch(`${base}/css/vellum.css`, { headers: { 'If-Modified-Since': new Date(mtime).toUTCString() } });
    expect(unchanged.status).toBe(304);
    const older = await fetch(`${base}/css/vellum.css`, { headers: { 'If-Modified-Since': new Date(mtime - 60_000).toUTCString() } });
    expect(older.status).toBe(200);
  });

  it('lets If-None-Match win over If-Modified-Since', async () => {
    const response = await fetch(`${base}/css/vellum.css`, {
      headers: { 'If-None-Match': '"stale"', 'If-Modified-Since': new Date(mtime).toUTCString() },
    });
    expect(response.status).toBe(200);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await rawRequest(port, '/css/vellum.css', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(head.headers['content-length']).toBe(String('body{color:red}'.length));
    expect(head.body).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s with 405 and Allow', async (method) => {
    const response = await fetch(`${base}/privacy/`, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('caches pages not at all and other files only after revalidation', async () => {
    expect((await fetch(`${base}/`)).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${base}/css/vellum.css`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('changes the ETag of a page when what is served differs from the snapshot', async () => {
    const plain = (await fetch(`${base}/`)).headers.get('etag');
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await start((html) => html.replace('</body>', '<script></script></body>'));
    const transformed = await fetch(`${base}/`);
    expect(await transformed.text()).toBe('<html><body>home<script></script></body></html>');
    expect(transformed.headers.get('etag')).not.toBe(plain);
  });

  it.each([
    '/../../../../etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/%252e%252e/%252e%252e/etc/passwd',
    '/css/..%5c..%5cetc%5cpasswd',
    '/..\\..\\etc\\passwd',
    '/css/vellum.css%00.html',
    '/C:/Windows/win.ini',
    '/c:%5cwindows%5cwin.ini',
    '//etc/passwd',
    '/privacy/./../../etc/passwd',
    '/%c0%ae%c0%ae/etc/passwd',
    'http://127.0.0.1/../etc/passwd',
    '/etc/passwd',
    '/%2fetc%2fpasswd',
  ])('answers %s with 400 or 404 and nothing from outside the site', async (target) => {
    const response = await rawRequest(port, target);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain('root:');
    expect(response.body).not.toMatch(/\[fonts\]|for 16-bit/i);
  });

  it('never redirects to another host', async () => {
    const response = await rawRequest(port, '//evil.example');
    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
  });
});

describe('the HTTP layer', () => {
  it('imports nothing that could read a file, so only snapshot keys can be served', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const file of ['http.ts', 'request-path.ts', 'mime.ts']) {
      const source = await readFile(new URL(`../../src/server/${file}`, import.meta.url), 'utf8');
      const imports = [...source.matchAll(/^import .* from '([^']+)'/gm)].map((m) => m[1]);
      expect(imports.filter((spec) => /fs|child_process|\.\/(watch|render-to-disk)/.test(spec ?? ''))).toEqual([]);
    }
  });
});
