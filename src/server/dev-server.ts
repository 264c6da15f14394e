/**
 * `vellum serve`: the pieces wired together. Source events → coalesced,
 * typed changes → builder.rebuild → new snapshot served from memory →
 * messages to open browsers. Errors keep the last good snapshot and go to the
 * terminal once and to the browser as an overlay.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { classifyPath } from './classify.js';
import { clientScript } from './client.js';
import { coalesceEvents, toSourceChanges, type RawEvent } from './coalesce.js';
import { createEventHub, type ErrorPayload } from './events.js';
import { isLocalHostHeader, isLoopbackBind } from './host-check.js';
import { createSiteHandler } from './http.js';
import { clientScriptPath, eventsPath, injectLiveReload, isSafeHost, rewriteOrigin } from './inject.js';
import { displayHost, listenOnFreePort } from './listen.js';
import { openBrowser } from './open-browser.js';
import { createChangeQueue } from './queue.js';
import { planMessages } from './reload-plan.js';
import { writeSnapshot } from './render-to-disk.js';
import { errorPayload, formatError, formatRebuildLine } from './report.js';
import type { BuilderFactory, RebuildResult, ServeContext, SiteBuilder, SiteSnapshot } from './types.js';
import { watchSources, type SourceWatcher } from './watch.js';

export interface DevServerOptions {
  /** A builder, or a factory called once the port is known (links need it). */
  builder: SiteBuilder | BuilderFactory;
  /** Default 1313; when taken, the next free port. 0: any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  bind?: string;
  /** Default true (`--disableLiveReload` sets false). */
  liveReload?: boolean;
  navigateToChanged?: boolean;
  /** true, or the polling interval in ms. */
  poll?: boolean | number;
  /** Also write every build into this folder (`--renderToDisk`); serving stays in memory. */
  renderToDisk?: string;
  open?: boolean;
  log?: (line: string) => void;
  /** Quiet time that ends a burst of file events (default 10 ms: `node bench/serve.mjs --events` measures one save spreading over 4 ms at most, and a later write still triggers its own rebuild). */
  debounceMs?: number;
}

export interface DevServer {
  url: string;
  port: number;
  /** The snapshot being served (the last good build). */
  readonly snapshot: SiteSnapshot;
  /** Resolves once no rebuild is running or waiting (for tests and benches). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

interface ResolvedOptions {
  port: number;
  bind: string;
  liveReload: boolean;
  navigateToChanged: boolean;
  poll: boolean | number;
  renderToDisk: string | undefined;
  open: boolean;
  log: (line: string) => void;
  debounceMs: number;
}

export function resolveServeOptions(options: DevServerOptions): ResolvedOptions {
  return {
    port: options.port ?? 1313,
    bind: options.bind ?? '127.0.0.1',
    liveReload: options.liveReload ?? true,
    navigateToChanged: options.navigateToChanged ?? false,
    poll: options.poll ?? false,
    renderToDisk: options.renderToDisk,
    open: options.open ?? false,
    log: options.log ?? ((line) => console.log(line)),
    debounceMs: options.debounceMs ?? 10,
  };
}

const emptySnapshot: SiteSnapshot = { files: new Map() };
/** Like chokidar's `atomic` (100 ms): a delete waits for the file to come back. */
const unlinkHoldMs = 60;

export async function createDevServer(options: DevServerOptions): Promise<DevServer> {
  const opts = resolveServeOptions(options);
  const hub = createEventHub();
  let snapshot: SiteSnapshot = emptySnapshot;
  let built = false;
  let lastError: ErrorPayload | undefined;
  let context: ServeContext | undefined;

  const builtOrigin = (): string => {
    const base = snapshot.baseURL ?? context?.baseURL;
    if (base === undefined) return '';
    try {
      return new URL(base).origin;
    } catch {
      return '';
    }
  };
  const transformHtml = (html: string, request: IncomingMessage): string => {
    const host = request.headers.host;
    let out = html;
    if (host !== undefined && isSafeHost(host)) out = rewriteOrigin(out, builtOrigin(), `http://${host}`);
    return opts.liveReload ? injectLiveReload(out) : out;
  };
  const site = createSiteHandler({ getSnapshot: () => snapshot, transformHtml });
  const guardHost = isLoopbackBind(opts.bind);

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const target = request.url ?? '/';
    if (guardHost && !isLocalHostHeader(request.headers.host)) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`403: this server only answers requests for localhost; use --bind to serve other hosts.\n`);
      return;
    }
    if (opts.liveReload && target.startsWith('/__vellum/')) return serveLiveReload(target, request, response);
    if (!built) return serveNotBuilt(request, response);
    site(request, response);
  });
  server.keepAliveTimeout = 5_000;

  function serveLiveReload(target: string, request: IncomingMessage, response: ServerResponse): void {
    const path = target.replace(/\?.*$/, '');
    if (path === eventsPath) return hub.connect(request, response, lastError === undefined ? [] : [{ type: 'error', error: lastError }]);
    if (path === clientScriptPath) {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      response.end(request.method === 'HEAD' ? undefined : clientScript);
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('404 page not found\n');
  }

  /** Before the first good build there is nothing to serve but the error, shown by the overlay. */
  function serveNotBuilt(request: IncomingMessage, response: ServerResponse): void {
    const page = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>vellum: not built yet</title></head>' +
      '<body><p>The site has not built yet; the error is shown in the terminal.</p></body></html>';
    response.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '1' });
    response.end(request.method === 'HEAD' ? undefined : transformHtml(page, request));
  }

  const port = await listenOnFreePort(server, opts.port, opts.bind);
  server.on('error', (error) => opts.log(`Server error: ${error.message}`));
  if (opts.port !== 0 && port !== opts.port) opts.log(`Port ${opts.port} is in use; using ${port} instead.`);
  const url = `http://${displayHost(opts.bind)}:${port}/`;
  context = { baseURL: url, port, bind: opts.bind };

  let builder: SiteBuilder;
  try {
    builder = typeof options.builder === 'function' ? await options.builder(context) : options.builder;
  } catch (error) {
    await closeServer();
    throw error;
  }
  const classify = (file: string) => (builder.classify ? builder.classify(file) : classifyPath(builder.siteDir, file));

  const accept = async (result: RebuildResult, writeAll: boolean): Promise<void> => {
    snapshot = result.snapshot;
    built = true;
    if (opts.renderToDisk !== undefined) await writeSnapshot(opts.renderToDisk, snapshot, writeAll ? undefined : result.changed);
  };
  const fail = (error: unknown): void => {
    const payload = errorPayload(error);
    const same = lastError !== undefined && lastError.message === payload.message && lastError.frame === payload.frame;
    opts.log(same ? `Rebuild failed again with the same error: ${payload.message.split('\n')[0]}` : formatError(payload));
    lastError = payload;
    hub.broadcast({ type: 'error', error: payload });
  };

  try {
    const result = await builder.build();
    await accept(result, true);
    opts.log(`Built ${result.pagesRendered} page${result.pagesRendered === 1 ? '' : 's'} in ${Math.round(result.durationMs)} ms.`);
  } catch (error) {
    fail(error);
  }

  // Events of a failed rebuild are handed over again with the next batch, so the fix sees them too.
  let failedEvents: RawEvent[] = [];
  const runBatch = async (events: RawEvent[]): Promise<void> => {
    const all = coalesceEvents([...failedEvents, ...events]);
    const changes = toSourceChanges(all, classify);
    if (changes.length === 0) return;
    watcher?.noteRead(all.map((e) => e.path));
    const hadError = lastError !== undefined;
    try {
      const result = built ? await builder.rebuild(changes) : await builder.build();
      await accept(result, !built);
      failedEvents = [];
      opts.log(formatRebuildLine(changes, result, builder.siteDir));
      lastError = undefined;
      for (const message of planMessages(result, { navigateToChanged: opts.navigateToChanged, hadError })) hub.broadcast(message);
    } catch (error) {
      failedEvents = all;
      fail(error);
    }
  };
  const queue = createChangeQueue(runBatch, opts.debounceMs, unlinkHoldMs);
  let watcher: SourceWatcher | undefined;
  try {
    watcher = await watchSources({
      paths: builder.watchPaths,
      poll: opts.poll,
      onEvent: (event) => queue.push(event),
      onError: (error) => opts.log(`Watcher error: ${error instanceof Error ? error.message : String(error)}`),
    });
  } catch (error) {
    await closeServer();
    throw error;
  }

  opts.log(`Serving at ${url} (bound to ${opts.bind}). Press Ctrl+C to stop.`);
  if (opts.bind === '0.0.0.0' || opts.bind === '::') {
    for (const address of lanAddresses()) opts.log(`  also reachable at http://${address}:${port}/`);
  }
  if (opts.open) openBrowser(url);

  async function closeServer(): Promise<void> {
    hub.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    get snapshot() {
      return snapshot;
    },
    idle: () => queue.idle(),
    close() {
      closing ??= (async () => {
        queue.close();
        await watcher?.close();
        await closeServer();
      })();
      return closing;
    },
  };
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && info.family === 'IPv4' && !info.internal)
    .map((info) => info!.address);
}

/**
 * For the CLI: Ctrl-C (and SIGTERM) close the server and exit 0. A second
 * Ctrl-C while closing exits at once. Returns a function that removes the handlers.
 */
export function closeOnSignals(server: Pick<DevServer, 'close'>, exit: (code: number) => void = (code) => process.exit(code)): () => void {
  let stopping = false;
  const onSignal = (): void => {
    if (stopping) return exit(130);
    stopping = true;
    server.close().then(
      () => exit(0),
      () => exit(1),
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
