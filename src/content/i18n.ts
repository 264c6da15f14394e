/**
 * Reads `i18n/<lang>.toml|yaml|yml|json`: translation tables as Hugo 0.111.3
 * accepts them, `key = "text"` or `[key] one = "…" other = "…"`, or
 * go-i18n's list form. IDs keep
 * their case (Hugo's lookups are case-sensitive); the language is the file
 * name, lower-cased.
 */

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, parseDataValue, type DataFormat } from '../config/index.js';
import { VellumError } from '../errors/index.js';
import { listTree } from './site-files.js';
import { decodeUTF8 } from './walk.js';

/** A translation: one text, or texts by CLDR plural category ("one", "other", …). */
export type Translation = string | Readonly<Record<string, string>>;
/** Language → ID → translation. */
export type TranslationTables = Record<string, Record<string, Translation>>;

const FORMATS: Record<string, DataFormat> = { '.toml': 'toml', '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json' };

export async function loadTranslations(i18nDir: string, shownAs: string): Promise<TranslationTables> {
  const tables: TranslationTables = {};
  for (const file of await listTree(i18nDir)) {
    const format = FORMATS[path.extname(file).toLowerCase()];
    if (format === undefined || file.includes('/') || file.startsWith('.')) continue;
    const shown = `${shownAs}/${file}`;
    const text = decodeUTF8(await readFile(path.join(i18nDir, file)), shown);
    const result = parseDataValue(format, text);
    if (!result.ok) {
      throw new VellumError({ code: 'config', file: shown, line: result.error.line, column: result.error.column, message: result.error.message, source: text });
    }
    const lang = file.slice(0, -path.extname(file).length).toLowerCase();
    const table = (tables[lang] ??= {});
    for (const [id, value] of entries(result.value, shown)) {
      if (typeof value === 'string') table[id] = value;
      else if (isMap(value)) {
        // go-i18n also accepts `translation = "…"` for a plain string.
        const forms: Record<string, string> = {};
        for (const [form, textValue] of Object.entries(value)) if (typeof textValue === 'string') forms[form.toLowerCase()] = textValue;
        table[id] = typeof forms['translation'] === 'string' ? forms['translation'] : forms;
      } else {
        throw new VellumError({ code: 'config', file: shown, message: `translation "${id}": expected a string or a table of plural forms (one, other, …)` });
      }
    }
  }
  return tables;
}

/**
 * The (id, translation) pairs of a file: a table keyed by ID, or go-i18n's
 * older list form `- id: … translation: …` (many themes ship that).
 */
function entries(value: unknown, shown: string): [string, unknown][] {
  if (isMap(value)) return Object.entries(value);
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      if (!isMap(item) || typeof item['id'] !== 'string') {
        throw new VellumError({ code: 'config', file: shown, message: `item ${i + 1}: expected "id" and "translation"` });
      }
      return [item['id'], item['translation'] ?? ''];
    });
  }
  throw new VellumError({ code: 'config', file: shown, message: 'expected a table of translations: `id = "text"` or `[id] other = "text"`' });
}
