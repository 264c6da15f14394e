#!/usr/bin/env node
// Times `vellum build` next to real Hugo and Eleventy 3 on the same generated
// site, in one run, and prints medians, ms per page, peak RSS and ratios.
//
//   node bench/build.mjs [--pages 1000,10000] [--runs 5] [--no-eleventy]
//
// Needs: `npm run prepare` (dist/), hugo on PATH, /usr/bin/time. Eleventy is
// installed into a scratch folder on first use, never into this project.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = flag('pages', '1,1000,10000').split(',').map(Number);
const runs = Number(flag('runs', '5'));
const withEleventy = !args.includes('--no-eleventy');
const scratch = path.join(tmpdir(), 'vellum-bench');
mkdirSync(scratch, { recursive: true });

const words = 'privacy data policy we collect information account service cookies share third parties security retention rights access request contact update notice'.split(' ');
function paragraph(seed, n) {
  let out = '';
  for (let i = 0; i < n; i++) out += words[(seed * 7 + i * 13) % words.length] + (i % 12 === 11 ? '. ' : ' ');
  return out.trim() + '.';
}
function body(i) {
  // About 2.5 KB of Markdown: headings, paragraphs, a list, emphasis, a link.
  return [
    `## Section one of page ${i}`,
    paragraph(i, 80),
    `Some *emphasis*, some **strong** text and a [link](https://example.org/${i}).`,
    `### A smaller heading`,
    paragraph(i + 1, 70),
    '- first item\n- second item with `code`\n- third item',
    `## Section two`,
    paragraph(i + 2, 90),
    '> A quotation that goes on for a little while.',
    paragraph(i + 3, 60),
  ].join('\n\n');
}

function generate(n) {
  const dir = path.join(scratch, `site-${n}`);
  if (existsSync(path.join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const write = (rel, text) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  write('hugo.toml', 'baseURL = "https://example.org/"\ntitle = "Bench"\nlanguageCode = "en-us"\ndisableKinds = ["taxonomy", "term"]\n');
  const sections = Math.min(10, n);
  for (let s = 0; s < sections; s++) write(`content/s${s}/_index.md`, `+++\ntitle = "Section ${s}"\n+++\nSection ${s} intro.\n`);
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    write(`content/s${i % sections}/page-${i}.md`, `+++\ntitle = "Page ${i}"\ndate = 2023-03-${day}T10:00:00+02:00\ndescription = "Page number ${i}"\ntags_note = "x"\n+++\n${body(i)}\n`);
  }
  write('layouts/_default/baseof.html', '<!DOCTYPE html>\n<html lang="{{ .Site.LanguageCode }}">\n{{ partial "head.html" . }}\n<body>\n{{ partial "header.html" . }}\n<main>{{ block "main" . }}{{ end }}</main>\n{{ partial "footer.html" . }}\n</body>\n</html>\n');
  write('layouts/_default/single.html', '{{ define "main" }}<article><h1>{{ .Title }}</h1><p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time> · {{ .ReadingTime }} min</p>{{ .Content }}</article>{{ end }}\n');
  write('layouts/_default/list.html', '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}\n');
  write('layouts/partials/head.html', '<head><meta charset="utf-8"><title>{{ .Title }} – {{ .Site.Title }}</title><meta name="description" content="{{ .Description }}"><link rel="stylesheet" href="{{ "css/site.css" | relURL }}"></head>\n');
  write('layouts/partials/header.html', '<header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a><nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav></header>\n');
  write('layouts/partials/footer.html', '<footer>{{ .Site.Title }} · {{ now.Year }}</footer>\n');
  write('static/css/site.css', 'body { font-family: system-ui; }\n');
  // Eleventy's equivalent: Liquid layouts, TOML front matter.
  write('eleventy/eleventy.config.mjs', `import TOML from '${path.join(scratch, 'tools/node_modules/@iarna/toml/toml.js').replace(/\\/g, '/')}';
export default function (config) {
  config.setFrontMatterParsingOptions({ engines: { toml: (s) => TOML.parse(s) }, language: 'toml', delimiters: '+++' });
  config.addGlobalData('layout', 'single.liquid');
  return { dir: { input: '../content', includes: '../eleventy/_includes', output: '../_site-eleventy' } };
}
`);
  write('eleventy/_includes/base.liquid', '<!DOCTYPE html>\n<html lang="en-us"><head><meta charset="utf-8"><title>{{ title }} – Bench</title><meta name="description" content="{{ description }}"><link rel="stylesheet" href="/css/site.css"></head>\n<body><header><a href="/">Bench</a></header><main>{{ content }}</main><footer>Bench</footer></body></html>\n');
  write('eleventy/_includes/single.liquid', '---\nlayout: base.liquid\n---\n<article><h1>{{ title }}</h1><p class="meta"><time>{{ date | date: "%Y-%m-%d" }}</time></p>{{ content }}</article>\n');
  write('.complete', '');
  return dir;
}

function ensureTools() {
  const tools = path.join(scratch, 'tools');
  if (existsSync(path.join(tools, 'node_modules/@11ty/eleventy'))) return tools;
  mkdirSync(tools, { recursive: true });
  writeFileSync(path.join(tools, 'package.json'), '{"private":true}');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '@11ty/eleventy@3', '@iarna/toml@3'], { cwd: tools, stdio: 'inherit' });
  return tools;
}

/** Runs a command under /usr/bin/time -v; returns wall ms and peak RSS MiB. */
function measure(cmd, argv, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-v', cmd, ...argv], { cwd, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed:\n${result.stderr.slice(-2000)}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  return { ms, rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const tools = withEleventy ? ensureTools() : undefined;
for (const n of sizes) {
  const dir = generate(n);
  const tools_ = [
    ['vellum', () => measure(process.execPath, [path.join(root, 'bin/vellum.js'), 'build', '--quiet', '-s', dir, '-d', path.join(dir, '_site-vellum')], dir), () => rmSync(path.join(dir, '_site-vellum'), { recursive: true, force: true })],
    ['hugo', () => measure('hugo', ['--quiet', '-s', dir, '-d', path.join(dir, '_site-hugo')], dir), () => rmSync(path.join(dir, '_site-hugo'), { recursive: true, force: true })],
  ];
  if (tools !== undefined) {
    tools_.push(['eleventy', () => measure(process.execPath, [path.join(tools, 'node_modules/@11ty/eleventy/cmd.cjs'), '--quiet', '--config=eleventy.config.mjs'], path.join(dir, 'eleventy')), () => rmSync(path.join(dir, '_site-eleventy'), { recursive: true, force: true })]);
  }
  const results = {};
  // Interleave tools run by run, so load on this shared machine hits each alike.
  for (let r = 0; r < runs; r++) {
    for (const [name, run, clean] of tools_) {
      clean();
      (results[name] ??= []).push(run());
    }
  }
  console.log(`\n${n} pages, ${runs} runs each (median wall time, peak RSS):`);
  const summary = {};
  for (const [name] of tools_) {
    const ms = median(results[name].map((x) => x.ms));
    const rss = Math.max(...results[name].map((x) => x.rss));
    summary[name] = { ms, rss };
    console.log(`  ${name.padEnd(9)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / n).toFixed(3).padStart(7)} ms/page  ${rss.toFixed(0).padStart(5)} MiB`);
  }
  console.log(`  vellum/hugo time ratio: ${(summary.vellum.ms / summary.hugo.ms).toFixed(2)}`);
  if (summary.eleventy) console.log(`  eleventy/hugo time ratio: ${(summary.eleventy.ms / summary.hugo.ms).toFixed(2)}`);
}
