import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareContents, compareDirectories, describeDifferences, normaliseHtml, normaliseXml } from './compare.js';

const same = (a: string, b: string): boolean => normaliseHtml(a) === normaliseHtml(b);

describe('normaliseHtml', () => {
  it.each([
    ['entity spellings of the same character', '<p>&#43; &amp; &rsquo;</p>', '<p>+ &#38; \u2019</p>'],
    ['attribute order', '<a href="/x" class="c">x</a>', '<a class="c" href="/x">x</a>'],
    ['attribute quoting', '<p class=a>x</p>', "<p class='a'>x</p>"],
    ['a run of whitespace in text versus one space', '<p>a \n\t b</p>', '<p>a b</p>'],
    ['whitespace between block elements', '<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>', '<ul><li>a</li><li>b</li></ul>'],
    ['whitespace at the edges of a block', '<p>\n  text\n</p>', '<p>text</p>'],
    ['whitespace between head elements', '<head>\n<meta charset="utf-8">\n  <title>t</title>\n</head>', '<head><meta charset="utf-8"><title>t</title></head>'],
    ["Hugo's generator meta tag", '<head>\n\t<meta name="generator" content="Hugo 0.111.3"><title>t</title></head>', '<head><title>t</title></head>'],
    ['a self-closing void element', '<br/><img src="a.png"/>', '<br><img src="a.png">'],
    ['entities in attribute values', '<a title="&quot;x&quot;">y</a>', '<a title="&#34;x&#34;">y</a>'],
  ])('treats %s as equal', (_name, a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it.each([
    ['different text', '<p>a</p>', '<p>b</p>'],
    ['whitespace between inline elements', '<p><em>a</em> <em>b</em></p>', '<p><em>a</em><em>b</em></p>'],
    ['whitespace inside pre', '<pre>a\n  b</pre>', '<pre>a b</pre>'],
    ['whitespace inside textarea', '<textarea>a  b</textarea>', '<textarea>a b</textarea>'],
    ['a different attribute value', '<a href="/x/">x</a>', '<a href="/x">x</a>'],
    ['a missing attribute', '<input checked disabled>', '<input disabled>'],
    ['a different element', '<b>x</b>', '<strong>x</strong>'],
    ['a different comment', '<!-- raw HTML omitted -->', '<!-- other -->'],
    ['a different nesting', '<ul><li>a<ul><li>b</li></ul></li></ul>', '<ul><li>a</li><li>b</li></ul>'],
    ['a meta tag other than the generator', '<head><meta name="robots" content="noindex"></head>', '<head></head>'],
    ['text versus the same text escaped twice', '<p>&amp;</p>', '<p>&amp;amp;</p>'],
  ])('tells apart %s', (_name, a, b) => {
    expect(same(a, b)).toBe(false);
  });

  it('prints one node per line so diffs stay readable', () => {
    expect(normaliseHtml('<p class="x">Hi <em>there</em></p>').split('\n')).toEqual([
      '<html>',
      '  <head>',
      '  <body>',
      '    <p class="x">',
      '      "Hi "',
      '      <em>',
      '        "there"',
    ]);
  });
});

describe('normaliseXml', () => {
  it('ignores whitespace between tags', () => {
    expect(normaliseXml('<a>\n  <b>x</b>\n</a>\n')).toBe(normaliseXml('<a><b>x</b></a>'));
  });

  it('treats line breaks between attributes and before /> as formatting', () => {
    expect(normaliseXml('<urlset a="1"\n  b="2">\n<x href="y" />\n</urlset>')).toBe(normaliseXml('<urlset a="1" b="2"><x href="y"/></urlset>'));
  });

  it('tells apart different attribute values', () => {
    expect(normaliseXml('<x href="a"/>')).not.toBe(normaliseXml('<x href="b"/>'));
  });

  it('keeps whitespace inside text', () => {
    expect(normaliseXml('<a>x  y</a>')).not.toBe(normaliseXml('<a>x y</a>'));
  });
});

describe('compareContents', () => {
  it('compares files other than HTML and XML byte for byte', () => {
    expect(compareContents('robots.txt', Buffer.from('User-agent: *'), Buffer.from('User-agent: *'))).toBeUndefined();
    expect(compareContents('robots.txt', Buffer.from('User-agent: *'), Buffer.from('User-agent: *\n'))).toMatch(/bytes differ/);
    expect(compareContents('css/a.css', Buffer.from('a{}'), Buffer.from('a {}'))).toBeDefined();
  });

  it('shows the first differing line with expected and actual marked', () => {
    const detail = compareContents('x.html', Buffer.from('<p>same</p><p>old</p>'), Buffer.from('<p>same</p><p>new</p>'));
    expect(detail).toMatch(/^- +"old"$/m);
    expect(detail).toMatch(/^\+ +"new"$/m);
  });
});

describe('compareDirectories', () => {
  let root = '';
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  async function tree(files: Record<string, string>, name: string): Promise<string> {
    const dir = join(root, name);
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    await mkdir(dir, { recursive: true });
    return dir;
  }

  it('reports missing, unexpected and different files in path order', async () => {
    root = await mkdtemp(join(tmpdir(), 'vellum-compare-'));
    const expected = await tree({ 'a/index.html': '<p>a</p>', 'b.xml': '<r/>', 'same.txt': 'x' }, 'expected');
    const actual = await tree({ 'a/index.html': '<p>A</p>', 'c.txt': 'c', 'same.txt': 'x' }, 'actual');
    const diffs = await compareDirectories(expected, actual);
    expect(diffs.map((d) => `${d.reason} ${d.path}`)).toEqual(['different a/index.html', 'missing b.xml', 'unexpected c.txt']);
    expect(describeDifferences(diffs)).toMatch(/^a\/index\.html: contents differ/);
  });

  it('finds no difference between folders whose HTML differs only in formatting', async () => {
    root = await mkdtemp(join(tmpdir(), 'vellum-compare-'));
    const expected = await tree({ 'index.html': '<!DOCTYPE html>\n<html><head>\n\t<meta name="generator" content="Hugo 0.111.3"></head><body>\n<p>it&rsquo;s</p>\n</body></html>' }, 'expected');
    const actual = await tree({ 'index.html': '<!DOCTYPE html><html><head></head><body><p>it\u2019s</p></body></html>' }, 'actual');
    expect(await compareDirectories(expected, actual)).toEqual([]);
  });
});
