/** The terminal lines and the browser payload for rebuilds and errors: one error object, two renderings. */
import path from 'node:path';
import { isVellumError } from '../errors/index.js';
import type { ErrorPayload } from './events.js';
import type { RebuildResult, SourceChange } from './types.js';

/** `Change detected: content/privacy.md (content, change) → 1 page rendered, 3 files changed in 12 ms` */
export function formatRebuildLine(changes: readonly SourceChange[], result: RebuildResult, siteDir: string): string {
  const shown = changes.slice(0, 3).map((c) => `${relative(siteDir, c.path)} (${c.kind}${c.event === 'change' ? '' : `, ${c.event}`})`);
  const more = changes.length > 3 ? ` and ${changes.length - 3} more` : '';
  const pages = `${result.pagesRendered} page${result.pagesRendered === 1 ? '' : 's'} rendered`;
  const files = `${result.changed.length} file${result.changed.length === 1 ? '' : 's'} changed`;
  return `Change detected: ${shown.join(', ')}${more} → ${pages}, ${files} in ${Math.round(result.durationMs)} ms`;
}

/** The error as the overlay shows it; anything that is not a VellumError is a bug, shown with its stack. */
export function errorPayload(error: unknown): ErrorPayload {
  if (isVellumError(error)) return error.toJSON();
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { code: 'internal', message, line: 0, column: 0 };
}

/** The same payload for the terminal: message, then the code frame. */
export function formatError(payload: ErrorPayload): string {
  const lines = [`Error (${payload.code}): ${payload.message}`];
  if (payload.frame !== undefined && payload.frame !== '') lines.push(payload.frame);
  return lines.join('\n');
}

function relative(siteDir: string, file: string): string {
  const rel = path.relative(siteDir, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}
