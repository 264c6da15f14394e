// Executes a typical page layout (baseof + single + two partials through
// `template`, a dozen actions, one range over 10 items) many times with the
// vellum engine, then the equivalent Liquid templates with liquidjs (what
// Eleventy uses by default), and prints µs per execution and the ratio.
//
//   npx tsc -p .                                   # the engine is imported from dist/
//   (mkdir -p /tmp/liquid-bench && cd /tmp/liquid-bench && npm init -y && npm i --no-save liquidjs)
//   LIQUIDJS_DIR=/tmp/liquid-bench node bench/template.mjs [iterations]
//
// liquidjs is never a dependency of vellum; without it only vellum's figure is printed.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SafeHTML, TemplateSet } from '../dist/template/engine/index.js';

const iterations = Number(process.argv[2] ?? 100_000);

const go = {
  'baseof.html': `<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>{{ template "partials/head.html" . }}</head>
<body>
<header><a href="{{ .Site.BaseURL }}">{{ .Site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main>
{{ template "partials/footer.html" . }}
</body>
</html>`,
  'single.html': `{{ define "main" }}
<article>
  <h1>{{ .Title }}</h1>
  <p class="meta">{{ .Date }} · {{ .ReadingTime }} min</p>
  {{- if .Params.draft }}<p>Draft</p>{{ end }}
  {{ .Content }}
  <ul class="tags">
  {{- range $i, $t := .Tags }}
    <li><a href="/tags/{{ $t | lower }}/">{{ $i }}: {{ $t }}</a></li>
  {{- end }}
  </ul>
</article>
{{ end }}`,
  'partials/head.html': `<title>{{ .Title }} | {{ .Site.Title }}</title><meta name="description" content="{{ .Summary }}">`,
  'partials/footer.html': `<footer>{{ with .Site.Params.copyright }}{{ . }}{{ end }} · {{ len .Tags }} tags</footer>`,
};

const liquid = {
  baseof: `<!DOCTYPE html>
<html lang="{{ site.languageCode }}">
<head>{% render 'head', page: page, site: site %}</head>
<body>
<header><a href="{{ site.baseURL }}">{{ site.title }}</a></header>
<main>{% block main %}{% endblock %}</main>
{% render 'footer', page: page, site: site %}
</body>
</html>`,
  single: `{% layout 'baseof' %}{% block main %}
<article>
  <h1>{{ page.title }}</h1>
  <p class="meta">{{ page.date }} · {{ page.readingTime }} min</p>
  {%- if page.params.draft %}<p>Draft</p>{% endif %}
  {{ page.content | raw }}
  <ul class="tags">
  {%- for t in page.tags %}
    <li><a href="/tags/{{ t | downcase }}/">{{ forloop.index0 }}: {{ t }}</a></li>
  {%- endfor %}
  </ul>
</article>
{% endblock %}`,
  head: `<title>{{ page.title }} | {{ site.title }}</title><meta name="description" content="{{ page.summary }}">`,
  footer: `<footer>{% if site.params.copyright %}{{ site.params.copyright }}{% endif %} · {{ page.tags.size }} tags</footer>`,
};

const site = { Title: 'My Site', BaseURL: 'https://example.org/', LanguageCode: 'en-us', Params: { copyright: '© 2024 Me & Co' } };
const tags = ['Go', 'Templates', 'Hugo', 'Static', 'Sites', 'Speed', 'Bench', 'Node', 'Liquid', 'HTML'];
const content = '<p>Some <em>rendered</em> Markdown content for the page, a paragraph or two long.</p>';
const page = {
  Title: 'A <Typical> Page',
  Date: '2024-01-02',
  ReadingTime: 3,
  Params: { draft: false },
  Content: new SafeHTML(content),
  Tags: tags,
  Summary: 'A summary with "quotes" & ampersands.',
  Site: site,
};

function time(label, fn) {
  for (let i = 0; i < Math.min(2_000, iterations); i++) fn(); // warm up
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  const us = ((performance.now() - start) * 1000) / iterations;
  console.log(`${label.padEnd(28)} ${us.toFixed(2).padStart(8)} µs per execution (${iterations} runs)`);
  return us;
}

const set = new TemplateSet({ funcs: { lower: (s) => String(s).toLowerCase() } });
for (const [name, text] of Object.entries(go)) set.add(name, text, `layouts/${name}`);
const vellumOutput = set.execute('baseof.html', page);
const vellumUs = time('vellum (html/template)', () => set.execute('baseof.html', page));

let Liquid;
try {
  const require = createRequire(join(process.env.LIQUIDJS_DIR ?? process.cwd(), 'package.json'));
  ({ Liquid } = require('liquidjs'));
} catch {
  console.log('liquidjs not found; set LIQUIDJS_DIR to a folder where `npm i --no-save liquidjs` ran.');
  process.exit(0);
}
const engine = new Liquid({ templates: liquid, outputEscape: 'escape', cache: true });
const liquidPage = {
  title: page.Title, date: page.Date, readingTime: page.ReadingTime, params: page.Params, content, tags, summary: page.Summary,
};
const liquidSite = { title: site.Title, baseURL: site.BaseURL, languageCode: site.LanguageCode, params: site.Params };
const parsed = engine.parse(liquid.single);
const scope = { page: liquidPage, site: liquidSite };
const liquidOutput = engine.renderSync(parsed, scope);
const liquidUs = time('liquidjs (renderSync)', () => engine.renderSync(parsed, scope));
console.log(`ratio liquidjs / vellum: ${(liquidUs / vellumUs).toFixed(2)}x`);
if (process.env.SHOW_OUTPUT) console.log(`${vellumOutput}\n----\n${liquidOutput}`);
