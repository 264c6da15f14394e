import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseContentFile, type ContentFile } from '../../src/content/index.js';
import { isVellumError, type VellumError } from '../../src/errors/index.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/content/${name}`, import.meta.url)), 'utf8');
const utc = { timeZone: '' };
const parse = (source: string, config = utc, path = 'page.md'): ContentFile => parseContentFile(path, source, config);
const shown = (value: unknown): string => String(value);

function errorOf(source: string, path = 'privacy.md'): VellumError {
  try {
    parseContentFile(path, source, utc);
  } catch (error) {
    if (isVellumError(error)) return error;
    throw error;
  }
  throw new Error('expected a VellumError');
}

describe('the same page written in each front matter format', () => {
  // Expected values were printed by real Hugo 0.111.3 from these three fixtures.
  describe.each(['toml', 'yaml', 'json'] as const)('%s', (format) => {
    const file = parse(fixture(`same-page-three-formats/${format}.md`), utc, 'legal/terms.md');
    const fm = file.frontMatter;

    it('records the front matter format and where the body starts', () => {
      expect(file.frontMatterFormat).toBe(format);
      expect(file.body).toBe('Body line one.\n');
      expect(file.source.split('\n')[file.bodyLine - 1]).toBe('Body line one.');
    });

    it.each([
      ['title', fm.title, 'Terms'],
      ['url', fm.url, '/Legal/Terms'],
      ['slug', fm.slug, 'My Slug'],
      ['layout', fm.layout, 'legal'],
      ['type', fm.type, 'docs'],
      ['description', fm.description, 'What you agree to'],
      ['summary', fm.summary, 'Short'],
      ['linkTitle', fm.linkTitle, 'ToS'],
      ['draft', fm.draft, true],
      ['weight', fm.weight, 3],
    ])('reads %s', (_name, actual, expected) => {
      expect(actual).toBe(expected);
    });

    it('reads the list fields, with output format names lower-cased', () => {
      expect(fm.aliases).toEqual(['/old-terms', 'terms.html']);
      expect(fm.keywords).toEqual(['legal', 'terms']);
      expect(fm.outputs).toEqual(['html', 'rss']);
    });

    it.each([
      ['date', '2016-10-07 17:01:56 +0200 +0200'],
      ['lastmod', '2017-01-02 00:00:00 +0000 UTC'],
      ['publishDate', '2016-10-07 17:01:56 +0200 +0200'],
      ['expiryDate', '2099-01-01 00:00:00 +0000 UTC'],
    ] as const)('reads %s as Hugo prints it', (name, expected) => {
      expect(shown(fm[name])).toBe(expected);
    });

    it('puts every key in params lower-cased, nested maps too but not maps inside lists', () => {
      expect(Object.keys(fm.params).sort()).toEqual([
        'aliases', 'author', 'date', 'description', 'draft', 'expirydate', 'iscjklanguage', 'keywords',
        'lastmod', 'layout', 'linktitle', 'outputs', 'publishdate', 'slug', 'summary', 'title',
        'title_caption', 'type', 'url', 'weight',
      ]);
      expect(fm.params['title_caption']).toBe('The small print');
      expect(fm.params['Title_Caption']).toBeUndefined();
      expect(fm.params['author']).toEqual({ name: 'Ada', links: [{ Href: 'https://example.org' }] });
      expect(fm.params['iscjklanguage']).toBe(false);
      expect(shown(fm.params['publishdate'])).toBe('2016-10-07 17:01:56 +0200 +0200');
    });

    it('keeps the keys as written in raw', () => {
      expect(Object.keys(fm.raw)).toContain('Title_Caption');
    });
  });
});

describe('the privacy page of the seed', () => {
  const file = parse(fixture('privacy.md'), utc, 'privacy.md');

  it('keeps the offset of its date string, printing 17:01 +0200', () => {
    expect(file.frontMatter.date?.Format('15:04 -0700')).toBe('17:01 +0200');
    expect(shown(file.frontMatter.lastmod)).toBe('2016-10-07 17:01:56 +0200 +0200');
  });

  it('has title_caption in params and the body after the blank line and closing +++', () => {
    expect(file.frontMatter.params['title_caption']).toBe('Privacy goes hand in glove with security and confidentiality.');
    expect(file.bodyLine).toBe(8);
    expect(file.body.startsWith('\n## INFORMATION')).toBe(true);
  });
});

describe('dates', () => {
  it.each([
    ['TOML offset date-time', '+++\ndate = 2016-10-07T17:01:56-07:00\n+++\n', '2016-10-07 17:01:56 -0700 -0700'],
    ['TOML local date-time', '+++\ndate = 2016-10-07T17:01:56\n+++\n', '2016-10-07 17:01:56 +0000 UTC'],
    ['TOML local date', '+++\ndate = 2016-10-07\n+++\n', '2016-10-07 00:00:00 +0000 UTC'],
    ['TOML string', '+++\ndate = "2016-10-07"\n+++\n', '2016-10-07 00:00:00 +0000 UTC'],
    ['YAML date-time with a space', '---\ndate: 2016-10-07 17:01:56\n---\n', '2016-10-07 17:01:56 +0000 UTC'],
    ['YAML with offset', '---\ndate: 2016-10-07T17:01:56+05:30\n---\n', '2016-10-07 17:01:56 +0530 +0530'],
    ['JSON string', '{"date": "2016-10-07T17:01:56Z"}\n', '2016-10-07 17:01:56 +0000 UTC'],
  ])('reads a %s', (_name, source, expected) => {
    expect(shown(parse(source).frontMatter.date)).toBe(expected);
  });

  // Checked with Hugo 0.111.3 and timeZone = "America/New_York".
  it.each([
    ['TOML local date-time', '+++\ndate = 2016-10-07T17:01:56\n+++\n', '2016-10-07 17:01:56 -0400 EDT'],
    ['YAML in winter', '---\ndate: 2016-12-07 17:01:56\n---\n', '2016-12-07 17:01:56 -0500 EST'],
    ['JSON string', '{"date": "2016-10-07T17:01:56"}', '2016-10-07 17:01:56 -0400 EDT'],
    ['date with an offset, which wins', '+++\ndate = "2016-10-07T17:01:56+02:00"\n+++\n', '2016-10-07 17:01:56 +0200 +0200'],
  ])('reads a %s without an offset in the timeZone', (_name, source, expected) => {
    expect(shown(parse(source, { timeZone: 'America/New_York' }).frontMatter.date)).toBe(expected);
  });

  // Hugo 0.111's default [frontmatter] chains; each row checked with real Hugo.
  it.each([
    ['date alone fills lastmod and publishDate', 'date = 2016-01-01T00:00:00Z', ['2016-01-01', '2016-01-01', '2016-01-01', '']],
    ['publishDate alone fills date and lastmod', 'publishDate = 2017-01-01T00:00:00Z', ['2017-01-01', '2017-01-01', '2017-01-01', '']],
    ['lastmod alone fills date but not publishDate', 'lastmod = 2018-05-05T00:00:00Z', ['2018-05-05', '2018-05-05', '', '']],
    ['pubdate and modified are aliases', 'pubdate = 2015-01-01T00:00:00Z\nmodified = 2019-01-01T00:00:00Z', ['2015-01-01', '2019-01-01', '2015-01-01', '']],
    ['published is an alias of publishDate', 'published = 2014-02-02T00:00:00Z', ['2014-02-02', '2014-02-02', '2014-02-02', '']],
    ['expiryDate wins over unpublishdate', 'expiryDate = 2099-01-01T00:00:00Z\nunpublishdate = 2098-01-01T00:00:00Z', ['', '', '', '2099-01-01']],
    ['unpublishdate alone is the expiry date', 'unpublishdate = 2098-01-01T00:00:00Z', ['', '', '', '2098-01-01']],
    ['keys are case-insensitive', 'PublishDate = 2017-01-01T00:00:00Z\nLastMod = 2018-01-01T00:00:00Z', ['2017-01-01', '2018-01-01', '2017-01-01', '']],
    ['no dates at all', 'title = "x"', ['', '', '', '']],
  ])('%s', (_name, toml, [date, lastmod, publishDate, expiryDate]) => {
    const fm = parse(`+++\n${toml}\n+++\n`).frontMatter;
    const day = (t: { Format(layout: string): string } | undefined): string => t?.Format('2006-01-02') ?? '';
    expect([day(fm.date), day(fm.lastmod), day(fm.publishDate), day(fm.expiryDate)]).toEqual([date, lastmod, publishDate, expiryDate]);
  });
});

describe('fields', () => {
  it('gives defaults to a page without front matter', () => {
    const file = parse('Just text.\n');
    expect(file.frontMatterFormat).toBe('none');
    expect(file.body).toBe('Just text.\n');
    expect(file.bodyLine).toBe(1);
    expect(file.frontMatter).toMatchObject({ draft: false, weight: 0, aliases: [], keywords: [], raw: {} });
    // Checked with Hugo 0.111.3: .Params of a page without front matter is empty.
    expect(file.frontMatter.params).toEqual({});
    expect(file.frontMatter.title).toBeUndefined();
  });

  it.each([
    ['an empty TOML block', '+++\n+++\nbody'],
    ['an empty YAML block', '---\n---\nbody'],
    ['an empty JSON object', '{}\nbody'],
    ['a byte order mark and blank lines before the front matter', '\uFEFF\n\n+++\n+++\nbody'],
    ['Windows line endings', '+++\r\n+++\r\nbody'],
  ])('reads %s', (_name, source) => {
    const file = parse(source);
    expect(file.body).toBe('body');
    expect(file.frontMatter.params).toEqual({ draft: false, iscjklanguage: false });
  });

  it('reads JSON front matter that ends on the line it starts, and braces inside strings', () => {
    const file = parse('{"title": "a } b", "x": {"y": "{"}} rest\nbody');
    expect(file.frontMatter.title).toBe('a } b');
    expect(file.body).toBe(' rest\nbody');
  });

  it.each([
    ['draft as a string', 'draft = "true"', 'draft', true],
    ['weight as a string', 'weight = "7"', 'weight', 7],
    ['a number title', 'title = 2024', 'title', '2024'],
    ['a single alias string', 'aliases = "/old"', 'aliases', ['/old']],
    ['upper-case standard keys', 'TITLE = "Loud"', 'title', 'Loud'],
  ] as const)('converts %s as Hugo does', (_name, toml, field, expected) => {
    expect(parse(`+++\n${toml}\n+++\n`).frontMatter[field]).toEqual(expected);
  });

  it('gives two pages with the same text separate front matter objects', () => {
    const source = '---\ntitle: Same\ntags: [a]\n---\n';
    const a = parse(source).frontMatter;
    const b = parse(source).frontMatter;
    expect(a.raw).not.toBe(b.raw);
    (a.raw['tags'] as string[]).push('changed');
    expect(b.raw['tags']).toEqual(['a']);
  });

  it('marks index files as leaf bundles and _index files as branch bundles', () => {
    expect(parse('x', utc, 'about/index.md').bundle).toBe('leaf');
    expect(parse('x', utc, 'posts/_index.md').bundle).toBe('branch');
    expect(parse('x', utc, 'posts/first.md').bundle).toBeNull();
    expect(parse('<p>x</p>', utc, 'raw.html').format).toBe('html');
  });
});

describe('bad front matter', () => {
  it.each([
    ['malformed TOML', '+++\ntitle = "x"\nfoo = = 1\n+++\nbody\n', 3, 7, /invalid TOML front matter: .*expecting string, number/],
    ['an unterminated TOML string', '+++\ntitle = "x\n+++\n', 2, 12, /invalid TOML front matter: Unterminated string/],
    ['a repeated TOML key', '+++\ntitle = "x"\ntitle = "y"\n+++\n', 3, 12, /invalid TOML front matter: Can't redefine existing key/],
    ['malformed YAML', '---\ntitle: x\n  bad: 1\n---\n', 3, 6, /invalid YAML front matter: bad indentation/],
    ['malformed JSON', '{\n  "title": "x",\n  "foo": ,\n}\nbody\n', 3, 10, /invalid JSON front matter: expected a value .* found character ","/],
    ['a trailing comma in JSON', '{\n  "title": "x",\n}\n', 3, 1, /expected a double-quoted key, found character "}"/],
    ['TOML after blank lines', '\n\n+++\nfoo = = 1\n+++\n', 4, 7, /invalid TOML front matter/],
    ['a TOML block never closed', '+++\ntitle = "x"\nbody\n', 1, 1, /never closed: add a line "\+\+\+" after the last front matter line/],
    ['a YAML block never closed', '---\ntitle: x\n', 1, 1, /never closed: add a line "---"/],
    ['a JSON object never closed', '{\n  "title": "x"\n', 1, 1, /never closed: add the "}"/],
    ['a Markdown list as the first line (Hugo refuses it too)', '- item\n- two\n', 1, 1, /invalid YAML front matter delimiter: .*use "\*" for the bullet/],
    ['text after the opening delimiter', '---js\nthrow 1\n---\n', 1, 4, /unexpected text after the opening "---"/],
    ['a top level that is not a map', '---\n- a\n- b\n---\n', 1, 1, /expected a map of keys to values at the top level, found a list/],
    ['a date that is not a date', '---\ntitle: x\ndate: yesterday\n---\n', 3, 1, /^date: expected a date .* found "yesterday"/],
    ['weight that is not a number', '+++\n  weight = "heavy"\n+++\n', 2, 3, /^weight: expected a whole number, found "heavy"/],
  ])('%s is an error at its line and column', (_name, source, line, column, message) => {
    const error = errorOf(source);
    expect(error.code).toBe('front-matter');
    expect(error.file).toBe('content/privacy.md');
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.reason).toMatch(message);
    expect(error.message.startsWith(`content/privacy.md:${line}:${column}: `)).toBe(true);
    expect(error.source).toBe(source);
  });

  it('names the file under a configured content folder', () => {
    expect(() => parseContentFile('a/b.md', '+++\nx = \n+++\n', { timeZone: '', contentDir: 'pages' })).toThrow(/^pages\/a\/b\.md:2:/);
  });
});
