/**
 * Helpers to make and compare in-memory snapshots; the builder may use them
 * so every entry's ETag is computed the same way.
 */
import { createHash } from 'node:crypto';
import type { OutputEntry, SiteSnapshot } from './types.js';

/** An entry whose ETag is a hash of its bytes, so equal bytes give equal tags across rebuilds. */
export function createOutputEntry(body: Buffer, mtimeMs: number = Date.now()): OutputEntry {
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
  return { body, mtimeMs, etag };
}

/** A snapshot from `[key, bytes]` pairs, all stamped with the same time. */
export function createSnapshot(files: Iterable<readonly [string, Buffer | string]>, mtimeMs: number = Date.now()): SiteSnapshot {
  const map = new Map<string, OutputEntry>();
  for (const [key, body] of files) {
    map.set(key, createOutputEntry(typeof body === 'string' ? Buffer.from(body) : body, mtimeMs));
  }
  return { files: map };
}

/** Keys added, removed, or whose bytes differ between two snapshots, sorted. */
export function diffSnapshots(before: SiteSnapshot, after: SiteSnapshot): string[] {
  const changed: string[] = [];
  for (const [key, entry] of after.files) {
    const old = before.files.get(key);
    if (old === undefined || (old !== entry && !old.body.equals(entry.body))) changed.push(key);
  }
  for (const key of before.files.keys()) if (!after.files.has(key)) changed.push(key);
  return changed.sort();
}
