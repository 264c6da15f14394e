/**
 * The node:http handler over a SiteSnapshot. It never touches the file
 * system: a request can only ever reach a key of the snapshot.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentTypeFor, isHtml } from './mime.js';
import { resolveRequestPath } from './request-path.js';
import type { OutputEntry, SiteSnapshot } from './types.js';

export interface SiteHandlerOptions {
  getSnapshot(): SiteSnapshot;
  /** Applied to every HTML body served (live-reload script, Host rewrite); never to the snapshot. */
  transformHtml?(html: string, request: IncomingMessage): string;
}

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

const notFoundText = '404 page not found\n';

export function createSiteHandler(options: SiteHandlerOptions): RequestHandler {
  return (request, response) => {
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('405 method not allowed\n');
      return;
    }
    const { path: rawPath, query } = splitTarget(request.url ?? '/');
    const snapshot = options.getSnapshot();
    const resolved = rawPath === undefined ? ({ kind: 'bad' } as const) : resolveRequestPath(rawPath, (key) => snapshot.files.has(key));
    switch (resolved.kind) {
      case 'bad':
        return sendText(response, method, 400, '400 bad request\n');
      case 'redirect':
        response.writeHead(301, { Location: resolved.location + query, 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(method === 'HEAD' ? undefined : `Moved to ${resolved.location}\n`);
        return;
      case 'missing': {
        const page = snapshot.files.get('/404.html');
        if (page === undefined) return sendText(response, method, 404, notFoundText);
        return sendEntry(request, response, '/404.html', page, 404, options);
      }
      case 'file':
        return sendEntry(request, response, resolved.key, snapshot.files.get(resolved.key)!, 200, options);
      default: {
        const unreachable: never = resolved;
        return unreachable;
      }
    }
  };
}

/** The path and the query (with its `?`) of a request target; origin-form and absolute-form only. */
function splitTarget(target: string): { path: string | undefined; query: string } {
  let rest = target;
  if (!rest.startsWith('/')) {
    // absolute-form (`GET http://host/path`), allowed by RFC 9112 for proxies.
    const match = /^https?:\/\/[^/?#]*(.*)$/i.exec(rest);
    if (match === null) return { path: undefined, query: '' };
    rest = match[1] || '/';
  }
  const q = rest.search(/[?#]/);
  if (q === -1) return { path: rest, query: '' };
  const query = rest[q] === '?' ? rest.slice(q).replace(/#.*$/, '') : '';
  return { path: rest.slice(0, q), query };
}

function sendText(response: ServerResponse, method: string, status: number, text: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(method === 'HEAD' ? undefined : text);
}

function sendEntry(
  request: IncomingMessage,
  response: ServerResponse,
  key: string,
  entry: OutputEntry,
  status: number,
  options: SiteHandlerOptions,
): void {
  const html = isHtml(key);
  let body = entry.body;
  let etag = entry.etag;
  if (html && options.transformHtml !== undefined) {
    const transformed = options.transformHtml(body.toString('utf8'), request);
    body = Buffer.from(transformed);
    // The served bytes differ from the snapshot's, so their tag must too.
    if (!body.equals(entry.body)) etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
  }
  const lastModified = new Date(Math.floor(entry.mtimeMs / 1000) * 1000);
  const headers: Record<string, string | number> = {
    'Content-Type': contentTypeFor(key),
    ETag: etag,
    'Last-Modified': lastModified.toUTCString(),
    // Pages change on every save; other files are revalidated by ETag.
    'Cache-Control': html ? 'no-store' : 'no-cache',
  };
  if (status === 200 && isNotModified(request, etag, lastModified)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  headers['Content-Length'] = body.length;
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** RFC 9110 §13.1: If-None-Match wins over If-Modified-Since; tags compare weakly for GET/HEAD. */
function isNotModified(request: IncomingMessage, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === '*') return true;
    const bare = etag.replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (ifModifiedSince !== undefined) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && lastModified.getTime() <= since;
  }
  return false;
}
