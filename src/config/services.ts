/**
 * `.Site.Config` as Hugo 0.111.3 exposes it to templates: `Services` and
 * `Privacy`, with Go's field names (`.Site.Config.Services.GoogleAnalytics.ID`),
 * read case-insensitively from the config as written. Hugo still honours the
 * older top-level keys `googleAnalytics`, `disqusShortname` and `rssLimit`
 * when the `services` table does not set them.
 */

import { isMap, lowerCaseKeys } from './resolve.js';

export interface ServicesConfig {
  GoogleAnalytics: { ID: string };
  Disqus: { Shortname: string };
  RSS: { Limit: number };
  Twitter: { DisableInlineCSS: boolean };
  Instagram: { DisableInlineCSS: boolean; AccessToken: string };
}

export interface PrivacyConfig {
  GoogleAnalytics: { Disable: boolean; AnonymizeIP: boolean; RespectDoNotTrack: boolean; UseSessionStorage: boolean };
  Disqus: { Disable: boolean };
  Instagram: { Disable: boolean; Simple: boolean };
  Twitter: { Disable: boolean; EnableDNT: boolean; Simple: boolean };
  Vimeo: { Disable: boolean; EnableDNT: boolean; Simple: boolean };
  YouTube: { Disable: boolean; PrivacyEnhanced: boolean };
}

export interface TemplateSiteConfig {
  Services: ServicesConfig;
  Privacy: PrivacyConfig;
}

type Table = Record<string, unknown>;

const table = (parent: Table, key: string): Table => {
  const value = parent[key];
  return isMap(value) ? value : {};
};
const str = (t: Table, key: string, fallback = ''): string => (typeof t[key] === 'string' ? (t[key] as string) : fallback);
const bool = (t: Table, key: string): boolean => t[key] === true;
const int = (t: Table, key: string, fallback: number): number => (typeof t[key] === 'number' && Number.isInteger(t[key]) ? (t[key] as number) : fallback);

/** The raw config map (as parsed) → `.Site.Config`. Pure; unknown keys are ignored. */
export function templateSiteConfig(raw: Record<string, unknown>): TemplateSiteConfig {
  const top = lowerCaseKeys(raw);
  const services = table(top, 'services');
  const privacy = table(top, 'privacy');
  const ga = table(services, 'googleanalytics');
  const disqus = table(services, 'disqus');
  const rss = table(services, 'rss');
  const instagram = table(services, 'instagram');
  const pGA = table(privacy, 'googleanalytics');
  const pTwitter = table(privacy, 'twitter');
  const pVimeo = table(privacy, 'vimeo');
  const pInstagram = table(privacy, 'instagram');
  const pYouTube = table(privacy, 'youtube');
  return {
    Services: {
      GoogleAnalytics: { ID: str(ga, 'id', str(top, 'googleanalytics')) },
      Disqus: { Shortname: str(disqus, 'shortname', str(top, 'disqusshortname')) },
      RSS: { Limit: int(rss, 'limit', int(top, 'rsslimit', -1)) },
      Twitter: { DisableInlineCSS: bool(table(services, 'twitter'), 'disableinlinecss') },
      Instagram: { DisableInlineCSS: bool(instagram, 'disableinlinecss'), AccessToken: str(instagram, 'accesstoken') },
    },
    Privacy: {
      GoogleAnalytics: {
        Disable: bool(pGA, 'disable'),
        AnonymizeIP: bool(pGA, 'anonymizeip'),
        RespectDoNotTrack: bool(pGA, 'respectdonottrack'),
        UseSessionStorage: bool(pGA, 'usesessionstorage'),
      },
      Disqus: { Disable: bool(table(privacy, 'disqus'), 'disable') },
      Instagram: { Disable: bool(pInstagram, 'disable'), Simple: bool(pInstagram, 'simple') },
      Twitter: { Disable: bool(pTwitter, 'disable'), EnableDNT: bool(pTwitter, 'enablednt'), Simple: bool(pTwitter, 'simple') },
      Vimeo: { Disable: bool(pVimeo, 'disable'), EnableDNT: bool(pVimeo, 'enablednt'), Simple: bool(pVimeo, 'simple') },
      YouTube: { Disable: bool(pYouTube, 'disable'), PrivacyEnhanced: bool(pYouTube, 'privacyenhanced') },
    },
  };
}
