import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSite, plainLayouts, readTree, removeSite, type Tree } from '../helpers/site.js';

const run = promisify(execFile);
const cli = path.resolve('bin/vellum.js');

async function vellum(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const good: Tree = {
  'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "T"\n',
  'content/ok.md': '+++\ntitle = "OK"\n+++\nFine.\n',
  ...plainLayouts,
};

interface Case {
  name: string;
  files: Tree;
  /** What stderr must say: the file, its position and what was expected. */
  message: RegExp;
  args?: string[];
}

const cases: Case[] = [
  {
    name: 'malformed TOML front matter names the file, line and column',
    files: { 'content/bad.md': '+++\ntitle = "Bad\n+++\nBody\n' },
    message: /content\/bad\.md:2:\d+: .*TOML/i,
  },
  {
    name: 'malformed YAML front matter names the file and line',
    files: { 'content/bad.md': '---\ntitle: [unclosed\n---\nBody\n' },
    message: /content\/bad\.md:\d+:\d+: .*YAML/i,
  },
  {
    name: 'malformed JSON front matter names the file and line',
    files: { 'content/bad.md': '{\n  "title": "x",,\n}\nBody\n' },
    message: /content\/bad\.md:2:\d+: .*JSON/i,
  },
  {
    name: 'front matter without its closing delimiter says how to close it',
    files: { 'content/bad.md': '+++\ntitle = "x"\nBody\n' },
    message: /content\/bad\.md:1:\d+: .*\+\+\+/,
  },
  {
    name: 'a template parse error names the layout, line and column and shows the code',
    files: { 'layouts/_default/single.html': '<h1>\n{{ .Title }\n</h1>' },
    message: /layouts\/_default\/single\.html:2:\d+: [\s\S]*> 2 \| \{\{ \.Title \}/,
  },
  {
    name: 'a template execution error names the layout and the missing field',
    files: { 'layouts/_default/single.html': '<h1>{{ .Titel }}</h1>' },
    message: /layouts\/_default\/single\.html:1:\d+: .*Titel/,
  },
  {
    name: 'an unknown function is reported at start-up with its position',
    files: { 'layouts/partials/unused.html': '{{ partal "x" . }}' },
    message: /layouts\/partials\/unused\.html:1:\d+: .*function "partal" not defined/,
  },
  {
    name: 'a missing partial is named',
    files: { 'layouts/_default/single.html': '{{ partial "nope.html" . }}' },
    message: /layouts\/_default\/single\.html:1:\d+: .*partial "nope\.html" not found/,
  },
  {
    name: 'a missing shortcode names the content file and position',
    files: { 'content/ok.md': '+++\ntitle = "OK"\n+++\nHello\n\n{{< nothere >}}\n' },
    message: /content\/ok\.md:6:1: no shortcode template "nothere"; add layouts\/shortcodes\/nothere\.html/,
  },
  {
    name: 'two pages writing the same file are both named',
    files: { 'content/a.md': '+++\ntitle = "A"\nurl = "/same/"\n+++\n', 'content/b.md': '+++\ntitle = "B"\nurl = "/same/"\n+++\n' },
    message: /content\/(a|b)\.md.*same\/index\.html.*content\/(a|b)\.md/,
  },
  {
    name: 'a url that climbs out of the destination is refused',
    files: { 'content/evil.md': '+++\ntitle = "E"\nurl = "/../../etc/x"\n+++\n' },
    message: /content\/evil\.md.*outside the destination/,
  },
  {
    name: 'an alias that climbs out of the destination is refused',
    files: { 'content/evil.md': '+++\ntitle = "E"\naliases = ["../../../x"]\n+++\n' },
    message: /content\/evil\.md.*alias.*outside/,
  },
  {
    name: 'a content file that is not UTF-8 is named',
    files: { 'content/latin1.md': Buffer.from([0x2b, 0x2b, 0x2b, 0x0a, 0x2b, 0x2b, 0x2b, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]) },
    message: /content\/latin1\.md:3:\d+: .*UTF-8/,
  },
  {
    name: 'a broken config names the config file and line',
    files: { 'hugo.toml': 'baseURL = "https://example.org/"\ntitle = \n' },
    message: /hugo\.toml:2:\d+/,
  },
  {
    name: 'errorf in a layout fails the build after rendering, with its message',
    files: { 'layouts/_default/single.html': '{{ if not .Params.owner }}{{ errorf "page %q has no owner" .Title }}{{ end }}{{ .Title }}' },
    message: /errorf:\n\s+page "OK" has no owner/,
  },
  {
    name: 'a destination that contains the site is refused',
    files: {},
    args: ['-d', '..'],
    message: /destination .* contains the site folder/,
  },
];

describe('bad input fails the build with a clear message, exit 1 and nothing lost', () => {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map(removeSite));
  });

  it.each(cases)('$name', async ({ files, message, args = [] }) => {
    const dir = await makeSite({ ...good, 'public/keep-me.txt': 'mine', 'public/old/index.html': 'old' });
    made.push(dir);
    const { writeTree } = await import('../helpers/site.js');
    await writeTree(dir, files);
    const before = await readTree(path.join(dir, 'public'));

    const result = await vellum(['build', '-s', dir, ...args]);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/this is a bug in vellum/);
    expect(await readTree(path.join(dir, 'public'))).toEqual(before);
    expect((await readdir(dir)).filter((name) => name.includes('vellum-staging'))).toEqual([]);
  });
});
