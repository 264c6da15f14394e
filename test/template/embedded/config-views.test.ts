// The config the internal templates read: `.Site.Config.Services/Privacy` and the site language,
// with the precedence Hugo 0.111.3 showed on scratch sites (services.* wins over the old top-level keys).
import { describe, expect, it } from 'vitest';
import { siteLanguage } from '../../../src/config/language.js';
import { templateSiteConfig } from '../../../src/config/services.js';
import { embeddedTemplates } from '../../../src/template/embedded/index.js';
import { TemplateSet } from '../../../src/template/engine/index.js';
import { createFuncMap } from '../../../src/template/funcs/index.js';

describe('.Site.Config', () => {
  it.each<[string, Record<string, unknown>, string, string, number]>([
    ['nothing set', {}, '', '', -1],
    ['old top-level keys', { googleAnalytics: 'UA-1', disqusShortname: 'd', rssLimit: 5 }, 'UA-1', 'd', 5],
    ['services tables, any key case', { services: { GoogleAnalytics: { id: 'G-1' }, disqus: { Shortname: 's' }, RSS: { limit: 3 } } }, 'G-1', 's', 3],
    ['services win over top-level keys', { googleAnalytics: 'G-OLD', services: { googleAnalytics: { ID: 'G-NEW' } } }, 'G-NEW', '', -1],
  ])('%s', (_name, raw, ga, disqus, limit) => {
    const { Services } = templateSiteConfig(raw);
    expect([Services.GoogleAnalytics.ID, Services.Disqus.Shortname, Services.RSS.Limit]).toEqual([ga, disqus, limit]);
  });

  it('reads privacy switches case-insensitively', () => {
    const { Privacy } = templateSiteConfig({ privacy: { googleAnalytics: { anonymizeIP: true, RespectDoNotTrack: true }, disqus: { disable: true } } });
    expect(Privacy.GoogleAnalytics).toEqual({ Disable: false, AnonymizeIP: true, RespectDoNotTrack: true, UseSessionStorage: false });
    expect(Privacy.Disqus.Disable).toBe(true);
  });
});

describe('.Site.Language', () => {
  it.each<[string, Record<string, unknown>, [string, string, string, number]]>([
    ['defaults', {}, ['en', '', '', 0]],
    ['defaultContentLanguage and languageCode', { defaultContentLanguage: 'FR', languageCode: 'fr-FR' }, ['fr', '', 'fr-FR', 0]],
    ['a [languages.fr] table', { defaultContentLanguage: 'fr', languageCode: 'x', languages: { fr: { languageName: 'Français', weight: 3, languageCode: 'fr-CA' } } }, ['fr', 'Français', 'fr-CA', 3]],
  ])('%s', (_name, raw, expected) => {
    const l = siteLanguage(raw);
    expect([l.Lang, l.LanguageName, l.LanguageCode, l.Weight]).toEqual(expected);
  });
});

describe('internal templates', () => {
  const funcs = createFuncMap({ markdownify: String, relURL: String, absURL: String, partial: () => '', now: () => { throw new Error('unused'); } });
  it.each(['opengraph', 'twitterCards', 'schema', 'googleAnalytics', 'googleAnalyticsAsync', 'disqus'] as const)(
    '%s parses with the real function map under its _internal name', (key) => {
      const embedded = embeddedTemplates[key];
      expect(embedded.name).toMatch(/^_internal\/[a-z_]+\.html$/);
      expect(new TemplateSet({ funcs }).add(embedded.name, embedded.text).has(embedded.name)).toBe(true);
    });

  it.each(['googleAnalytics', 'googleAnalyticsAsync', 'disqus'] as const)('%s prints nothing when the service is not configured', (key) => {
    const site = { Config: templateSiteConfig({}) };
    const set = new TemplateSet({ funcs }).add('t', embeddedTemplates[key].text);
    expect(set.execute('t', { Site: site, Params: {} })).toBe('');
  });
});
