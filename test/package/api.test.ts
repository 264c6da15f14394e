import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, createServer, initSite, isVellumError, loadSite, newContent, resolveBuildOptions, VellumError } from '../../src/index.js';
import { progressLine } from '../../src/cli/progress.js';
import { makeSite } from '../helpers/site.js';

const page = (title: string, extra = '') => `+++\ntitle = "${title}"\ndate = 2024-03-01T10:00:00+02:00\n${extra}+++\nSome *text* about ${title}.\n\n## A heading\n`;
const layouts = {
  'layouts/_default/single.html': '<h1>{{ .Title }}</h1>{{ .Content }}',
  'layouts/_default/list.html': '<h1>{{ .Title }}</h1>{{ range .Pages }}{{ .Title }};{{ end }}',
  'layouts/index.html': 'home',
};

describe('build', () => {
  it('resolves paths from the current folder and the destination from the site, as -s and -d', () => {
    const resolved = resolveBuildOptions({ source: 'site', destination: 'out' });
    expect(resolved.source).toBe(path.resolve('site'));
    expect(resolved.destination).toBe(path.resolve('site', 'out'));
    expect(resolved.buildDrafts).toBe(false);
    expect(resolveBuildOptions({}).destination).toBeUndefined();
  });

  it('reports progress for every page and ends with the total', async () => {
    const files: Record<string, string> = { 'hugo.toml': 'baseURL = "/"\ndisableKinds = ["RSS", "sitemap"]\n', ...layouts };
    for (let i = 0; i < 40; i++) files[`content/posts/p${i}.md`] = page(`Post ${i}`);
    const site = await makeSite(files);
    const calls: [number, number][] = [];
    const result = await build({ source: site, onProgress: (done, total) => calls.push([done, total]) });
    const total = calls[0]![1];
    // 40 posts, their section, home and 404 at least; each call counts one more page.
    expect(total).toBeGreaterThanOrEqual(43);
    expect(result.pages).toBeGreaterThanOrEqual(43);
    expect(calls.length).toBeGreaterThanOrEqual(43);
    calls.forEach(([done, t], i) => {
      expect(t).toBe(total);
      if (i > 0) expect(done).toBeGreaterThan(calls[i - 1]![0]);
    });
    expect(calls.at(-1)).toEqual([total, total]);
  });

  it('throws a VellumError with the file, line and column on bad front matter', async () => {
    const site = await makeSite({ 'content/bad.md': '+++\ntitle = "unterminated\n+++\n', ...layouts });
    const error = await build({ source: site }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VellumError);
    expect(isVellumError(error)).toBe(true);
    expect((error as VellumError).file).toBe('content/bad.md');
    expect((error as VellumError).line).toBeGreaterThan(0);
  });
});

describe('loadSite', () => {
  it('gives plain data for each page: front matter, URLs, dates and rendered HTML', async () => {
    const site = await makeSite({
      'hugo.toml': 'baseURL = "https://example.org/docs/"\ntitle = "Docs"\n[params]\nTagline = "hi"\n',
      'content/legal/terms.md': page('Terms', 'Title_Caption = "Read me"\nurl = "/terms"\n'),
      ...layouts,
    });
    const model = await loadSite({ source: site, html: true });
    expect(model.config).toEqual({ baseURL: 'https://example.org/docs/', title: 'Docs', languageCode: '', copyright: '', params: { tagline: 'hi' }, configFile: 'hugo.toml' });
    const terms = model.pages.find((p) => p.file === 'legal/terms.md')!;
    expect(terms).toMatchObject({
      kind: 'page',
      title: 'Terms',
      section: 'legal',
      url: '/docs/terms/',
      permalink: 'https://example.org/docs/terms/',
      outputPath: 'terms/index.html',
      date: '2024-03-01T10:00:00+02:00',
      expiryDate: null,
      draft: false,
      params: { title_caption: 'Read me' },
      frontMatter: { title: 'Terms', Title_Caption: 'Read me', url: '/terms', date: '2024-03-01T10:00:00+02:00' },
      content: '<p>Some <em>text</em> about Terms.</p>\n<h2 id="a-heading">A heading</h2>\n',
      html: '<h1>Terms</h1><p>Some <em>text</em> about Terms.</p>\n<h2 id="a-heading">A heading</h2>\n',
    });
    expect(terms.tableOfContents).toContain('href="#a-heading"');
    expect(model.pages.map((p) => p.kind)).toEqual(expect.arrayContaining(['home', 'section', 'page', '404']));
    // Plain data: it survives a JSON round trip unchanged.
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});

describe('createServer', () => {
  it('serves the site at the URL it returns and closes the port', async () => {
    const site = await makeSite({ 'content/about.md': page('About'), ...layouts });
    const server = await createServer({ source: site, port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/(localhost|127\.0\.0\.1):\d+\/$/);
      const response = await fetch(new URL('about/', server.url));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<h1>About</h1>');
    } finally {
      await server.close();
    }
    await expect(fetch(server.url)).rejects.toThrow();
  });
});

describe('initSite and newContent', () => {
  it('create a site and a page from the API as the CLI does', async () => {
    const dir = path.join(await makeSite({}), 'site');
    const init = await initSite({ dir, now: new Date('2024-01-02T03:04:05Z') });
    expect(init.written).toContain('content/privacy.md');
    expect(init.skipped).toEqual([]);
    const created = await newContent({ source: dir, path: 'legal/terms-of-use.md' });
    expect(created).toEqual({ file: path.join(dir, 'content/legal/terms-of-use.md'), archetype: 'archetypes/default.md' });
    expect(await readFile(created.file, 'utf8')).toContain('title = "Terms of Use"');
  });
});

describe('the progress line', () => {
  const tty = () => {
    const out: string[] = [];
    return { out, stream: { isTTY: true, write: (text: string) => out.push(text) } };
  };

  it('draws on a terminal for a large build, throttled, and clears itself at the end', () => {
    const { out, stream } = tty();
    let t = 0;
    const update = progressLine({ stream, now: () => t })!;
    for (let done = 1; done <= 1000; done++) {
      t += 1;
      update(done, 1000);
    }
    expect(out[0]).toBe('\r\u001b[KRendering pages    1/1000 (0%)');
    expect(out.length).toBe(11); // every 100 ms of 1,000, plus the final clear
    expect(out.at(-1)).toBe('\r\u001b[K');
  });

  it.each([
    ['not a terminal', { stream: { isTTY: false, write: () => 0 } }],
    ['--quiet', { quiet: true }],
    ['--logLevel warn', { logLevel: 'warn' }],
  ])('is off when %s', (_, options) => {
    const { stream } = tty();
    expect(progressLine({ stream, ...options })).toBeUndefined();
  });

  it('draws nothing for a small build', () => {
    const { out, stream } = tty();
    const update = progressLine({ stream })!;
    for (let done = 1; done <= 50; done++) update(done, 50);
    expect(out).toEqual([]);
  });
});
