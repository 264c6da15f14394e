// i18n files and translation as Hugo 0.111.3 does them; each expectation was checked against its output
// for the same i18n/en.toml (a scratch site), escaping aside (the template escapes the result).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTranslations, type TranslationTables } from '../../src/content/i18n.js';
import { createTranslator, pluralCategory } from '../../src/render/i18n.js';
import { TemplateSet } from '../../src/template/engine/index.js';

let dir = '';
let tables: TranslationTables = {};
const EN = `hello = "Hello"
[readMore]
other = "Read more"
[wordCount]
one = "One word"
other = "{{ .Count }} words"
[greet]
other = "Hi {{ .Name }} <b>"
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vellum-i18n-'));
  await writeFile(join(dir, 'en.toml'), EN);
  await writeFile(join(dir, 'fr.yaml'), 'hello: Bonjour\n');
  await writeFile(join(dir, 'de.json'), '{"hello": {"other": "Hallo"}}');
  tables = await loadTranslations(dir, 'i18n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const execute = (name: string, text: string, data: unknown) => new TemplateSet({ escape: false }).add(name, text).execute(name, data);
const translator = (lang: string, placeholders = false, warnings: string[] = []) =>
  createTranslator({ tables, lang, fallbackLang: 'en', placeholders, execute, warn: (m) => warnings.push(m) });

describe('i18n files', () => {
  it('reads TOML, YAML and JSON tables by language', () => {
    expect(tables['fr']).toEqual({ hello: 'Bonjour' });
    expect(tables['de']).toEqual({ hello: { other: 'Hallo' } });
    expect(tables['en']?.['wordCount']).toEqual({ one: 'One word', other: '{{ .Count }} words' });
  });

  it("reads go-i18n's list form, plural forms included", async () => {
    const list = await mkdtemp(join(tmpdir(), 'vellum-i18n-list-'));
    await writeFile(join(list, 'en.yaml'), "- id: toc\n  translation: Contents\n- id: read_time\n  translation:\n    one: 1 minute\n    other: '{{ .Count }} minutes'\n");
    expect((await loadTranslations(list, 'i18n'))['en']).toEqual({ toc: 'Contents', read_time: { one: '1 minute', other: '{{ .Count }} minutes' } });
    await rm(list, { recursive: true, force: true });
  });

  it('a syntax error names the file and line', async () => {
    const bad = await mkdtemp(join(tmpdir(), 'vellum-i18n-bad-'));
    await writeFile(join(bad, 'en.toml'), 'x = \n');
    await expect(loadTranslations(bad, 'i18n')).rejects.toThrow(/i18n\/en\.toml/);
    await rm(bad, { recursive: true, force: true });
  });
});

describe('i18n / T', () => {
  it.each<[string, unknown, string]>([
    ['hello', undefined, 'Hello'],
    ['readMore', undefined, 'Read more'],
    ['readmore', undefined, ''],
    ['wordCount', 1, 'One word'],
    ['wordCount', 5, '5 words'],
    ['wordCount', undefined, '<no value> words'],
    ['wordCount', new Map([['Count', 1]]), 'One word'],
    ['wordCount', 2.5, ''],
    ['wordCount', '3', ''],
    ['greet', new Map([['Name', 'Ann']]), 'Hi Ann <b>'],
    ['missing', undefined, ''],
  ])('i18n %j with %j gives %j', (id, context, expected) => {
    expect(translator('en')(id, context)).toBe(expected);
  });

  it('falls back to English (Hugo 0.111.3 does so even when defaultContentLanguage is another language)', () => {
    const fr = translator('fr');
    expect([fr('hello'), fr('readMore')]).toEqual(['Bonjour', 'Read more']);
  });

  it('with enableMissingTranslationPlaceholders an ID the site language lacks is a placeholder, not English', () => {
    expect(translator('fr', true)('readMore')).toBe('[i18n] readMore');
  });

  it('with enableMissingTranslationPlaceholders a missing ID prints "[i18n] id" and warns', () => {
    const warnings: string[] = [];
    expect(translator('en', true, warnings)('missing')).toBe('[i18n] missing');
    expect(warnings).toEqual(['i18n: no translation for language "en" and ID "missing"']);
  });

  it.each([['en', 1, 'one'], ['en', 0, 'other'], ['fr', 0, 'one'], ['ja', 1, 'other'], ['ru', 3, 'few'], ['pl', 5, 'many']])(
    'plural category of %s %d is %s', (lang, n, category) => {
      expect(pluralCategory(lang, n)).toBe(category);
    });
});
