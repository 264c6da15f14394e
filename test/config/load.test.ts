import { describe, it, expect, afterEach } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, CONFIG_FILE_NAMES } from '../../src/config/index.js';
import { isVellumError, type VellumError } from '../../src/errors/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/config/${name}`, import.meta.url));
const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

async function site(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'vellum-config-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, name), text);
  return root;
}

const titleFile = (name: string): string => {
  const title = `from ${name}`;
  if (name.endsWith('.toml')) return `title = "${title}"\n`;
  if (name.endsWith('.json')) return JSON.stringify({ title });
  return `title: ${title}\n`;
};

describe('loadConfig', () => {
  // Hugo 0.111.3 with all eight files present took hugo.toml; removing the
  // winner each time gave exactly this order.
  it('uses Hugo 0.111.3 precedence order: hugo.toml, hugo.yaml, hugo.yml, hugo.json, then config.*', () => {
    expect(CONFIG_FILE_NAMES).toEqual(['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json']);
  });

  it.each(CONFIG_FILE_NAMES.map((name, i) => [name, CONFIG_FILE_NAMES.slice(i)] as const))(
    'reads %s when it is the first present',
    async (winner, present) => {
      const root = await site(Object.fromEntries(present.map((name) => [name, titleFile(name)])));
      const config = await loadConfig(root);
      expect(config.title).toBe(`from ${winner}`);
      expect(config.configFile).toBe(winner);
      expect(config.sourceDir).toBe(root);
    },
  );

  it('builds with defaults when there is no config file (Hugo refuses; vellum allows it)', async () => {
    const root = await site({});
    const config = await loadConfig(root, { baseURL: 'https://example.org/' });
    expect(config.configFile).toBeNull();
    expect(config.baseURL).toBe('https://example.org/');
    expect(config.title).toBe('');
  });

  it('refuses a site folder that does not exist', async () => {
    const root = await site({});
    await expect(loadConfig(path.join(root, 'missing'))).rejects.toThrow(/the site folder .*missing does not exist; pass the site's root with -s, --source/);
  });

  it('ignores a byte order mark at the start of the file', async () => {
    const root = await site({ 'hugo.toml': '\uFEFFtitle = "BOM"\n' });
    expect((await loadConfig(root)).title).toBe('BOM');
  });

  it.each([
    ['bad-toml', 'hugo.toml', 4, 22, /^invalid TOML: Unterminated string$/],
    ['bad-yaml', 'config.yaml', 4, 1, /^invalid YAML: /],
    ['bad-json', 'hugo.json', 3, 29, /^invalid JSON: expected a double-quoted key, found character "}"$/],
  ])('reports a broken config (%s) with its file, line and column', async (dir, file, line, column, message) => {
    const error = await loadConfig(fixture(dir)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isVellumError(error)).toBe(true);
    const { code, file: errorFile, line: errorLine, column: errorColumn, reason, source } = error as VellumError;
    expect([code, errorFile, errorLine, errorColumn]).toEqual(['config', file, line, column]);
    expect(reason).toMatch(message);
    expect(source).toContain('Broken');
  });
});
