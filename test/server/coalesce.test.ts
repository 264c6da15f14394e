import { describe, expect, it } from 'vitest';
import { coalesceEvents, toSourceChanges, type RawEvent } from '../../src/server/coalesce.js';
import { classifyPath } from '../../src/server/classify.js';

const ev = (spec: string): RawEvent[] =>
  spec.split(',').map((part) => {
    const [event, path] = part.trim().split(' ') as [RawEvent['event'], string];
    return { event, path };
  });

describe('coalesceEvents', () => {
  it.each<[string, string, string]>([
    ['a plain save', 'change a.md', 'change a.md'],
    ['an editor that writes twice', 'change a.md, change a.md', 'change a.md'],
    ['write-then-rename (vim backupcopy=no)', 'add a.md~, unlink a.md, add a.md, unlink a.md~', 'change a.md'],
    ['an atomic write over the file (temp file renamed onto it)', 'add .a.md.tmp123, unlink .a.md.tmp123, change a.md', 'change a.md'],
    ['an atomic write seen as unlink + add', 'unlink a.md, add a.md', 'change a.md'],
    ['a truncate then write', 'change a.md, change a.md, change a.md', 'change a.md'],
    ['a new file', 'add b.md', 'add b.md'],
    ['a new file written in two steps', 'add b.md, change b.md', 'add b.md'],
    ['a deleted file', 'unlink a.md', 'unlink a.md'],
    ['an edit then delete', 'change a.md, unlink a.md', 'unlink a.md'],
    ['a temp file that came and went', 'add 4913, unlink 4913', ''],
    ['two files saved together keep first-seen order', 'change b.md, change a.md, change b.md', 'change b.md, change a.md'],
  ])('%s', (_name, input, expected) => {
    const out = coalesceEvents(ev(input)).map((e) => `${e.event} ${e.path}`).join(', ');
    expect(out).toBe(expected);
  });
});

describe('toSourceChanges', () => {
  it('types each coalesced path by kind and drops what is no source', () => {
    const site = '/site';
    const changes = toSourceChanges(
      ev('add /site/content/a.md~, unlink /site/content/a.md, add /site/content/a.md, unlink /site/content/a.md~, change /site/static/x.css, change /site/README.md'),
      (p) => classifyPath(site, p),
    );
    expect(changes).toEqual([
      { kind: 'content', path: '/site/content/a.md', event: 'change' },
      { kind: 'static', path: '/site/static/x.css', event: 'change' },
    ]);
  });
});
