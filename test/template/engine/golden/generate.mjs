// Regenerates expected.json by rendering every case in cases.txt with real
// Hugo 0.111.3 as a plain-text output format (Go's text/template, no HTML
// escaping): `node test/template/engine/golden/generate.mjs`. Requires `hugo`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCases } from './cases.mjs';

const here = new URL('.', import.meta.url).pathname;
const cases = readCases(readFileSync(join(here, 'cases.txt'), 'utf8'));
const site = mkdtempSync(join(tmpdir(), 'vellum-golden-'));
mkdirSync(join(site, 'layouts'), { recursive: true });
mkdirSync(join(site, 'content'), { recursive: true });
writeFileSync(
  join(site, 'hugo.toml'),
  `baseURL = "https://example.org/"
title = "Golden"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "page", "section"]
[outputs]
home = ["golden"]
[outputFormats.golden]
mediaType = "text/plain"
baseName = "index"
isPlainText = true
`,
);
writeFileSync(join(site, 'content', '_index.md'), '---\ntitle: Home\n---\n');
// \u0001 name \u0002 output \u0003: markers that trim markers cannot eat.
const layout = cases.map((c) => `\u0001${c.name}\u0002${c.template}\u0003`).join('');
writeFileSync(join(site, 'layouts', 'index.golden.txt'), layout);
execFileSync('hugo', ['--quiet', '-s', site], { stdio: 'inherit' });
const output = readFileSync(join(site, 'public', 'index.txt'), 'utf8');
const expected = {};
for (const m of output.matchAll(/\u0001([^\u0002]*)\u0002([^\u0003]*)\u0003/g)) expected[m[1]] = m[2];
writeFileSync(join(here, 'expected.json'), `${JSON.stringify({ producedBy: 'hugo v0.111.3 (text output format, text/template)', cases: expected }, null, 2)}\n`);
console.log(`${Object.keys(expected).length} cases written`);
