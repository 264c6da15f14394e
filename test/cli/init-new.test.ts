import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readTree } from '../helpers/site.js';

const cli = path.resolve('bin/vellum.js');
const exec = promisify(execFile);

async function vellum(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const tempDir = () => mkdtemp(path.join(tmpdir(), 'vellum-cli-'));

describe('vellum init, new and build', () => {
  it('init writes a site that builds at once, and new adds a page the build renders', async () => {
    const root = await tempDir();
    const init = await vellum(['init', 'my-site'], root);
    expect(init.code).toBe(0);
    const site = path.join(root, 'my-site');
    const files = Object.keys(await readTree(site));
    expect(files).toEqual(expect.arrayContaining([
      '.gitignore', 'archetypes/default.md', 'content/privacy.md', 'hugo.toml',
      'layouts/_default/baseof.html', 'layouts/_default/single.html', 'layouts/partials/head.html', 'static/css/vellum.css',
    ]));
    // The theme is the repository's own, read from the package, not a second copy.
    expect(await readFile(path.join(site, 'layouts/_default/single.html'), 'utf8')).toBe(await readFile('layouts/_default/single.html', 'utf8'));
    expect(await readFile(path.join(site, '.gitignore'), 'utf8')).toMatch(/^public\/$[\s\S]*^\.vellum\/$/m);
    const privacy = await readFile(path.join(site, 'content/privacy.md'), 'utf8');
    expect(privacy).toMatch(/^\+\+\+\ntitle = "Privacy Policy"\ndate = \d{4}-\d\d-\d\dT[\d:]+(Z|[+-]\d\d:\d\d)\ntitle_caption = ".+"\nurl = "\/privacy"\n\+\+\+\n/);
    expect(privacy).toContain('how My Site ("we", "us")');

    const created = await vellum(['new', 'content/legal/terms-of-use.md'], site);
    expect(created.code).toBe(0);
    expect(created.stdout).toBe(`Content "${path.join(site, 'content/legal/terms-of-use.md')}" created\n`);
    const terms = await readFile(path.join(site, 'content/legal/terms-of-use.md'), 'utf8');
    expect(terms).toMatch(/^\+\+\+\ntitle = "Terms of Use"\ndate = \S+\ndraft = true\n\+\+\+\n/);

    const build = await vellum(['build', '--buildDrafts'], site);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const html = await readFile(path.join(site, 'public/privacy/index.html'), 'utf8');
    expect(html).toContain('<h1>Privacy Policy</h1>');
    expect(html).toContain('<nav id="TableOfContents">');
    expect(await readFile(path.join(site, 'public/legal/terms-of-use/index.html'), 'utf8')).toContain('<h1>Terms of Use</h1>');
  });

  it('init refuses a folder that is not empty and leaves it untouched', async () => {
    const site = await tempDir();
    await writeFile(path.join(site, 'notes.txt'), 'mine');
    const result = await vellum(['init'], site);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not empty; .*--force/);
    expect(await readTree(site)).toEqual({ 'notes.txt': 'mine' });
  });

  it('init --force adds the missing files and keeps every existing one, naming each', async () => {
    const site = await tempDir();
    await mkdir(path.join(site, 'content'), { recursive: true });
    await writeFile(path.join(site, 'config.toml'), 'title = "Kept"\nbaseURL = "/"\n');
    await writeFile(path.join(site, 'content/privacy.md'), '+++\ntitle = "Mine"\n+++\nmine\n');
    await writeFile(path.join(site, '.gitignore'), 'node_modules/\n');
    const result = await vellum(['init', '--force'], site);
    expect(result.code).toBe(0);
    for (const kept of ['config.toml', 'content/privacy.md', '.gitignore']) expect(result.stderr).toContain(`kept ${kept}`);
    const tree = await readTree(site);
    expect(tree['config.toml']).toBe('title = "Kept"\nbaseURL = "/"\n');
    expect(tree['content/privacy.md']).toBe('+++\ntitle = "Mine"\n+++\nmine\n');
    expect(tree['.gitignore']).toBe('node_modules/\n');
    // A new hugo.toml would override config.toml, so none is written.
    expect(tree['hugo.toml']).toBeUndefined();
    expect(tree['layouts/_default/baseof.html']).toBeDefined();
  });

  it('new refuses to overwrite a file and leaves it as it was', async () => {
    const site = await tempDir();
    await vellum(['init'], site);
    const before = await readFile(path.join(site, 'content/privacy.md'), 'utf8');
    const result = await vellum(['new', 'privacy.md'], site);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('content/privacy.md: already exists');
    expect(await readFile(path.join(site, 'content/privacy.md'), 'utf8')).toBe(before);
  });

  it('new uses the section archetype, then default.md, then the built-in one', async () => {
    const site = await tempDir();
    await writeFile(path.join(site, 'hugo.toml'), 'title = "T"\n');
    const builtIn = await vellum(['new', 'posts/first-post.md'], site);
    expect(builtIn.code).toBe(0);
    // Hugo 0.111.3's built-in archetype writes YAML.
    expect(await readFile(path.join(site, 'content/posts/first-post.md'), 'utf8')).toMatch(/^---\ntitle: "First Post"\ndate: \S+\ndraft: true\n---\n\n$/);
    await mkdir(path.join(site, 'archetypes'));
    await writeFile(path.join(site, 'archetypes/default.md'), '+++\ntitle = "{{ .Name }}"\n+++\n');
    await writeFile(path.join(site, 'archetypes/legal.md'), '+++\ntitle = "{{ .Name | upper }} for {{ .Site.Title }}"\n+++\n');
    await vellum(['new', 'posts/second.md'], site);
    await vellum(['new', 'legal/terms.md'], site);
    expect(await readFile(path.join(site, 'content/posts/second.md'), 'utf8')).toBe('+++\ntitle = "second"\n+++\n');
    expect(await readFile(path.join(site, 'content/legal/terms.md'), 'utf8')).toBe('+++\ntitle = "TERMS for T"\n+++\n');
  });

  it('new reports a broken archetype with its position and writes nothing', async () => {
    const site = await tempDir();
    await mkdir(path.join(site, 'archetypes'));
    await writeFile(path.join(site, 'archetypes/default.md'), '+++\ntitle = "{{ .Name "\n+++\n');
    const result = await vellum(['new', 'x.md'], site);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/archetypes\/default\.md:2:\d+: /);
    expect(Object.keys(await readTree(site))).toEqual(['archetypes/default.md']);
  });

  it('-s names the site folder for init and new', async () => {
    const root = await tempDir();
    expect((await vellum(['init', '-s', root, 'site'], '/')).code).toBe(0);
    expect((await vellum(['new', '-s', path.join(root, 'site'), 'content/about.md'], '/')).code).toBe(0);
    expect(await readFile(path.join(root, 'site/content/about.md'), 'utf8')).toContain('title = "About"');
  });
});
