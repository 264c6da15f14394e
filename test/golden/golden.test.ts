// Whole-site golden tests: every test/golden/sites/<behaviour>/site is built by vellum and
// compared with expected/, which real Hugo 0.111.3 wrote (see each NOTES and regenerate.sh).
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDirectories, describeDifferences } from './compare.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const SITES = join(HERE, 'sites');

interface BuildOptions { source: string; destination: string; quiet: boolean }
interface BuildResult { pages: number; files: number; durationMs: number; warnings: string[] }
type Build = (options: BuildOptions) => Promise<BuildResult>;

// The build API lands in src/index.ts separately; until it exports build, skip with a reason.
async function loadBuild(): Promise<{ build?: Build; reason: string }> {
  try {
    // A variable specifier keeps type-checking independent of whether src/index.ts exists yet.
    const entry = '../../src/index.js';
    const api = (await import(entry)) as Record<string, unknown>;
    if (typeof api['build'] === 'function') return { build: api['build'] as Build, reason: '' };
    return { reason: 'src/index.ts does not export build yet' };
  } catch (error) {
    return { reason: `src/index.ts cannot be loaded yet (${(error as Error).message.split('\n')[0]})` };
  }
}

const { build, reason } = await loadBuild();
const sites = (await readdir(SITES, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
if (!build) console.warn(`golden sites skipped: ${reason}`);

const scratch = await mkdtemp(join(tmpdir(), 'vellum-golden-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe.skipIf(!build)('golden sites built by vellum match what Hugo 0.111.3 wrote', () => {
  it.each(sites)('%s', async (name) => {
    // Build from a copy: a build may leave a cache beside the site, never in the fixtures.
    const source = join(scratch, name, 'site');
    const destination = join(scratch, name, 'public');
    await cp(join(SITES, name, 'site'), source, { recursive: true });
    await build!({ source, destination, quiet: true });
    const differences = await compareDirectories(join(SITES, name, 'expected'), destination);
    expect(differences, describeDifferences(differences)).toEqual([]);
  });
});

describe('golden fixtures', () => {
  it.each(sites)('%s has site/, expected/ and NOTES saying real Hugo 0.111.3 wrote expected/', async (name) => {
    const notes = await readFile(join(SITES, name, 'NOTES'), 'utf8');
    expect(notes).toMatch(/real Hugo 0\.111\.3/);
    expect((await readdir(join(SITES, name, 'site'))).length).toBeGreaterThan(0);
    expect((await readdir(join(SITES, name, 'expected'))).length).toBeGreaterThan(0);
  });

  // regenerate.sh copies the repository's own site into this fixture; if the theme changed
  // since, expected/ no longer says what Hugo makes of it.
  it.each(['hugo.toml', 'content/privacy.md', 'layouts', 'static'])(
    'privacy-default-theme holds the same %s as the repository (else run test/golden/regenerate.sh privacy-default-theme)',
    async (path) => {
      const differences = await compareTree(join(ROOT, path), join(SITES, 'privacy-default-theme', 'site', path));
      expect(differences).toEqual([]);
    },
  );
});

async function compareTree(a: string, b: string): Promise<string[]> {
  const list = async (p: string): Promise<Map<string, Buffer>> => {
    const files = new Map<string, Buffer>();
    const entries = await readdir(p, { recursive: true, withFileTypes: true }).catch(() => undefined);
    if (entries === undefined) {
      files.set('', await readFile(p));
      return files;
    }
    for (const e of entries) {
      if (e.isFile()) {
        const full = join(e.parentPath, e.name);
        files.set(full.slice(p.length), await readFile(full));
      }
    }
    return files;
  };
  const [left, right] = await Promise.all([list(a), list(b)]);
  const names = [...new Set([...left.keys(), ...right.keys()])].sort();
  return names.filter((n) => !(left.get(n)?.equals(right.get(n) ?? Buffer.alloc(0)) && right.has(n)));
}
