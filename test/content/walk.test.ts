import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent, loadContentTree } from '../../src/content/index.js';
import { resolveConfig } from '../../src/config/index.js';
import { isVellumError } from '../../src/errors/index.js';

const page = (title: string): string => `+++\ntitle = "${title}"\n+++\nbody\n`;

async function site(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'vellum-content-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

// The tree and what Hugo 0.111.3 made of it (rendered pages and copied files) were checked with a real build.
describe('walking the content folder', () => {
  let root = '';
  beforeAll(async () => {
    root = await site({
      'content/_index.md': page('Home'),
      'content/privacy.md': page('Privacy'),
      'content/loose.txt': 'copied as it is',
      'content/raw.html': '<p>no front matter: copied as it is</p>\n',
      'content/about/index.md': page('About'),
      'content/about/photo.png': 'png',
      'content/about/sub/deep.txt': 'deep',
      'content/about/sub/page.md': page('A resource, not a page'),
      'content/posts/_index.md': page('Posts'),
      'content/posts/banner.png': 'png',
      'content/posts/first.markdown': page('First'),
      'content/posts/page.html': page('HTML page'),
      'content/posts/old.htm': page('HTM page'),
      'content/posts/_under.md': page('Underscore page'),
      'content/posts/leaf/index.md': page('Leaf'),
      'content/posts/2020/img.jpg': 'jpg',
      'content/.hidden/x.md': page('hidden'),
      'content/.dot.md': page('dot'),
      'content/posts/#draft.md': page('editor file'),
      'content/posts/first.md~': page('backup'),
    });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('finds the pages in path order, skipping dot, # and ~ files and files inside leaf bundles', async () => {
    const files = await loadContent(resolveConfig({}, { sourceDir: root }));
    expect(files.map((f) => f.path)).toEqual([
      '_index.md', 'about/index.md', 'posts/_index.md', 'posts/_under.md', 'posts/first.markdown',
      'posts/leaf/index.md', 'posts/old.htm', 'posts/page.html', 'privacy.md',
    ]);
  });

  it('gives bundles their resources and keeps other files as loose resources', async () => {
    const tree = await loadContentTree(resolveConfig({}, { sourceDir: root }));
    const byPath = new Map(tree.files.map((f) => [f.path, f]));
    expect(byPath.get('about/index.md')?.resources).toEqual(['about/photo.png', 'about/sub/deep.txt', 'about/sub/page.md']);
    expect(byPath.get('about/index.md')?.bundle).toBe('leaf');
    expect(byPath.get('posts/_index.md')?.resources).toEqual(['posts/banner.png']);
    expect(byPath.get('_index.md')?.resources).toEqual(['loose.txt']);
    expect(byPath.get('posts/first.markdown')?.resources).toEqual([]);
    expect(tree.looseResources).toEqual(['posts/2020/img.jpg', 'raw.html']);
  });

  it('records formats, absolute paths and the text of each page', async () => {
    const files = await loadContent(resolveConfig({}, { sourceDir: root }));
    const html = files.find((f) => f.path === 'posts/page.html');
    expect(html?.format).toBe('html');
    expect(html?.absPath).toBe(path.join(root, 'content/posts/page.html'));
    expect(html?.source).toBe(page('HTML page'));
    expect(files.find((f) => f.path === 'privacy.md')?.format).toBe('markdown');
  });

  it('reads a configured content folder, and nothing when the folder is missing', async () => {
    const other = await site({ 'pages/a.md': page('A') });
    try {
      expect((await loadContent(resolveConfig({ contentDir: 'pages' }, { sourceDir: other }))).map((f) => f.path)).toEqual(['a.md']);
      expect(await loadContent(resolveConfig({}, { sourceDir: other }))).toEqual([]);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});

describe('a content file that is not UTF-8', () => {
  it('is an error naming the file, line and column of the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('+++\ntitle = "x"\n+++\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]);
    const root = await site({ 'content/menu.md': bytes });
    try {
      const error = await loadContent(resolveConfig({}, { sourceDir: root })).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isVellumError(error)).toBe(true);
      if (!isVellumError(error)) return;
      expect(error.code).toBe('content');
      expect([error.file, error.line, error.column]).toEqual(['content/menu.md', 4, 4]);
      expect(error.reason).toMatch(/not valid UTF-8 \(byte 0xe9 at offset 23\); save it as UTF-8/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('is fine when it only starts with a byte order mark', async () => {
    const root = await site({ 'content/bom.md': Buffer.from('\uFEFF+++\ntitle = "BOM"\n+++\n') });
    try {
      const [file] = await loadContent(resolveConfig({}, { sourceDir: root }));
      expect(file?.frontMatter.title).toBe('BOM');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
