import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyPath, isEditorTempFile } from '../../src/server/classify.js';
import type { ChangeKind } from '../../src/server/types.js';

const site = path.resolve('/home/ana/policy');

describe('classifyPath', () => {
  it.each<[string, ChangeKind | null]>([
    ['content/privacy.md', 'content'],
    ['content/legal/_index.md', 'content'],
    ['content/legal/terms/index.md', 'content'],
    ['content/images/logo.png', 'content'],
    ['layouts/_default/single.html', 'layout'],
    ['layouts/partials/toc.html', 'layout'],
    ['layouts/shortcodes/note.html', 'layout'],
    ['layouts/404.html', 'layout'],
    ['static/css/vellum.css', 'static'],
    ['static/favicon.ico', 'static'],
    ['data/authors.toml', 'data'],
    ['archetypes/default.md', 'archetype'],
    ['assets/scss/main.scss', 'asset'],
    ['i18n/en.toml', 'i18n'],
    ['hugo.toml', 'config'],
    ['hugo.yaml', 'config'],
    ['hugo.yml', 'config'],
    ['hugo.json', 'config'],
    ['config.toml', 'config'],
    ['config.yaml', 'config'],
    ['config.json', 'config'],
    ['config/_default/hugo.toml', 'config'],
    ['config/production/params.toml', 'config'],
    ['themes/plain/layouts/_default/baseof.html', 'layout'],
    ['themes/plain/static/css/plain.css', 'static'],
    ['themes/plain/theme.toml', 'config'],
    ['themes/plain/hugo.toml', 'config'],
    ['themes/plain/README.md', null],
    ['public/index.html', null],
    ['resources/_gen/images/x.png', null],
    ['README.md', null],
    ['package.json', null],
    ['hugo.toml.bak', null],
    ['contentx/privacy.md', null],
    ['content', null],
    ['layouts', null],
    ['content/privacy.md~', null],
    ['content/.privacy.md.swp', null],
    ['content/#privacy.md#', null],
    ['content/.#privacy.md', null],
    ['content/4913', null],
    ['layouts/_default/single.html.___jb_tmp___', null],
    ['static/.DS_Store', null],
  ])('%s is %s', (rel, kind) => {
    expect(classifyPath(site, path.join(site, rel))).toBe(kind);
  });

  it.each([path.resolve('/home/ana/other/content/a.md'), path.resolve('/home/ana/policy-old/content/a.md'), site])(
    'a path outside the site folder (%s) is no source',
    (abs) => {
      expect(classifyPath(site, abs)).toBeNull();
    },
  );

  it('follows custom folder names such as contentDir = "docs"', () => {
    const folders = { content: 'docs', layout: 'templates', static: 'public-assets', data: 'data', archetype: 'archetypes', asset: 'assets', i18n: 'i18n' };
    expect(classifyPath(site, path.join(site, 'docs/a.md'), folders)).toBe('content');
    expect(classifyPath(site, path.join(site, 'templates/x.html'), folders)).toBe('layout');
    expect(classifyPath(site, path.join(site, 'content/a.md'), folders)).toBeNull();
  });
});

describe('isEditorTempFile', () => {
  it.each([
    ['privacy.md', false],
    ['privacy.md~', true],
    ['.privacy.md.swp', true],
    ['.privacy.md.swx', true],
    ['#privacy.md#', true],
    ['.#privacy.md', true],
    ['4913', true],
    ['notes.tmp', true],
    ['vellum.css', false],
  ])('%s → %s', (name, expected) => {
    expect(isEditorTempFile(name)).toBe(expected);
  });
});
