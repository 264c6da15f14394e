/**
 * vellum's built-in templates for the outputs Hugo generates itself. Each
 * writes the same markup as Hugo 0.111.3's own (checked against its output
 * in the golden tests), and a site overrides any of them by providing the
 * layout named in `userOverrides`.
 */

import { disqus, googleAnalytics, googleAnalyticsAsync } from './services.js';
import { opengraph, schema, twitterCards } from './seo.js';
import { figure, gist, highlight, vimeo, youtube } from './shortcodes.js';

export interface EmbeddedTemplate {
  name: string;
  /** Layout files that replace this template, most specific first. */
  userOverrides: (section: string) => string[];
  text: string;
}

const xmlHeader = '{{ printf "<?xml version=%q encoding=%q standalone=%q?>" "1.0" "utf-8" "yes" | safeHTML }}';
const rfc822 = '"Mon, 02 Jan 2006 15:04:05 -0700"';

/** The RSS 2.0 feed of a home, section or taxonomy page; `.` is that page. */
const rss = `${xmlHeader}
{{- $site := .Site -}}
{{- $onSite := cond (eq .Title $site.Title) "" (printf "%s on " .Title) -}}
{{- $inSite := cond (eq .Title $site.Title) "" (printf "in %s " .Title) -}}
{{- $items := .RegularPages -}}
{{- if .IsHome }}{{ $items = $site.RegularPages }}{{ else if or (eq .Kind "taxonomy") (eq .Kind "term") }}{{ $items = .Pages }}{{ end }}
{{- $limit := $site.Config.Services.RSS.Limit }}
{{- if ge $limit 1 }}{{ $items = first $limit $items }}{{ end }}
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{{ if .Title }}{{ $onSite }}{{ end }}{{ $site.Title }}</title>
    <link>{{ .Permalink }}</link>
    <description>Recent content {{ if .Title }}{{ $inSite }}{{ end }}on {{ $site.Title }}</description>
    <generator>Hugo -- gohugo.io</generator>
    {{- with $site.LanguageCode }}
    <language>{{ . }}</language>{{ end }}
    {{- with $site.Author.email }}
    <managingEditor>{{ . }}{{ with $site.Author.name }} ({{ . }}){{ end }}</managingEditor>
    <webMaster>{{ . }}{{ with $site.Author.name }} ({{ . }}){{ end }}</webMaster>{{ end }}
    {{- with $site.Copyright }}
    <copyright>{{ . }}</copyright>{{ end }}
    {{- if not .Date.IsZero }}
    <lastBuildDate>{{ .Date.Format ${rfc822} | safeHTML }}</lastBuildDate>{{ end }}
    {{- with .OutputFormats.Get "rss" }}
    {{ printf "<atom:link href=%q rel=%q type=%q />" .Permalink "self" .MediaType.Type | safeHTML }}{{ end }}
    {{- range $items }}
    <item>
      <title>{{ .Title }}</title>
      <link>{{ .Permalink }}</link>
      <pubDate>{{ .Date.Format ${rfc822} | safeHTML }}</pubDate>
      {{- with $site.Author.email }}
      <author>{{ . }}{{ with $site.Author.name }} ({{ . }}){{ end }}</author>{{ end }}
      <guid>{{ .Permalink }}</guid>
      <description>{{ .Summary | html }}</description>
    </item>
    {{- end }}
  </channel>
</rss>
`;

/** sitemap.xml; `.` holds `Pages`, the site's pages in default order. */
const sitemap = `${xmlHeader}
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
  xmlns:xhtml="http://www.w3.org/1999/xhtml">
  {{- range .Pages }}
  <url>
    <loc>{{ .Permalink }}</loc>
    {{- if not .Lastmod.IsZero }}
    <lastmod>{{ .Lastmod.Format "2006-01-02T15:04:05-07:00" | safeHTML }}</lastmod>{{ end }}
    {{- with .Sitemap.ChangeFreq }}
    <changefreq>{{ . }}</changefreq>{{ end }}
    {{- if ge .Sitemap.Priority 0.0 }}
    <priority>{{ .Sitemap.Priority }}</priority>{{ end }}
  </url>
  {{- end }}
</urlset>
`;

/** The page written at each alias; `.` holds `Permalink`, `Lang` and `KeepFragment` (keepAliasFragments). */
const alias = `<!DOCTYPE html>
<html lang="{{ .Lang }}">
  <head>
    <title>{{ .Permalink }}</title>
    <link rel="canonical" href="{{ .Permalink }}">
    <meta name="robots" content="noindex">
    <meta charset="utf-8">
    <meta http-equiv="refresh" content="0; url={{ .Permalink }}">
    {{- if .KeepFragment }}
    <script>location.replace({{ .Permalink }} + location.hash)</script>
    {{- end }}
  </head>
</html>
`;

/** robots.txt: Hugo's has no trailing newline. */
const robots = 'User-agent: *';

export const embeddedTemplates = {
  rss: { name: '_internal/_default/rss.xml', userOverrides: (section: string) => [`${section}/rss.xml`, '_default/rss.xml', 'rss.xml'].filter((p) => !p.startsWith('/')), text: rss },
  sitemap: { name: '_internal/_default/sitemap.xml', userOverrides: () => ['sitemap.xml', '_default/sitemap.xml'], text: sitemap },
  alias: { name: '_internal/alias.html', userOverrides: () => ['alias.html'], text: alias },
  robots: { name: '_internal/_default/robots.txt', userOverrides: () => ['robots.txt', '_default/robots.txt'], text: robots },
  // Reached through `{{ template "_internal/…" . }}`.
  opengraph: { name: '_internal/opengraph.html', userOverrides: () => [], text: opengraph },
  twitterCards: { name: '_internal/twitter_cards.html', userOverrides: () => [], text: twitterCards },
  schema: { name: '_internal/schema.html', userOverrides: () => [], text: schema },
  googleAnalytics: { name: '_internal/google_analytics.html', userOverrides: () => [], text: googleAnalytics },
  googleAnalyticsAsync: { name: '_internal/google_analytics_async.html', userOverrides: () => [], text: googleAnalyticsAsync },
  disqus: { name: '_internal/disqus.html', userOverrides: () => [], text: disqus },
  // Built-in shortcodes: used when layouts/shortcodes/<name>.html does not exist.
  highlightShortcode: { name: '_internal/shortcodes/highlight.html', userOverrides: () => ['shortcodes/highlight.html'], text: highlight },
  figureShortcode: { name: '_internal/shortcodes/figure.html', userOverrides: () => ['shortcodes/figure.html'], text: figure },
  youtubeShortcode: { name: '_internal/shortcodes/youtube.html', userOverrides: () => ['shortcodes/youtube.html'], text: youtube },
  vimeoShortcode: { name: '_internal/shortcodes/vimeo.html', userOverrides: () => ['shortcodes/vimeo.html'], text: vimeo },
  gistShortcode: { name: '_internal/shortcodes/gist.html', userOverrides: () => ['shortcodes/gist.html'], text: gist },
} satisfies Record<string, EmbeddedTemplate>;
