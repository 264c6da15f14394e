/**
 * Turns a stream of file events into rebuilds: events are collected until
 * the files have been quiet for `debounceMs`, then handed over as one batch.
 * While a batch is being handled, new events wait and become the next batch,
 * so nothing is lost and rebuilds never overlap.
 */
import type { RawEvent } from './coalesce.js';

export interface ChangeQueue {
  push(event: RawEvent): void;
  /** Resolves when no batch is running and nothing is waiting. */
  idle(): Promise<void>;
  close(): void;
}

export function createChangeQueue(run: (events: RawEvent[]) => Promise<void>, debounceMs: number): ChangeQueue {
  let pending: RawEvent[] = [];
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
