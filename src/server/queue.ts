/**
 * Turns a stream of file events into rebuilds: events are collected until
 * the files have been quiet for `debounceMs`, then handed over as one batch.
 * While a batch is being handled, new events wait and become the next batch,
 * so nothing is lost and rebuilds never overlap.
 */
import { coalesceEvents, type RawEvent } from './coalesce.js';

export interface ChangeQueue {
  push(event: RawEvent): void;
  /** Resolves when no batch is running and nothing is waiting. */
  idle(): Promise<void>;
  close(): void;
}

/**
 * `unlinkHoldMs`: a batch that deletes a file waits this much longer, since a
 * save that renames the old file away and writes a new one can be split by a
 * busy machine; a delete is rarely in a hurry, a 404 flashing in the browser is.
 */
export function createChangeQueue(run: (events: RawEvent[]) => Promise<void>, debounceMs: number, unlinkHoldMs = 0): ChangeQueue {
  let pending: RawEvent[] = [];
  let held = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;
  let idleWaiters: (() => void)[] = [];

  const settleIdle = (): void => {
    if (running !== undefined || timer !== undefined || pending.length > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const flush = (): void => {
    timer = undefined;
    if (closed || running !== undefined || pending.length === 0) return settleIdle();
    if (!held && unlinkHoldMs > 0 && coalesceEvents(pending).some((e) => e.event === 'unlink')) {
      held = true;
      timer = setTimeout(flush, unlinkHoldMs);
      return;
    }
    held = false;
    const batch = pending;
    pending = [];
    // `run` reports its own errors; a rejection here must not stop the queue.
    running = run(batch)
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
        if (pending.length > 0 && timer === undefined) flush();
        else settleIdle();
      });
  };

  return {
    push(event) {
      if (closed) return;
      pending.push(event);
      // While held for an unlink, new events do not shorten the hold.
      if (held) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    },
    idle() {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      });
    },
    close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = [];
      settleIdle();
    },
  };
}
