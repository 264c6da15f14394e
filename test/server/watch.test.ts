import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { RawEvent } from '../../src/server/coalesce.js';
import { watchSources } from '../../src/server/watch.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function setup(poll: boolean | number = false) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vellum-watch-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  await mkdir(path.join(dir, 'content'));
  await writeFile(path.join(dir, 'hugo.toml'), 'title = "a"');
  const events: RawEvent[] = [];
  const watcher = await watchSources({
    paths: ['content', 'data', 'hugo.toml', 'hugo.yaml'].map((p) => path.join(dir, p)),
    poll,
    onEvent: (e) => events.push(e),
    onError: (e) => {
      throw e;
    },
  });
  cleanup.push(() => watcher.close());
  const seen = async (expected: RawEvent): Promise<void> => {
    for (let i = 0; i < 60 && !events.some((e) => e.event === expected.event && e.path === expected.path); i++) await sleep(25);
    expect(events).toContainEqual(expected);
  };
  return { dir, events, seen };
}

describe('watchSources', () => {
  it.each([false, 50])('reports adds, changes and deletes in watched folders and files (poll: %s)', async (poll) => {
    const { dir, seen } = await setup(poll);
    const page = path.join(dir, 'content/a.md');
    await writeFile(page, 'one');
    await seen({ event: 'add', path: page });
    await sleep(80);
    await writeFile(page, 'two');
    await seen({ event: 'change', path: page });
    await rm(page);
    await seen({ event: 'unlink', path: page });
    await writeFile(path.join(dir, 'hugo.toml'), 'title = "b"');
    await seen({ event: 'change', path: path.join(dir, 'hugo.toml') });
  });

  it('notices a watched config file that did not exist when watching began', async () => {
    const { dir, seen } = await setup();
    await writeFile(path.join(dir, 'hugo.yaml'), 'title: x');
    await seen({ event: 'add', path: path.join(dir, 'hugo.yaml') });
  });

  it('notices a watched folder that did not exist when watching began', async () => {
    const { dir, seen } = await setup();
    await mkdir(path.join(dir, 'data'));
    await sleep(50);
    await writeFile(path.join(dir, 'data/authors.toml'), 'a = 1');
    await seen({ event: 'add', path: path.join(dir, 'data/authors.toml') });
  });

  it('reports nothing for files beside the watched ones', async () => {
    const { dir, events } = await setup();
    await writeFile(path.join(dir, 'README.md'), 'x');
    await mkdir(path.join(dir, 'public'));
    await writeFile(path.join(dir, 'public/index.html'), 'x');
    await sleep(300);
    expect(events).toEqual([]);
  });
});
