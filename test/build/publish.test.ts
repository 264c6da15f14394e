import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { makeSite, plainLayouts, readTree, removeSite, writeTree } from '../helpers/site.js';

const site = {
  'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "T"\ndisableKinds = ["sitemap", "RSS", "taxonomy", "term"]\n',
  'content/a.md': '+++\ntitle = "A"\n+++\nA.\n',
  'content/b.md': '+++\ntitle = "B"\n+++\nB.\n',
  'static/css/site.css': 'body{}',
  ...plainLayouts,
};

describe('publishing the output', () => {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map(removeSite));
  });
  const fresh = async () => {
    const dir = await makeSite(site);
    made.push(dir);
    return dir;
  };

  it('writes pages, copies static files and reports the counts', async () => {
    const dir = await fresh();
    const result = await build({ source: dir });
    expect(Object.keys(await readTree(path.join(dir, 'public')))).toEqual(['a/index.html', 'b/index.html', 'css/site.css', 'index.html']);
    expect(result).toMatchObject({ pages: 3, staticFiles: 1, files: 4, warnings: [] });
  });

  it('removes pages an earlier build wrote that no longer exist, and keeps files vellum never wrote', async () => {
    const dir = await fresh();
    await build({ source: dir });
    await writeFile(path.join(dir, 'public', 'CNAME'), 'example.org');
    await mkdir(path.join(dir, 'public', 'a', 'extra'), { recursive: true });
    await writeFile(path.join(dir, 'public', 'a', 'extra', 'notes.txt'), 'mine');
    await writeTree(dir, { 'content/b.md': '+++\ntitle = "B"\nurl = "/renamed/"\n+++\nB.\n' });

    await build({ source: dir });

    expect(Object.keys(await readTree(path.join(dir, 'public')))).toEqual([
      'CNAME',
      'a/extra/notes.txt',
      'a/index.html',
      'css/site.css',
      'index.html',
      'renamed/index.html',
    ]);
  });

  it('--cleanDestinationDir removes foreign files but keeps .git', async () => {
    const dir = await fresh();
    await writeTree(dir, { 'public/CNAME': 'x', 'public/.git/HEAD': 'ref: refs/heads/main' });
    await build({ source: dir, cleanDestinationDir: true });
    const files = Object.keys(await readTree(path.join(dir, 'public')));
    expect(files).toContain('.git/HEAD');
    expect(files).not.toContain('CNAME');
  });

  it('keeps its record of written files outside the output', async () => {
    const dir = await fresh();
    await build({ source: dir });
    const record = Object.keys(await readTree(path.join(dir, '.vellum')));
    expect(record).toHaveLength(1);
    expect(await readFile(path.join(dir, '.vellum', record[0]!), 'utf8')).toContain('a/index.html');
  });

  it('a destination outside the site works too', async () => {
    const dir = await fresh();
    const out = path.join(dir, '..', `${path.basename(dir)}-out`);
    made.push(out);
    await build({ source: dir, destination: out });
    expect(await readFile(path.join(out, 'a', 'index.html'), 'utf8')).toContain('<h1>A</h1>');
  });
});
