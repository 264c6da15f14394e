/**
 * The one language of a single-language site, as Hugo 0.111.3 reports it:
 * `defaultContentLanguage` (default "en") names it, and a matching
 * `[languages.<lang>]` table may give it a name, a weight and its own
 * `languageCode` (which then wins over the top-level one, also for
 * `.Site.LanguageCode`).
 */

import { isMap, lowerCaseKeys } from './resolve.js';

export interface SiteLanguage {
  Lang: string;
  LanguageName: string;
  LanguageCode: string;
  Weight: number;
  LanguageDirection: string;
}

export function siteLanguage(raw: Record<string, unknown>): SiteLanguage {
  const top = lowerCaseKeys(raw);
  const text = (t: Record<string, unknown>, key: string): string | undefined => (typeof t[key] === 'string' ? (t[key] as string) : undefined);
  const lang = (text(top, 'defaultcontentlanguage') ?? 'en').toLowerCase();
  const languages = isMap(top['languages']) ? top['languages'] : {};
  const own = isMap(languages[lang]) ? languages[lang] : {};
  const weight = own['weight'];
  return {
    Lang: lang,
    LanguageName: text(own, 'languagename') ?? '',
    LanguageCode: text(own, 'languagecode') ?? text(top, 'languagecode') ?? '',
    Weight: typeof weight === 'number' && Number.isInteger(weight) ? weight : 0,
    LanguageDirection: text(own, 'languagedirection') ?? '',
  };
}
