import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemorySiteBuilder } from '../../src/server/site-builder.js';
import type { SiteSnapshot, SourceChange } from '../../src/server/types.js';
import { makeSite, removeSite } from '../helpers/site.js';

const context = { baseURL: 'http://localhost:1313/', port: 1313, bind: '127.0.0.1' };

const site = {
  'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Live"\ndisableKinds = ["taxonomy", "term"]\n',
  'content/_index.md': '+++\ntitle = "Home"\n+++\nWelcome.\n',
  'content/posts/_index.md': '+++\ntitle = "Posts"\n+++\n',
  'content/posts/a.md': '+++\ntitle = "A"\ndate = 2024-01-02\n+++\nFirst body of A.\n',
  'content/posts/b.md': '+++\ntitle = "B"\ndate = 2024-01-01\n+++\nBody of [B](/b/).\n',
  'content/docs/c.md': '+++\ntitle = "C"\n+++\nBody of C.\n',
  'content/docs/e.md': '+++\ntitle = "E"\n+++\nBefore {{< note >}} after.\n',
  'layouts/shortcodes/note.html': '<em>note</em>',
  'layouts/_default/baseof.html': '<html><head><link rel="stylesheet" href="/site.css"></head><body>{{ block "main" . }}{{ end }}</body></html>',
  'layouts/_default/single.html': '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}',
  'layouts/_default/list.html': '{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Pages }}<article><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ .Summary }}</article>{{ end }}{{ end }}',
  'layouts/index.html': '{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Site.RegularPages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}',
  'static/site.css': 'body { color: black }',
};

function texts(snapshot: SiteSnapshot): Record<string, string> {
  return Object.fromEntries([...snapshot.files].map(([key, entry]) => [key, entry.body.toString('utf8')]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
}

describe('the dev server builder', () => {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map(removeSite));
  });

  it('after a series of edits serves exactly what a fresh full build produces', async () => {
    const dir = await makeSite(site);
    made.push(dir);
    const builder = new MemorySiteBuilder({ source: dir }, context);
    await builder.build();
    const at = (rel: string) => path.join(dir, rel);
    const change = (kind: SourceChange['kind'], rel: string, event: SourceChange['event'] = 'change'): SourceChange => ({ kind, path: at(rel), event });

    const steps: { what: string; apply: () => Promise<unknown>; changes: SourceChange[] }[] = [
      { what: 'a body edit', apply: () => writeFile(at('content/posts/a.md'), '+++\ntitle = "A"\ndate = 2024-01-02\n+++\nSecond body of A.\n'), changes: [change('content', 'content/posts/a.md')] },
      { what: 'a title edit', apply: () => writeFile(at('content/posts/b.md'), '+++\ntitle = "B renamed"\ndate = 2024-01-01\n+++\nBody of [B](/b/).\n'), changes: [change('content', 'content/posts/b.md')] },
      { what: 'a new page', apply: () => writeFile(at('content/posts/d.md'), '+++\ntitle = "D"\ndate = 2024-02-01\n+++\nNew.\n'), changes: [change('content', 'content/posts/d.md', 'add')] },
      { what: 'a deleted page', apply: () => rm(at('content/docs/c.md')), changes: [change('content', 'content/docs/c.md', 'unlink')] },
      { what: 'a layout edit', apply: () => writeFile(at('layouts/_default/single.html'), '{{ define "main" }}<h2>{{ .Title }}</h2>{{ .Content }}{{ end }}'), changes: [change('layout', 'layouts/_default/single.html')] },
      { what: 'a shortcode template edit', apply: () => writeFile(at('layouts/shortcodes/note.html'), '<strong>note v2</strong>'), changes: [change('layout', 'layouts/shortcodes/note.html')] },
      { what: 'a new render hook', apply: async () => {
        await mkdir(at('layouts/_default/_markup'));
        await writeFile(at('layouts/_default/_markup/render-link.html'), '<b>{{ .Text }}</b>');
      }, changes: [change('layout', 'layouts/_default/_markup/render-link.html', 'add')] },
      { what: 'a render hook edit', apply: () => writeFile(at('layouts/_default/_markup/render-link.html'), '<i>{{ .Text }}</i>'), changes: [change('layout', 'layouts/_default/_markup/render-link.html')] },
      { what: 'a stylesheet edit', apply: () => writeFile(at('static/site.css'), 'body { color: navy }'), changes: [change('static', 'static/site.css')] },
      { what: 'a config edit', apply: () => writeFile(at('hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Live 2"\ndisableKinds = ["taxonomy", "term"]\n'), changes: [change('config', 'hugo.toml')] },
      { what: 'another body edit', apply: () => writeFile(at('content/posts/a.md'), '+++\ntitle = "A"\ndate = 2024-01-02\n+++\nThird body of A.\n'), changes: [change('content', 'content/posts/a.md')] },
    ];
    for (const step of steps) {
      await step.apply();
      const result = await builder.rebuild(step.changes);
      const fresh = await new MemorySiteBuilder({ source: dir }, context).build();
      expect(texts(result.snapshot), step.what).toEqual(texts(fresh.snapshot));
    }
  });

  it('a body edit re-renders only the page, the lists that show it and their feeds', async () => {
    const dir = await makeSite(site);
    made.push(dir);
    const builder = new MemorySiteBuilder({ source: dir }, context);
    const first = await builder.build();
    await writeFile(path.join(dir, 'content/docs/c.md'), '+++\ntitle = "C"\n+++\nNew body of C.\n');
    const result = await builder.rebuild([{ kind: 'content', path: path.join(dir, 'content/docs/c.md'), event: 'change' }]);
    // c itself, its section docs (whose list shows summaries) and home (feeds).
    expect(result.pagesRendered).toBe(3);
    expect(result.pagesRendered).toBeLessThan(first.pagesRendered);
    expect(result.changed).toEqual(expect.arrayContaining(['/docs/c/index.html', '/docs/index.html']));
    expect(result.changed).not.toContain('/posts/a/index.html');
    expect(result.changedPageURL).toBe('/docs/c/');
    expect(texts(result.snapshot)['/docs/c/index.html']).toContain('New body of C.');
  });
});
