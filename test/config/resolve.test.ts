import { describe, it, expect } from 'vitest';
import { resolveConfig, lowerCaseKeys } from '../../src/config/index.js';
import { isVellumError } from '../../src/errors/index.js';

describe('resolveConfig', () => {
  it("fills in Hugo 0.111.3's defaults", () => {
    const config = resolveConfig({}, { sourceDir: '/site' });
    expect(config).toMatchObject({
      sourceDir: '/site',
      configFile: null,
      baseURL: '',
      title: '',
      languageCode: '',
      copyright: '',
      params: {},
      uglyURLs: false,
      disablePathToLower: false,
      enableRobotsTXT: false,
      permalinks: {},
      summaryLength: 70,
      timeZone: '',
      markup: {
        goldmark: {
          renderer: { unsafe: false, hardWraps: false, xhtml: false },
          extensions: { typographer: true, linkify: true, strikethrough: true, table: true, taskList: true, definitionList: true, footnote: true },
          parser: { autoHeadingID: true, autoHeadingIDType: 'github', attribute: { title: true, block: false } },
        },
        tableOfContents: { startLevel: 2, endLevel: 3, ordered: false },
      },
      outputs: { home: ['html', 'rss'], section: ['html', 'rss'], taxonomy: ['html', 'rss'], term: ['html', 'rss'], page: ['html'] },
      taxonomies: { category: 'categories', tag: 'tags' },
      paginate: 10,
      paginatePath: 'page',
      menus: {},
      buildDrafts: false,
      buildFuture: false,
      buildExpired: false,
      contentDir: 'content',
      layoutDir: 'layouts',
      staticDir: 'static',
      dataDir: 'data',
      assetDir: 'assets',
      publishDir: 'public',
      themes: [],
      themeDirs: [],
      raw: {},
    });
    expect(config.disableKinds).toEqual(new Set());
  });

  it('reads top-level keys in any case, as Hugo does', () => {
    const config = resolveConfig({ baseurl: 'https://example.org/docs/', TITLE: 'Upper', LanguageCode: 'en-us', uglyurls: true, EnableRobotsTXT: true });
    expect([config.baseURL, config.title, config.languageCode, config.uglyURLs, config.enableRobotsTXT]).toEqual([
      'https://example.org/docs/', 'Upper', 'en-us', true, true,
    ]);
  });

  it('keeps baseURL as written, without adding a slash (as .Site.BaseURL prints it)', () => {
    expect(resolveConfig({ baseURL: 'https://example.org/docs' }).baseURL).toBe('https://example.org/docs');
  });

  it('lower-cases params keys at every map level but not inside lists (checked with Hugo 0.111.3)', () => {
    const config = resolveConfig({ Params: { Tagline: 'x', Nested: { DeepKey: 1, List: [{ ItemKey: 2 }] } } });
    expect(config.params).toEqual({ tagline: 'x', nested: { deepkey: 1, list: [{ ItemKey: 2 }] } });
  });

  it('keeps unknown keys as written in raw', () => {
    const input = { title: 'x', Author: { Name: 'Bob' }, googleAnalytics: 'G-1' };
    expect(resolveConfig(input).raw).toBe(input);
  });

  it('keeps disableKinds as written, since Hugo 0.111.3 matches them case-sensitively', () => {
    expect([...resolveConfig({ disableKinds: ['rss', 'RSS', 'Sitemap'] }).disableKinds]).toEqual(['rss', 'RSS', 'Sitemap']);
  });

  it('reads the markup, outputs, permalinks, disableKinds and taxonomies settings', () => {
    const config = resolveConfig({
      markup: { goldmark: { renderer: { unsafe: true } }, tableOfContents: { startLevel: 1, endLevel: 4, ordered: true } },
      outputs: { home: ['HTML'], Section: ['HTML'] },
      permalinks: { Posts: '/:year/:month/:title/' },
      disableKinds: ['RSS', 'sitemap', 'robotsTXT'],
      taxonomies: { tag: 'tags' },
      summaryLength: 20,
      menu: { main: [{ name: 'Home', url: '/' }] },
    });
    expect(config.markup.goldmark.renderer.unsafe).toBe(true);
    expect(config.markup.tableOfContents).toEqual({ startLevel: 1, endLevel: 4, ordered: true });
    expect(config.outputs['home']).toEqual(['html']);
    expect(config.outputs['section']).toEqual(['html']);
    expect(config.outputs['page']).toEqual(['html']);
    expect(config.permalinks).toEqual({ posts: '/:year/:month/:title/' });
    expect([...config.disableKinds]).toEqual(['RSS', 'sitemap', 'robotsTXT']);
    expect(config.taxonomies).toEqual({ tag: 'tags' });
    expect(config.summaryLength).toBe(20);
    expect(config.menus).toEqual({ main: [{ name: 'Home', url: '/' }] });
  });

  it('lets command-line flags win over the file', () => {
    const config = resolveConfig(
      { baseURL: 'https://example.org/', buildDrafts: false, publishDir: 'out' },
      { overrides: { baseURL: 'http://localhost:1313/', buildDrafts: true, buildFuture: true, buildExpired: true, publishDir: 'dist' } },
    );
    expect([config.baseURL, config.buildDrafts, config.buildFuture, config.buildExpired, config.publishDir]).toEqual([
      'http://localhost:1313/', true, true, true, 'dist',
    ]);
  });

  it('reads buildDrafts, buildFuture and buildExpired from the file when no flag is given', () => {
    const config = resolveConfig({ builddrafts: true, buildFuture: true }, { overrides: {} });
    expect([config.buildDrafts, config.buildFuture, config.buildExpired]).toEqual([true, true, false]);
  });

  it.each([
    [{ title: 3 }, /^hugo\.toml: title: expected a string, found number 3$/],
    [{ uglyURLs: 'yes' }, /^hugo\.toml: uglyURLs: expected true or false, found string "yes"$/],
    [{ summaryLength: 1.5 }, /summaryLength: expected a whole number/],
    [{ params: ['a'] }, /params: expected a table, found a list/],
    [{ markup: { tableOfContents: { startLevel: '2' } } }, /markup\.tableOfContents\.startLevel: expected a whole number/],
    [{ disableKinds: [1] }, /disableKinds: expected a list of strings/],
    [{ timeZone: 'Mars/Olympus' }, /timeZone: unknown time zone "Mars\/Olympus"; use an IANA name/],
  ])('refuses %j with a config error naming the key', (input, message) => {
    let caught: unknown;
    try {
      resolveConfig(input, { configFile: 'hugo.toml' });
    } catch (error) {
      caught = error;
    }
    expect(isVellumError(caught) && caught.code).toBe('config');
    expect((caught as Error).message).toMatch(message);
  });

  it('accepts an IANA timeZone', () => {
    expect(resolveConfig({ timezone: 'America/New_York' }).timeZone).toBe('America/New_York');
  });
});

describe('lowerCaseKeys', () => {
  it('returns new objects and leaves its input alone', () => {
    const input = { A: { B: 1 } };
    const output = lowerCaseKeys(input);
    expect(output).toEqual({ a: { b: 1 } });
    expect(input).toEqual({ A: { B: 1 } });
  });
});
