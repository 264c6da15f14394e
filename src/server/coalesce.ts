/**
 * Editor saves arrive as bursts of events: write-then-rename gives
 * unlink+add, atomic writers add a temp file and rename it over the target,
 * some editors write twice. A burst is reduced per path to what it did from
 * before the burst to after it.
 */
import type { ChangeKind, SourceChange } from './types.js';

export type FileEvent = 'add' | 'change' | 'unlink';
export interface RawEvent {
  event: FileEvent;
  path: string;
}

/**
 * Per path, in first-seen order: existed before (first event was not `add`)
 * and exists after (last event was not `unlink`) decide the one event left;
 * a file that came and went inside the burst (a temp file) leaves nothing.
 */
export function coalesceEvents(events: readonly RawEvent[]): RawEvent[] {
  const byPath = new Map<string, { first: FileEvent; last: FileEvent }>();
  for (const { event, path } of events) {
    const seen = byPath.get(path);
    if (seen === undefined) byPath.set(path, { first: event, last: event });
    else seen.last = event;
  }
  const out: RawEvent[] = [];
  for (const [path, { first, last }] of byPath) {
    const existedBefore = first !== 'add';
    const existsAfter = last !== 'unlink';
    if (existedBefore && existsAfter) out.push({ event: 'change', path });
    else if (existsAfter) out.push({ event: 'add', path });
    else if (existedBefore) out.push({ event: 'unlink', path });
  }
  return out;
}

/** Coalesced events typed by kind; paths that are no source of the site are dropped. */
export function toSourceChanges(events: readonly RawEvent[], classify: (path: string) => ChangeKind | null): SourceChange[] {
  const changes: SourceChange[] = [];
  for (const { event, path } of coalesceEvents(events)) {
    const kind = classify(path);
    if (kind !== null) changes.push({ kind, path, event });
  }
  return changes;
}
