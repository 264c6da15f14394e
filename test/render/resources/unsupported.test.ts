// Features vellum does not provide still parse (Hugo parses every layout at start-up) and fail,
// when called, with the template, line and missing feature; readFile stays inside the site.
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insideSite } from '../../../src/render/site-hooks.js';
import { TemplateSet } from '../../../src/template/engine/index.js';
import { createFuncMap } from '../../../src/template/funcs/index.js';

const funcs = createFuncMap({ markdownify: String, relURL: String, absURL: String, partial: () => '', now: () => { throw new Error('unused'); } });

describe('unsupported theme features', () => {
  it.each([
    ['{{ $s := "a.scss" | resources.ToCSS }}', 'resources.ToCSS', 'Sass'],
    ['{{ $s := "a.scss" | toCSS }}', 'resources.ToCSS', 'Sass'],
    ['{{ $s := "a.scss" | css.Sass }}', 'css.Sass', 'Sass'],
    ['{{ $j := "a.js" | js.Build }}', 'js.Build', 'esbuild'],
    ['{{ $j := "a.js" | babel }}', 'resources.Babel', 'Babel'],
    ['{{ $c := "a.css" | postCSS }}', 'resources.PostCSS', 'PostCSS'],
    ['{{ $d := getJSON "https://example.org/x.json" }}', 'data.GetJSON', 'network'],
    ['{{ $d := resources.GetRemote "https://example.org/x.png" }}', 'resources.GetRemote', 'network'],
    ['{{ $i := images.Grayscale }}', 'images.Grayscale', 'image processing'],
  ])('%s parses, and fails when run naming %s and the missing feature', (text, name, feature) => {
    const set = new TemplateSet({ funcs }).add('partials/head.html', `line one\n${text}`, 'layouts/partials/head.html');
    let message = '';
    try { set.execute('partials/head.html', {}); } catch (error) { message = (error as Error).message; }
    expect(message).toContain('partials/head.html:2:');
    expect(message).toContain(`${name} is not supported by vellum`);
    expect(message).toContain(feature);
  });

  it('an unknown function is still a parse error with its position', () => {
    expect(() => new TemplateSet({ funcs }).add('x.html', '{{ notAFunction 1 }}', 'layouts/x.html')).toThrow(/x\.html:1:\d+.*function "notAFunction" not defined/);
  });
});

describe('readFile confinement', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vellum-readfile-'));
    await mkdir(join(root, 'site/data'), { recursive: true });
    await writeFile(join(root, 'site/data/x.txt'), 'x');
    await writeFile(join(root, 'secret.txt'), 's');
    await symlink(join(root, 'secret.txt'), join(root, 'site/link.txt'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it.each(['data/x.txt', '/data/x.txt', './data/../data/x.txt'])('%s resolves inside the site', (file) => {
    expect(insideSite(join(root, 'site'), file)).toBe(join(root, 'site/data/x.txt'));
  });

  it.each([['../secret.txt', /outside the site folder/], ['link.txt', /through a symlink/], ['data/../../secret.txt', /outside the site folder/]])(
    '%s is refused', (file, message) => {
      expect(() => insideSite(join(root, 'site'), file)).toThrow(message);
    });
});

describe('image processing', () => {
  it.each(['{{ ($img.Resize "600x").RelPermalink }}', '{{ $img.Fill "10x10" }}', '{{ $img.Width }}', '{{ ($img.Crop "1x1").Permalink }}'])(
    '%s fails naming the method and the template line', async (text) => {
      const { PageResource } = await import('../../../src/site/resources.js');
      const img = new PageResource('cover.png', '/p/cover.png', 'https://e.org/p/cover.png');
      const set = new TemplateSet({ funcs }).add('_default/single.html', `\n{{ $img := .img }}${text}`, 'layouts/_default/single.html');
      expect(() => set.execute('_default/single.html', { img })).toThrow(/single\.html:2:.*image processing \(\.(Resize|Fill|Width|Crop)\) is not supported by vellum/);
    });
});
