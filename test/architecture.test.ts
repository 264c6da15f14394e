import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folder layout is the architecture: data flows
 * config → content → markdown → site → template → output → render → pipeline → server → cli,
 * with src/index.ts, the public API, on top
 * and a folder imports only from folders before it. `errors/` and `time/` are
 * foundations every stage may use; the template engine uses nothing but errors.
 */
const ORDER = [
  'errors',
  'time',
  'config',
  'content',
  'markdown',
  'site',
  'template/engine',
  'template/lookup',
  'template/embedded',
  'template/shortcodes',
  'template/funcs',
  'output',
  'render',
  '.', // the pipeline: build.ts, version.ts
  'server',
  'scaffold',
  'api',
  'cli',
  'index.ts', // the public API re-exports from anywhere
] as const;

const src = path.resolve('src');

function folderOf(file: string): string {
  const rel = path.relative(src, file).split(path.sep).join('/');
  if (rel === 'index.ts') return 'index.ts';
  const match = ORDER.filter((f) => f !== '.' && f !== 'index.ts' && (rel.startsWith(`${f}/`) || rel === f)).sort((a, b) => b.length - a.length)[0];
  return match ?? '.';
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const edges = sources(src).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)[^;]*?from '(\.[^']+)'/gm)].map((m) => ({
    file: path.relative(src, file),
    from: folderOf(file),
    to: folderOf(path.resolve(path.dirname(file), m[1]!)),
    target: m[1]!,
  }));
});

describe('the folder layout', () => {
  it('finds the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(200);
  });

  it('has every import point to its own folder or an earlier one', () => {
    const rank = (f: string) => ORDER.indexOf(f as (typeof ORDER)[number]);
    const backwards = edges
      .filter((e) => e.from !== e.to && rank(e.to) > rank(e.from))
      .map((e) => `${e.file} (${e.from}) imports ${e.target} (${e.to})`);
    expect(backwards).toEqual([]);
  });

  it('keeps the template engine free of everything but errors', () => {
    const outside = edges.filter((e) => e.from === 'template/engine' && e.to !== 'template/engine' && e.to !== 'errors');
    expect(outside.map((e) => `${e.file} imports ${e.target}`)).toEqual([]);
  });
});
