/**
 * Spreads Markdown rendering over the machine's cores for large builds: the
 * shortcode-free pages are shared between worker threads and the main
 * thread, and the results fill the content cache before templates run.
 * Pages with shortcodes, and every page of a site with Markdown render hooks,
 * stay on the main thread (their bodies need the
 * templates and the page), as do small sites, where starting a worker costs
 * more than it saves.
 */

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MarkdownOptions } from '../markdown/index.js';
import type { Page, RenderedContent } from '../site/index.js';
import { hasShortcodes } from './content.js';
import type { ContentJob, ContentWorkerData } from './content-worker.js';

export interface PrerenderOptions {
  markdown: MarkdownOptions;
  summaryLength: number;
  cache: WeakMap<object, RenderedContent>;
  /** The site has Markdown render hooks: every body needs templates, so nothing goes to a worker. */
  renderHooks?: boolean;
  /** Below this many eligible pages everything stays on the main thread. */
  threshold?: number;
}

const BATCH = 200;

/** The worker script beside this module: `dist/render/` unbundled, `dist/bundle/` bundled. */
function workerURL(): URL | undefined {
  for (const candidate of ['./content-worker.js', './content-worker.mjs']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return url;
  }
  return undefined;
}

export async function prerenderContent(pages: readonly Page[], options: PrerenderOptions): Promise<number> {
  if (options.renderHooks === true) return 0;
  const eligible = pages.filter((p) => p.file !== null && p.file.format === 'markdown' && !hasShortcodes(p.file.body));
  // VELLUM_THREADS sets the number of worker threads (0: none), e.g. to compare or debug.
  const forced = Number.parseInt(process.env['VELLUM_THREADS'] ?? '', 10);
  const workers = Number.isNaN(forced) ? Math.max(0, Math.min(availableParallelism() - 1, 7)) : Math.max(0, forced);
  const url = workerURL();
  if (eligible.length < (options.threshold ?? 400) || workers === 0 || url === undefined) return 0;

  // Each worker takes an equal share; the main thread takes one share too.
  const share = Math.ceil(eligible.length / (workers + 1));
  const offloaded = eligible.slice(0, share * workers);
  const mine = eligible.slice(share * workers);
  const data: ContentWorkerData = { markdown: options.markdown, summaryLength: options.summaryLength };
  const pool = Array.from({ length: workers }, () => new Worker(url, { workerData: data }));
  try {
    const done = pool.map((worker, w) => {
      const part = offloaded.slice(w * share, (w + 1) * share);
      return new Promise<void>((resolve, reject) => {
        let pending = 0;
        worker.on('message', (message: { id: number; results?: RenderedContent[]; error?: string }) => {
          if (message.error !== undefined || message.results === undefined) {
            reject(new Error(`content worker failed: ${message.error}`));
            return;
          }
          message.results.forEach((result, i) => options.cache.set(part[message.id + i]!.file!, result));
          pending--;
          if (pending === 0) resolve();
        });
        worker.on('error', reject);
        for (let start = 0; start < part.length; start += BATCH) {
          pending++;
          const job: ContentJob = { id: start, bodies: part.slice(start, start + BATCH).map((p) => p.file!.body) };
          worker.postMessage(job);
        }
        if (pending === 0) resolve();
      });
    });
    // The main thread renders its share meanwhile (through the page, which caches it).
    for (const page of mine) page.renderedContent();
    await Promise.all(done);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return offloaded.length;
}
