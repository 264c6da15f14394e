import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { RawEvent } from '../../src/server/coalesce.js';
import { createChangeQueue } from '../../src/server/queue.js';

const change = (path: string): RawEvent => ({ event: 'change', path });

describe('createChangeQueue', () => {
  it('hands a burst of events over as one batch once the files are quiet', async () => {
    const batches: string[][] = [];
    const queue = createChangeQueue(async (events) => {
      batches.push(events.map((e) => e.path));
    }, 20);
    queue.push(change('a'));
    await sleep(5);
    queue.push(change('b'));
    await sleep(5);
    queue.push(change('a'));
    expect(batches).toEqual([]);
    await queue.idle();
    expect(batches).toEqual([['a', 'b', 'a']]);
  });

  it('queues events that arrive during a rebuild into the next batch, never running two at once', async () => {
    const batches: string[][] = [];
    let running = 0;
    let maxRunning = 0;
    let release: () => void = () => undefined;
    const queue = createChangeQueue(async (events) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      batches.push(events.map((e) => e.path));
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      running--;
    }, 10);
    queue.push(change('first'));
    await sleep(30); // the first batch is now running and blocked
    queue.push(change('second'));
    await sleep(30); // its debounce is over while the first still runs
    queue.push(change('third'));
    await sleep(30);
    expect(batches).toEqual([['first']]);
    release();
    await queue.idle();
    expect(batches).toEqual([['first'], ['second', 'third']]);
    expect(maxRunning).toBe(1);
  });

  it('holds a batch that deletes a file, so a split rename-and-write save stays one batch', async () => {
    const batches: string[][] = [];
    const queue = createChangeQueue(async (events) => {
      batches.push(events.map((e) => `${e.event} ${e.path}`));
    }, 10, 80);
    queue.push({ event: 'unlink', path: 'a.md' });
    await sleep(40); // past the debounce, inside the hold
    queue.push({ event: 'add', path: 'a.md' });
    await queue.idle();
    expect(batches).toEqual([['unlink a.md', 'add a.md']]);
  });

  it('still delivers a real delete after the hold', async () => {
    const batches: string[][] = [];
    const queue = createChangeQueue(async (events) => {
      batches.push(events.map((e) => `${e.event} ${e.path}`));
    }, 10, 30);
    const started = performance.now();
    queue.push({ event: 'unlink', path: 'a.md' });
    await queue.idle();
    expect(batches).toEqual([['unlink a.md']]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('keeps going after a batch fails', async () => {
    const batches: string[][] = [];
    const queue = createChangeQueue(async (events) => {
      batches.push(events.map((e) => e.path));
      if (batches.length === 1) throw new Error('boom');
    }, 5);
    queue.push(change('a'));
    await queue.idle();
    queue.push(change('b'));
    await queue.idle();
    expect(batches).toEqual([['a'], ['b']]);
  });

  it('drops waiting events when closed', async () => {
    const batches: string[][] = [];
    const queue = createChangeQueue(async (events) => {
      batches.push(events.map((e) => e.path));
    }, 5);
    queue.push(change('a'));
    queue.close();
    await sleep(20);
    await queue.idle();
    expect(batches).toEqual([]);
  });
});
