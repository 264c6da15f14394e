/**
 * Hugo's internal metadata templates, `{{ template "_internal/opengraph.html" . }}`
 * and friends, with `.` a page. Written for vellum from the markup Hugo
 * 0.111.3 prints (scratch sites built with it; the golden site
 * test/golden/sites/internal-templates pins it), whitespace included, since
 * themes paste these straight into `<head>`.
 *
 * Shared rules, as observed:
 * - the description is `.Description`, else a page's `.Summary`, else
 *   `.Site.Params.description`;
 * - images are front matter `images` (the first six, through absURL), else a
 *   bundle image matching `*feature*`, then `*cover*` or `*thumbnail*`, else
 *   the first of `.Site.Params.images`.
 */

/** Sets $description and $featured for the templates below; `.` is the page. */
const prelude = `
{{- $description := .Description -}}
{{- if not $description }}{{ if .IsPage }}{{ $description = .Summary }}{{ else }}{{ $description = .Site.Params.description }}{{ end }}{{ end -}}
{{- $images := .Resources.ByType "image" -}}
{{- $featured := $images.GetMatch "*feature*" -}}
{{- if not $featured }}{{ $featured = $images.GetMatch "{*cover*,*thumbnail*}" }}{{ end -}}
`.trim();

// Dates go through safeHTMLAttr so a zone's "+" is not escaped to &#43; in the attribute.
const iso8601 = '"2006-01-02T15:04:05-07:00"';

export const opengraph = `${prelude}
<meta property="og:title" content="{{ .Title }}" />
<meta property="og:description" content="{{ with $description }}{{ . }}{{ end }}" />
<meta property="og:type" content="{{ if .IsPage }}article{{ else }}website{{ end }}" />
<meta property="og:url" content="{{ .Permalink }}" />
{{- with .Params.images }}{{ range first 6 . }}<meta property="og:image" content="{{ . | absURL }}" />{{ end }}
{{- else }}{{ with $featured }}<meta property="og:image" content="{{ .Permalink }}"/>
{{- else }}{{ with $.Site.Params.images }}<meta property="og:image" content="{{ index . 0 | absURL }}"/>{{ end }}{{ end }}{{ end }}
{{- if .IsPage }}<meta property="article:section" content="{{ .Section }}" />
{{ with .PublishDate }}<meta property="article:published_time" {{ .Format ${iso8601} | printf "content=%q" | safeHTMLAttr }} />{{ end }}
{{ with .Lastmod }}<meta property="article:modified_time" {{ .Format ${iso8601} | printf "content=%q" | safeHTMLAttr }} />{{ end }}
{{- end }}
{{- with .Params.audio }}<meta property="og:audio" content="{{ . }}" />{{ end }}
{{- with .Params.locale }}<meta property="og:locale" content="{{ . }}" />{{ end }}
{{- with .Site.Params.title }}<meta property="og:site_name" content="{{ . }}" />{{ end }}
{{- with .Params.videos }}{{ range . }}
<meta property="og:video" content="{{ . | absURL }}" />
{{ end }}{{ end }}
{{- /* Other pages of the same series (when "series" is a taxonomy), at most six per series. */ -}}
{{- with .Site.Taxonomies.series }}{{ $terms := . }}
{{ with $.Params.series }}{{ range . }}{{ with index $terms (urlize .) }}{{ range first 6 .Pages }}
{{- if ne .Permalink $.Permalink }}<meta property="og:see_also" content="{{ .Permalink }}" />{{ end }}
{{- end }}{{ end }}
{{ end }}{{ end }}{{ end }}
{{- with .Site.Social.facebook_admin }}<meta property="fb:admins" content="{{ . }}" />{{ end }}
`;

export const twitterCards = `${prelude}
{{- with .Params.images }}<meta name="twitter:card" content="summary_large_image"/>
<meta name="twitter:image" content="{{ index . 0 | absURL }}"/>

{{ else }}{{ with $featured }}<meta name="twitter:card" content="summary_large_image"/>
<meta name="twitter:image" content="{{ .Permalink }}"/>
{{ else }}{{ with $.Site.Params.images }}<meta name="twitter:card" content="summary_large_image"/>
<meta name="twitter:image" content="{{ index . 0 | absURL }}"/>

{{ else }}<meta name="twitter:card" content="summary"/>
{{ end }}{{ end }}{{ end -}}
<meta name="twitter:title" content="{{ .Title }}"/>
<meta name="twitter:description" content="{{ with $description }}{{ . }}{{ end }}"/>
{{ with .Site.Social.twitter }}<meta name="twitter:site" content="@{{ . }}"/>
{{ end }}`;

export const schema = `${prelude}
<meta itemprop="name" content="{{ .Title }}">
<meta itemprop="description" content="{{ with $description }}{{ . }}{{ end }}">
{{- if .IsPage }}{{ with .PublishDate }}<meta itemprop="datePublished" {{ .Format ${iso8601} | printf "content=%q" | safeHTMLAttr }} />{{ end }}
{{ with .Lastmod }}<meta itemprop="dateModified" {{ .Format ${iso8601} | printf "content=%q" | safeHTMLAttr }} />{{ end }}
<meta itemprop="wordCount" content="{{ .WordCount }}">
{{- with .Params.images }}{{ range first 6 . }}<meta itemprop="image" content="{{ . | absURL }}">{{ end }}
{{- else }}{{ with $featured }}<meta itemprop="image" content="{{ .Permalink }}">
{{- else }}{{ with $.Site.Params.images }}<meta itemprop="image" content="{{ index . 0 | absURL }}"/>{{ end }}{{ end }}{{ end }}
<meta itemprop="keywords" content="{{ range .Params.tags }}{{ . }},{{ end }}" />
{{- end }}`;
