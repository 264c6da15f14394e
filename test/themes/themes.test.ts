/**
 * Themes as Hugo 0.111.3 merges them (each case checked with real Hugo on a
 * small site): the theme's config, the missing-theme error, and the project's
 * folders laid over the themes' ones.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { loadConfig, resolveConfig } from '../../src/config/index.js';
import { mergeThemeConfig } from '../../src/config/themes.js';
import { newContent } from '../../src/scaffold/new-content.js';

const cleanup: string[] = [];
afterEach(async () => {
  for (const dir of cleanup.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function site(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'vellum-themes-'));
  cleanup.push(root);
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), text);
  }
  return root;
}

describe('theme config', () => {
  it.each([
    ['a string', { theme: 'x' }, ['x'], ['themes/x']],
    ['a list, in order', { theme: ['a', 'b'] }, ['a', 'b'], ['themes/a', 'themes/b']],
    ['themesDir', { theme: 'x', themesDir: 'vendor/themes/' }, ['x'], ['vendor/themes/x']],
    ['no theme', {}, [], []],
  ])('theme as %s resolves to its folders', (_name, input, themes, dirs) => {
    const config = resolveConfig(input);
    expect([config.themes, config.themeDirs]).toEqual([themes, dirs]);
  });

  it("merges the theme's params deeply under the project's, keys in any case", () => {
    const merged = mergeThemeConfig(
      { Params: { Author: 'me', social: { mastodon: '@me' } } },
      { params: { author: 'theme', accent: 'teal', Social: { mastodon: '@t', github: 'gh' } } },
    );
    expect(resolveConfig(merged).params).toEqual({ author: 'me', accent: 'teal', social: { mastodon: '@me', github: 'gh' } });
  });

  it("adds the theme's menus the project does not define, and nothing else", () => {
    const merged = mergeThemeConfig(
      { title: 'P', menus: { main: [{ name: 'Mine' }] } },
      { title: 'T', paginate: 3, menu: { main: [{ name: 'Theirs' }], footer: [{ name: 'Foot' }] }, taxonomies: { series: 'series' } },
    );
    const config = resolveConfig(merged);
    expect([config.title, config.paginate, config.menus, config.taxonomies]).toEqual([
      'P', 10, { main: [{ name: 'Mine' }], footer: [{ name: 'Foot' }] }, { category: 'categories', tag: 'tags' },
    ]);
  });

  it("reads the theme's hugo.toml but not its theme.toml", async () => {
    const root = await site({
      'hugo.toml': 'theme = "t"\n',
      'themes/t/hugo.toml': '[params]\nfrom = "config"\n',
      'themes/t/theme.toml': '[params]\nmeta = "theme.toml"\n',
    });
    expect((await loadConfig(root)).params).toEqual({ from: 'config' });
  });

  it('earlier themes win over later ones', async () => {
    const root = await site({
      'hugo.toml': 'theme = ["a", "b"]\n',
      'themes/a/config.toml': '[params]\nx = "a"\n',
      'themes/b/hugo.yaml': 'params:\n  x: b\n  y: b\n',
    });
    expect((await loadConfig(root)).params).toEqual({ x: 'a', y: 'b' });
  });

  it('a theme missing on disk is an error naming the config file and the folder looked for', async () => {
    const root = await site({ 'hugo.toml': 'theme = "gone"\n' });
    await expect(loadConfig(root)).rejects.toMatchObject({ file: 'hugo.toml', message: expect.stringMatching(/theme "gone" not found: there is no folder themes\/gone\//) });
  });
});

describe('theme folders under the project', () => {
  it('layouts, static, data and i18n: the project wins at the same path, the rest comes from the theme', async () => {
    const root = await site({
      'hugo.toml': 'baseURL = "https://example.org/"\ntheme = "t"\ndisableKinds = ["RSS", "sitemap", "taxonomy", "term"]\n',
      'content/_index.md': '---\ntitle: Home\n---\n',
      'layouts/partials/who.html': 'project',
      'themes/t/layouts/index.html': '{{ partial "who.html" . }}|{{ .Site.Data.d }}|{{ i18n "a" }} {{ i18n "b" }}',
      'themes/t/layouts/partials/who.html': 'theme',
      'data/d.toml': 'x = "p"\n',
      'themes/t/data/d.toml': 'x = "t"\ny = "t"\n',
      'i18n/en.toml': 'a = "A-p"\n',
      'themes/t/i18n/en.toml': 'a = "A-t"\nb = "B-t"\n',
      'static/same.txt': 'project',
      'themes/t/static/same.txt': 'theme',
      'themes/t/static/only.txt': 'theme only',
    });
    await build({ source: root, destination: 'out' });
    const out = (rel: string) => readFile(path.join(root, 'out', rel), 'utf8');
    expect(await out('index.html')).toBe('project|map[x:p y:t]|A-p B-t');
    expect([await out('same.txt'), await out('only.txt')]).toEqual(['project', 'theme only']);
  });

  it("an error in a theme's layout names the theme's file", async () => {
    const root = await site({ 'hugo.toml': 'theme = "t"\n', 'themes/t/layouts/index.html': '{{ .Broken' });
    await expect(build({ source: root, destination: 'out' })).rejects.toThrow(/themes\/t\/layouts\/index\.html/);
  });

  it("vellum new falls back to the theme's archetypes, the project's winning per name", async () => {
    const root = await site({
      'hugo.toml': 'theme = "t"\n',
      'themes/t/archetypes/default.md': '---\ntitle: theme default\n---\n',
      'themes/t/archetypes/posts.md': '---\ntitle: theme posts\n---\n',
      'archetypes/default.md': '---\ntitle: project default\n---\n',
    });
    expect((await newContent({ source: root, path: 'posts/a.md' })).archetype).toBe('themes/t/archetypes/posts.md');
    expect((await newContent({ source: root, path: 'notes/b.md' })).archetype).toBe('archetypes/default.md');
  });
});
