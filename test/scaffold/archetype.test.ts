import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { archetypeData, renderArchetype, rfc3339Local } from '../../src/scaffold/archetype.js';
import { contentPathOf } from '../../src/scaffold/new-content.js';
import { isVellumError } from '../../src/errors/index.js';

const config = resolveConfig({ title: 'Acme', baseURL: 'https://example.org/docs/', params: { Company: 'Acme Ltd' } }, { sourceDir: '/site', configFile: 'hugo.toml' });
const now = new Date('2024-05-01T09:30:05Z');

describe('archetype data', () => {
  // Each row was checked against `hugo new` 0.111.3 with an archetype printing the field.
  it.each([
    ['legal/terms-of-use.md', { Name: 'terms-of-use', Section: 'legal', Type: 'legal', Dir: 'legal/', BaseFileName: 'terms-of-use', ContentBaseName: 'terms-of-use', LogicalName: 'terms-of-use.md' }],
    ['legal/bundle/index.md', { Name: 'bundle', Section: 'legal', Type: 'legal', Dir: 'legal/bundle/', BaseFileName: 'index', ContentBaseName: 'bundle', LogicalName: 'index.md' }],
    ['top.md', { Name: 'top', Section: '', Type: 'page', Dir: '', BaseFileName: 'top', ContentBaseName: 'top', LogicalName: 'top.md' }],
    ['a/b/c/deep.md', { Name: 'deep', Section: 'a', Type: 'a', Dir: 'a/b/c/', BaseFileName: 'deep', ContentBaseName: 'deep', LogicalName: 'deep.md' }],
    ['legal/foo.bar.md', { Name: 'foo.bar', Section: 'legal', Type: 'legal', Dir: 'legal/', BaseFileName: 'foo.bar', ContentBaseName: 'foo.bar', LogicalName: 'foo.bar.md' }],
  ])('%s gives the same fields as Hugo', (rel, expected) => {
    const data = archetypeData(rel, `/site/content/${rel}`, config, now);
    const { Name, Section, Type } = data;
    const { Dir, BaseFileName, ContentBaseName, LogicalName } = data.File;
    expect({ Name, Section, Type, Dir, BaseFileName, ContentBaseName, LogicalName }).toEqual(expected);
  });

  it('gives .Date as RFC 3339 in the local zone, as Hugo', () => {
    expect(rfc3339Local(now)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:05(Z|[+-]\d\d:\d\d)$/);
    expect(new Date(rfc3339Local(now)).getTime()).toBe(now.getTime());
  });
});

describe('renderArchetype', () => {
  const render = (text: string, rel = 'legal/terms-of-use.md') => renderArchetype(text, 'archetypes/legal.md', archetypeData(rel, `/site/content/${rel}`, config, now), config, now);

  it.each([
    ['{{ replace .File.ContentBaseName "-" " " | title }}', 'Terms of Use'],
    ['{{ replace .Name "-" " " | title }}', 'Terms of Use'],
    ['{{ .Site.Title }} {{ .Site.BaseURL }} {{ .Site.Params.company }}', 'Acme https://example.org/docs/ Acme Ltd'],
    ['{{ .Type }}/{{ .Section }}/{{ .File.Path }}', 'legal/legal/legal/terms-of-use.md'],
    ['<p>{{ "<b>" }}</p>', '<p><b></p>'],
    ['{{ "x" | relURL }}', '/docs/x'],
  ])('renders %s as text, without HTML escaping', (text, expected) => {
    expect(render(text)).toBe(expected);
  });

  it('reports a bad archetype with its file, line and column', () => {
    let caught: unknown;
    try {
      render('+++\ntitle = "{{ .Type.Deeper }}"\n+++\n');
    } catch (error) {
      caught = error;
    }
    expect(isVellumError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/^archetypes\/legal\.md:2:\d+: /);
  });
});

describe('contentPathOf', () => {
  it.each([
    ['content/legal/terms.md', 'legal/terms.md'],
    ['legal/terms.md', 'legal/terms.md'],
    ['./content/legal/terms.md', 'legal/terms.md'],
    ['content\\legal\\terms.md', 'legal/terms.md'],
    ['/site/content/legal/terms.md', 'legal/terms.md'],
    ['privacy.md', 'privacy.md'],
  ])('accepts %s as %s', (input, expected) => {
    expect(contentPathOf(input, 'content', '/site')).toBe(expected);
  });

  it.each([
    ['../outside.md', /not inside content\//],
    ['content/../../x.md', /not inside content\//],
    ['/etc/passwd.md', /not inside content\//],
    ['legal/terms', /no file extension/],
    ['legal/', /no file extension/],
    ['a\0b.md', /NUL/],
  ])('refuses %s', (input, message) => {
    expect(() => contentPathOf(input, 'content', '/site')).toThrow(message);
  });
});
