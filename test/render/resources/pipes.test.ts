// Hugo Pipes over a real assets/ folder; expected names, hashes and integrity strings are what
// Hugo 0.111.3 printed for the same files (scratch site, baseURL https://e.org/sub/).
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Asset } from '../../../src/render/resources/asset.js';
import { createPipes, type Pipes } from '../../../src/render/resources/pipes.js';

let dir = '';
let pipes: Pipes;
const published = new Map<string, string | Uint8Array>();
const A_CSS = 'body {\n  color: red;\n}\n/* c */\na { margin: 0px 0px; }\n';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vellum-pipes-'));
  await mkdir(join(dir, 'css'), { recursive: true });
  await writeFile(join(dir, 'css/a.css'), A_CSS);
  await writeFile(join(dir, 'css/b.css'), '.b { x: 1 }\n');
  await writeFile(join(dir, 'css/t.css'), 'h1 { color: {{ .Title }} }\n');
  pipes = createPipes({
    assetsDir: dir,
    publisher: {
      publish: (target, content) => { published.set(target, content); },
      relPermalinkOf: (p) => `/sub${p}`,
      permalinkOf: (p) => `https://e.org/sub${p}`,
    },
    executeTemplate: (_name, text, data) => text.replace('{{ .Title }}', (data as { Title: string }).Title),
  });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('Hugo Pipes', () => {
  it('resources.Get finds a file under assets/ with its name, media type and URLs', () => {
    const a = pipes.get('css/a.css')!;
    expect([a.Name, a.MediaType.Type, a.ResourceType, a.Title, a.Content]).toEqual(['css/a.css', 'text/css', 'text', 'css/a.css', A_CSS]);
    expect([a.RelPermalink, a.Permalink]).toEqual(['/sub/css/a.css', 'https://e.org/sub/css/a.css']);
  });

  it('resources.Get of a missing file, or one outside assets/, is nil', () => {
    expect(pipes.get('nope.css')).toBeNull();
    expect(pipes.get('../outside.css')).toBeNull();
  });

  it('a resource is published only once its permalink is read', () => {
    published.clear();
    const b = pipes.fingerprint('sha256', pipes.get('css/b.css'));
    void b.Content;
    expect(published.size).toBe(0);
    void b.RelPermalink;
    expect([...published.keys()]).toEqual([b.RelPermalink.slice('/sub/'.length)]);
  });

  it.each([
    ['sha256', '/sub/css/a.119b70068710317e345f68c7971821ea213f19f14afb6b3575c5c203242df91a.css', 'sha256-EZtwBocQMX40X2jHlxgh6iE/GfFK+2s1dcXCAyQt+Ro='],
    ['sha512', '/sub/css/a.3666d47a3bd75ef5cf6abcdcfdb2a785502dbfcedfca848fb453ce8118c2aa00a38fe174317536ba802fda94bea82bf67101a552d12994d9666056c738279fe6.css', 'sha512-NmbUejvXXvXParzc/bKnhVAtv87fyoSPtFPOgRjCqgCjj+F0MXU2uoAv2pS+qCv2cQGlUtEplNlmYFbHOCef5g=='],
  ])('fingerprint %s names the file by its hash and sets .Data.Integrity', (algo, url, integrity) => {
    const f = pipes.fingerprint(algo, pipes.get('css/a.css'));
    expect([f.RelPermalink, f.Data['Integrity'], f.Name]).toEqual([url, integrity, 'css/a.css']);
  });

  it('an unknown fingerprint algorithm is an error naming the ones allowed', () => {
    expect(() => pipes.fingerprint('sha1', pipes.get('css/a.css'))).toThrow(/md5, sha256, sha384 or sha512/);
  });

  it('minify adds .min to the file name and keeps the name', () => {
    const m = pipes.minify(pipes.get('css/a.css'));
    expect([m.RelPermalink, m.Name]).toEqual(['/sub/css/a.min.css', 'css/a.css']);
    expect(m.Content).toMatch(/^body\{color:red\}a\{margin:0( 0)?\}$/);
  });

  it('Concat joins the contents under the target path', () => {
    const c = pipes.concat('css/all.css', [pipes.get('css/a.css'), pipes.get('css/b.css')]);
    expect([c.RelPermalink, c.Content]).toEqual(['/sub/css/all.css', `${A_CSS}.b { x: 1 }\n`]);
  });

  it('FromString and ExecuteAsTemplate make resources at the given paths', () => {
    expect(pipes.fromString('x/y.txt', 'hello').Content).toBe('hello');
    const t = pipes.executeAsTemplate('css/t2.css', { Title: 'P' }, pipes.get('css/t.css'));
    expect([t.RelPermalink, t.Content]).toEqual(['/sub/css/t2.css', 'h1 { color: P }\n']);
  });

  it('GetMatch and Match use globs over the assets, in name order', () => {
    expect(pipes.getMatch('css/*.css')?.Name).toBe('css/a.css');
    expect(pipes.match('css/*').map((r: Asset) => r.Name)).toEqual(['css/a.css', 'css/b.css', 'css/t.css']);
    expect(pipes.match('**.CSS').length).toBe(3);
  });

  it('a pipe given nil (a missing resource) says so', () => {
    expect(() => pipes.minify(null)).toThrow(/resources.Minify: expected a resource, got nil/);
  });
});
