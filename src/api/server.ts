/**
 * `createServer` in the public API: the dev server (`vellum serve`) over the
 * in-memory builder, as the CLI runs it, for scripts and test harnesses.
 */

import path from 'node:path';
import { createDevServer } from '../server/index.js';
import { siteBuilderFactory } from '../server/site-builder.js';

export interface ServerOptions {
  /** Site root; default the current folder. */
  source?: string;
  /** Port; default 1313, the next free one if that is taken; 0 for any free port. */
  port?: number;
  /** Interface to listen on; default "127.0.0.1". */
  bind?: string;
  /** Replaces the served URL as the site's baseURL, as `--baseURL`. */
  baseURL?: string;
  buildDrafts?: boolean;
  buildFuture?: boolean;
  buildExpired?: boolean;
  /** Reload open pages on changes; default true. */
  liveReload?: boolean;
  /** Send the browser to the page that was edited; default false. */
  navigateToChanged?: boolean;
  /** Poll for changes instead of native events (network drives, containers); default false. */
  poll?: boolean;
  /** Also write each build to disk, into this folder relative to `source` (`--renderToDisk -d`); default: memory only. */
  renderToDisk?: string;
  /** Open the default browser; default false. */
  open?: boolean;
  /** Lines the CLI would print (URL, rebuilds, errors); default: nothing is printed. */
  onLog?: (line: string) => void;
  onWarning?: (message: string) => void;
}

export interface ResolvedServerOptions {
  source: string;
  port: number;
  bind: string;
  baseURL: string | undefined;
  buildDrafts: boolean;
  buildFuture: boolean;
  buildExpired: boolean;
  liveReload: boolean;
  navigateToChanged: boolean;
  poll: boolean;
  renderToDisk: string | undefined;
  open: boolean;
  onLog: (line: string) => void;
  onWarning: (message: string) => void;
}

export interface VellumServer {
  /** Where the site is served, e.g. "http://localhost:1313/". */
  url: string;
  port: number;
  /** Stops watching and closes the port. */
  close(): Promise<void>;
}

export function resolveServerOptions(options: ServerOptions = {}): ResolvedServerOptions {
  const source = path.resolve(options.source ?? '.');
  return {
    source,
    port: options.port ?? 1313,
    bind: options.bind ?? '127.0.0.1',
    baseURL: options.baseURL,
    buildDrafts: options.buildDrafts ?? false,
    buildFuture: options.buildFuture ?? false,
    buildExpired: options.buildExpired ?? false,
    liveReload: options.liveReload ?? true,
    navigateToChanged: options.navigateToChanged ?? false,
    poll: options.poll ?? false,
    renderToDisk: options.renderToDisk === undefined ? undefined : path.resolve(source, options.renderToDisk),
    open: options.open ?? false,
    onLog: options.onLog ?? (() => {}),
    onWarning: options.onWarning ?? (() => {}),
  };
}

/**
 * Starts the dev server. Resolves once the port is bound and the first build
 * ran; a failing first build does not reject (the server shows the error in
 * the browser and recovers on the next save), it is reported through `onLog`.
 */
export async function createServer(options: ServerOptions = {}): Promise<VellumServer> {
  const o = resolveServerOptions(options);
  const server = await createDevServer({
    builder: siteBuilderFactory({
      source: o.source,
      baseURL: o.baseURL,
      buildDrafts: o.buildDrafts,
      buildFuture: o.buildFuture,
      buildExpired: o.buildExpired,
      onWarning: o.onWarning,
    }),
    port: o.port,
    bind: o.bind,
    liveReload: o.liveReload,
    navigateToChanged: o.navigateToChanged,
    poll: o.poll,
    renderToDisk: o.renderToDisk,
    open: o.open,
    log: o.onLog,
  });
  return { url: server.url, port: server.port, close: () => server.close() };
}
