import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSnapshot } from '../../src/server/render-to-disk.js';
import { createOutputEntry, createSnapshot, diffSnapshots } from '../../src/server/snapshot.js';

describe('snapshots', () => {
  it('tags equal bytes equally and different bytes differently', () => {
    expect(createOutputEntry(Buffer.from('a'), 1).etag).toBe(createOutputEntry(Buffer.from('a'), 2).etag);
    expect(createOutputEntry(Buffer.from('a')).etag).not.toBe(createOutputEntry(Buffer.from('b')).etag);
    expect(createOutputEntry(Buffer.from('a')).etag).toMatch(/^"[\w-]{22}"$/);
  });

  it('lists added, removed and changed keys, sorted', () => {
    const before = createSnapshot([['/a', 'same'], ['/b', 'old'], ['/gone', 'x']]);
    const after = createSnapshot([['/a', 'same'], ['/b', 'new'], ['/added', 'y']]);
    expect(diffSnapshots(before, after)).toEqual(['/added', '/b', '/gone']);
    expect(diffSnapshots(after, after)).toEqual([]);
  });
});

describe('writeSnapshot', () => {
  it('writes the files, removes deleted keys, and refuses keys that leave the folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vellum-disk-'));
    try {
      const out = path.join(dir, 'public');
      await writeSnapshot(out, createSnapshot([['/index.html', 'home'], ['/css/a.css', 'css']]));
      expect(await readFile(path.join(out, 'css/a.css'), 'utf8')).toBe('css');
      await writeSnapshot(out, createSnapshot([['/index.html', 'home 2']]), ['/index.html', '/css/a.css']);
      expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('home 2');
      expect(existsSync(path.join(out, 'css/a.css'))).toBe(false);
      await expect(writeSnapshot(out, createSnapshot([['/../escape.txt', 'x']]))).rejects.toThrow(/outside/);
      expect(existsSync(path.join(dir, 'escape.txt'))).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
