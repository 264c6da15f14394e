/**
 * A worker thread that renders shortcode-free Markdown bodies, so a large
 * build uses every core: Markdown is most of a page's cost and, without
 * shortcodes, a pure function of the body and the site's Markdown options.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdownRenderer, type MarkdownOptions } from '../markdown/index.js';
import { renderPlainMarkdown } from './content.js';

export interface ContentWorkerData {
  markdown: MarkdownOptions;
  summaryLength: number;
}

export interface ContentJob {
  id: number;
  bodies: string[];
}

const data = workerData as ContentWorkerData;
const markdown = createMarkdownRenderer(data.markdown);

parentPort?.on('message', (job: ContentJob) => {
  try {
    const results = job.bodies.map((body) => renderPlainMarkdown(markdown, body, data.summaryLength));
    parentPort!.postMessage({ id: job.id, results });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
