/**
 * `i18n` / `T` for a one-language site, as Hugo 0.111.3 behaves: the site
 * language's table first, then English's (Hugo's go-i18n bundle defaults to
 * English whatever `defaultContentLanguage` says: a "fr" site falls back to
 * i18n/en.toml, never to another language; not at all with placeholders on); a count (an int, or
 * a value with a `.Count`) picks the CLDR plural form; a text with `{{` is
 * run as a text template with the argument as dot (a count as `.Count`). A
 * missing ID gives "" — or "[i18n] id", with a warning, under
 * `enableMissingTranslationPlaceholders`.
 */

import type { Translation, TranslationTables } from '../content/i18n.js';

export interface TranslatorOptions {
  tables: TranslationTables;
  lang: string;
  /** The bundle's fallback language: "en" in Hugo 0.111.3. */
  fallbackLang: string;
  placeholders: boolean;
  /** Runs a translation text as a (non-escaping) template. */
  execute(name: string, text: string, data: unknown): string;
  warn(message: string): void;
}

/** CLDR cardinal category for whole numbers, for the languages themes ship most. */
export function pluralCategory(lang: string, n: number): string {
  const base = lang.split(/[-_]/)[0]!;
  if (['ja', 'zh', 'ko', 'vi', 'th', 'id', 'ms', 'tr'].includes(base)) return 'other';
  if (['fr', 'pt'].includes(base)) return n === 0 || n === 1 ? 'one' : 'other';
  if (['ru', 'uk', 'be', 'sr', 'hr', 'bs'].includes(base)) {
    const m10 = n % 10, m100 = n % 100;
    if (m10 === 1 && m100 !== 11) return 'one';
    if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return 'few';
    return 'many';
  }
  if (base === 'pl') {
    const m10 = n % 10, m100 = n % 100;
    if (n === 1) return 'one';
    if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return 'few';
    return 'many';
  }
  return n === 1 ? 'one' : 'other';
}

/** The count Hugo reads from the argument: an int, or a map/struct's Count; undefined when there is none. */
function countOf(context: unknown): number | undefined | null {
  if (context === undefined || context === null) return undefined;
  if (typeof context === 'number') return Number.isInteger(context) ? context : null;
  if (typeof context === 'string') return null;
  const count = context instanceof Map ? context.get('Count') : (context as Record<string, unknown>)['Count'];
  return typeof count === 'number' && Number.isInteger(count) ? count : undefined;
}

export function createTranslator(options: TranslatorOptions): (id: string, context?: unknown) => string {
  // With placeholders on, Hugo shows "[i18n] id" for an ID the site language lacks instead of falling back.
  const pick = (id: string): Translation | undefined =>
    options.tables[options.lang]?.[id] ?? (options.placeholders ? undefined : options.tables[options.fallbackLang]?.[id]);
  const missing = (id: string, why: string) => {
    if (!options.placeholders) return '';
    options.warn(`i18n: ${why} for language "${options.lang}" and ID "${id}"`);
    return `[i18n] ${id}`;
  };
  return (id, context) => {
    const translation = pick(id);
    if (translation === undefined) return missing(id, 'no translation');
    const count = countOf(context);
    // A float or string count is an error in Hugo 0.111: the translation is treated as missing.
    if (count === null) return missing(id, 'a count must be a whole number');
    let text: string | undefined;
    if (typeof translation === 'string') text = translation;
    else text = (count === undefined ? undefined : translation[pluralCategory(options.lang, count)]) ?? translation['other'];
    if (text === undefined) return missing(id, 'no "other" form');
    if (!text.includes('{{')) return text;
    // Without an argument, `{{ .Count }}` prints "<no value>" as in Hugo.
    const data = typeof context === 'number' ? { Count: context } : (context ?? {});
    return options.execute(`i18n/${id}`, text, data);
  };
}
