/**
 * The package as a user gets it: `npm pack`, then `npm install <tarball>` in a
 * fresh project (dependencies come from the npm registry), then the CLI through
 * npx and the API through a bare `import ... from 'vellum'`, type-checked too.
 * It uses the compiled dist/ that `npm test` builds first.
 */

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const repo = path.resolve('.');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

let project = '';

describe('the packed package', () => {
  beforeAll(async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'vellum-pack-'));
    // dist/ is already built (npm test runs prepare first); --ignore-scripts skips building it again.
    const { stdout } = await exec(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: repo });
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
    project = path.join(work, 'project');
    await mkdir(project);
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'uses-vellum', private: true, type: 'module' }));
    await exec(npm, ['install', path.join(work, filename), '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: project });
  }, 120_000);

  it('ships the compiled code, type declarations and the default theme, but no sources or tests', async () => {
    const installed = path.join(project, 'node_modules/vellum');
    for (const file of ['bin/vellum.js', 'dist/index.js', 'dist/index.d.ts', 'layouts/_default/baseof.html', 'static/css/vellum.css', 'package.json', 'README.md']) {
      expect(existsSync(path.join(installed, file)), file).toBe(true);
    }
    for (const file of ['src', 'test', 'content', 'tsconfig.json']) expect(existsSync(path.join(installed, file)), file).toBe(false);
  });

  it('runs the CLI with npx: init, new, build', async () => {
    await exec(npx, ['vellum', 'init', 'site'], { cwd: project });
    await exec(npx, ['vellum', 'new', '-s', 'site', 'content/legal/terms.md'], { cwd: project });
    const { stdout } = await exec(npx, ['vellum', 'build', '-s', 'site', '--buildDrafts'], { cwd: project });
    expect(stdout).toMatch(/Pages +\| \d+/);
    expect(await readFile(path.join(project, 'site/public/privacy/index.html'), 'utf8')).toContain('<h1>Privacy Policy</h1>');
    expect(existsSync(path.join(project, 'site/public/legal/terms/index.html'))).toBe(true);
  }, 60_000);

  it("imports { build } from 'vellum' and type-checks against the declarations", async () => {
    await exec(npx, ['vellum', 'init', 'api-site'], { cwd: project });
    const script = [
      "import { build, loadSite, VellumError, type BuildResult } from 'vellum';",
      "const result: BuildResult = await build({ source: 'api-site', destination: 'out' });",
      "const site = await loadSite({ source: 'api-site' });",
      "const titles: string[] = site.pages.map((page) => page.title);",
      'console.log(JSON.stringify({ pages: result.pages, titles, isError: new VellumError({ code: "usage", message: "x" }) instanceof Error }));',
      '',
    ].join('\n');
    await writeFile(path.join(project, 'use.mts'), script);
    await writeFile(path.join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2023', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [path.join(repo, 'node_modules/@types')] },
      files: ['use.mts'],
    }));
    await exec(process.execPath, [path.join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: project }).catch((error: { stdout: string }) => {
      throw new Error(`tsc failed:\n${error.stdout}`);
    });
    // Node 20.19 runs TypeScript only with a flag; the same code as plain JavaScript runs everywhere.
    await writeFile(path.join(project, 'use.mjs'), script.replace(', type BuildResult', '').replace(': BuildResult', '').replace(': string[]', ''));
    const { stdout } = await exec(process.execPath, ['use.mjs'], { cwd: project });
    const out = JSON.parse(stdout) as { pages: number; titles: string[]; isError: boolean };
    expect(out.pages).toBeGreaterThan(0);
    expect(out.titles).toContain('Privacy Policy');
    expect(out.isError).toBe(true);
    expect(existsSync(path.join(project, 'api-site/out/privacy/index.html'))).toBe(true);
  }, 60_000);
});
