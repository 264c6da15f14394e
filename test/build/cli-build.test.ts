import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite, plainLayouts, removeSite } from '../helpers/site.js';

const run = promisify(execFile);
const cli = path.resolve('bin/vellum.js');
const vellum = (args: string[], cwd = process.cwd()) => run(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });

describe('the vellum command line', () => {
  const cleanup: string[] = [];
  afterAll(async () => {
    await Promise.all(cleanup.map(removeSite));
  });

  it('builds this repository: public/privacy/index.html has the policy heading', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'vellum-repo-'));
    cleanup.push(out);
    const { stdout } = await vellum(['build', '-d', out]);
    const html = await readFile(path.join(out, 'privacy', 'index.html'), 'utf8');
    expect(html).toMatch(/<h1[^>]*>Privacy Policy<\/h1>/);
    expect(html).toContain('Privacy goes hand in glove with security and confidentiality.');
    expect(html).not.toContain('__vellum');
    expect(stdout).toMatch(/Pages\s+\|\s+\d+/);
    expect(stdout).toMatch(/Total in \d+ ms/);
  });

  it('runs build when no command is given, and --quiet prints nothing on success', async () => {
    const dir = await makeSite({ 'hugo.toml': 'title = "T"\n', 'content/a.md': '+++\ntitle = "A"\n+++\n', ...plainLayouts });
    cleanup.push(dir);
    const { stdout, stderr } = await vellum(['--quiet', '-s', dir]);
    expect(stdout).toBe('');
    expect(stderr).toBe('');
    expect(await readFile(path.join(dir, 'public', 'a', 'index.html'), 'utf8')).toContain('<h1>A</h1>');
  });

  it('prints warnings to stderr: a page without a layout', async () => {
    const dir = await makeSite({ 'hugo.toml': 'title = "T"\n', 'content/a.md': '+++\ntitle = "A"\n+++\n' });
    cleanup.push(dir);
    const { stderr } = await vellum(['build', '-s', dir]);
    expect(stderr).toMatch(/WARN found no layout file for "HTML" for kind "page" \(content\/a\.md\): looked for layouts\/page\/single\.html, layouts\/_default\/single\.html/);
  });

  it('--minify shrinks HTML, CSS and XML', async () => {
    const dir = await makeSite({
      'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "T"\ndisableKinds = ["taxonomy", "term"]\n',
      'content/a.md': '+++\ntitle = "A"\n+++\nSome   text.\n',
      'layouts/_default/single.html': '<html>\n  <body>\n    <h1>  {{ .Title }}  </h1>\n    <!-- a comment -->\n    {{ .Content }}\n  </body>\n</html>\n',
      'layouts/_default/list.html': '<html><body>{{ range .Pages }}{{ .Title }}{{ end }}</body></html>',
      'static/site.css': 'body {\n  color: red;\n}\n',
    });
    cleanup.push(dir);
    await vellum(['build', '-s', dir, '--minify']);
    expect(await readFile(path.join(dir, 'public', 'a', 'index.html'), 'utf8')).toBe('<html><body><h1>A</h1><p>Some text.</p></body></html>');
    expect(await readFile(path.join(dir, 'public', 'site.css'), 'utf8')).toBe('body{color:red}');
    expect(await readFile(path.join(dir, 'public', 'sitemap.xml'), 'utf8')).not.toMatch(/>\s+</);
  });

  it('version prints the version; --help lists the commands', async () => {
    expect((await vellum(['version'])).stdout).toMatch(/^vellum v\d+\.\d+\.\d+ node\//);
    const help = (await vellum(['--help'])).stdout;
    for (const command of ['build', 'serve', 'version']) expect(help).toContain(command);
  });

  it('exits 1 on an unknown flag', async () => {
    await expect(vellum(['build', '--nope'])).rejects.toMatchObject({ code: 1 });
  });
});

