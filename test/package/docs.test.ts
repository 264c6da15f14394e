import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { END, functionListMarkdown, START } from './function-list.js';

const exec = promisify(execFile);
const read = (file: string) => readFile(path.resolve(file), 'utf8');

/** The lines of the first ```sh block after `heading` in a Markdown text. */
function shellBlockAfter(markdown: string, heading: string): string[] {
  const at = markdown.indexOf(`\n${heading}\n`);
  expect(at, `heading "${heading}"`).toBeGreaterThanOrEqual(0);
  const block = /```sh\n([\s\S]*?)```/.exec(markdown.slice(at));
  expect(block, `a sh block after "${heading}"`).not.toBeNull();
  return block![1]!.split('\n').map((l) => l.trim()).filter(Boolean);
}

describe('the docs', () => {
  it('list every template function the registry has, and nothing else', async () => {
    const file = path.resolve('docs/templates.md');
    const text = await readFile(file, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    expect(start, 'the functions:start marker').toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const current = text.slice(start, end + END.length);
    const expected = functionListMarkdown();
    if (process.env['UPDATE_DOCS'] === '1' && current !== expected) {
      await writeFile(file, text.slice(0, start) + expected + text.slice(end + END.length));
      return;
    }
    expect(current).toBe(expected);
  });

  it('keep the quick start', async () => {
    const readme = await read('README.md');
    const quick = shellBlockAfter(readme, '## Quick start').map((l) => l.replace(/\s*#.*$/, ''));
    expect(quick).toEqual(['npm install', 'npm run build', 'npm start', 'npm test']);
    expect(readme).toContain('public/privacy/index.html');
  });

  it.each(['build', 'serve', 'init', 'new', 'version'])('document every flag of vellum %s', async (command) => {
    const readme = await read('README.md');
    expect(readme).toContain(`### \`vellum ${command}`);
    const { stdout } = await exec(process.execPath, ['bin/vellum.js', command, '--help']);
    const flags = [...new Set(stdout.match(/(?<=\s)--?[a-zA-Z]+(?=[\s,])/g) ?? [])].filter((f) => f !== '-h' && f !== '--help');
    const section = readme.slice(readme.indexOf(`### \`vellum ${command}`)).split('\n### ')[0]!;
    for (const flag of flags) expect(section, `${command} ${flag}`).toContain(`${flag}`);
  });
});

describe('the GitHub Pages workflow', () => {
  interface Step { name?: string; uses?: string; id?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> }
  interface Workflow { on: unknown; permissions: Record<string, string>; jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }> }

  it('is valid YAML that builds with vellum and deploys public/ to Pages', async () => {
    const workflow = load(await read('.github/workflows/pages.yml')) as Workflow;
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const steps = workflow.jobs['build']!.steps;
    const uses = steps.map((s) => s.uses?.replace(/@.*$/, '')).filter(Boolean);
    expect(uses).toEqual(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact']);
    const configure = steps.find((s) => s.uses?.startsWith('actions/configure-pages'))!;
    const buildStep = steps.find((s) => s.run?.includes('vellum build'))!;
    // The sub-path of a project site comes from configure-pages, with the trailing slash baseURL needs.
    expect(buildStep.env?.['BASE_URL']).toBe(`\${{ steps.${configure.id}.outputs.base_url }}/`);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!.with).toEqual({ path: 'public' });
    const deploy = workflow.jobs['deploy']!;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.map((s) => s.uses?.replace(/@.*$/, ''))).toEqual(['actions/deploy-pages']);
  });

  it('runs the same build commands as the README says', async () => {
    const workflow = load(await read('.github/workflows/pages.yml')) as Workflow;
    const run = workflow.jobs['build']!.steps.find((s) => s.run?.includes('vellum build'))!.run!;
    const commands = run.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(commands).toEqual(shellBlockAfter(await read('README.md'), '### GitHub Pages'));
  });
});
