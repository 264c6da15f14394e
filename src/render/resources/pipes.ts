/**
 * Basic Hugo Pipes over `assets/`: Get, GetMatch, Match, Concat,
 * ExecuteAsTemplate, Minify, Fingerprint, FromString, with Hugo 0.111.3's
 * naming (`css/a.min.css`, `css/a.<sha256 hex>.css`) and SRI `.Data.Integrity`.
 * Template functions are synchronous, so asset files are read on first use
 * (and once), confined to the assets folder.
 */

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globToRegExp, ResourceList } from '../../site/resources.js';
import { Asset, type AssetPublisher } from './asset.js';
import { minifyText } from './minify.js';

export interface PipesOptions {
  /** Absolute path of the site's assets folder (it may not exist). */
  assetsDir: string;
  /** Themes' assets folders, searched after `assetsDir` in order (a name found earlier wins). */
  themeAssetsDirs?: readonly string[];
  publisher: AssetPublisher;
  /** Runs `text` as a template named `name` with `data` as dot (resources.ExecuteAsTemplate). */
  executeTemplate(name: string, text: string, data: unknown): string;
}

export interface Pipes {
  get(name: string): Asset | null;
  getMatch(pattern: string): Asset | null;
  match(pattern: string): ResourceList<Asset>;
  concat(target: string, resources: unknown): Asset;
  executeAsTemplate(target: string, data: unknown, resource: unknown): Asset;
  minify(resource: unknown): Asset;
  fingerprint(algorithm: string, resource: unknown): Asset;
  fromString(target: string, content: string): Asset;
}

const DIGESTS: Record<string, string> = { sha256: 'sha256', sha384: 'sha384', sha512: 'sha512', md5: 'md5' };

export function createPipes(options: PipesOptions): Pipes {
  const cache = new Map<string, Asset | null>();
  // Name → the folder holding it: the project's assets over its themes', as Hugo's union file system.
  let names: Map<string, string> | undefined;
  const listing = (): Map<string, string> => {
    if (names === undefined) {
      names = new Map();
      for (const dir of [options.assetsDir, ...(options.themeAssetsDirs ?? [])]) {
        for (const name of listFiles(dir)) if (!names.has(name)) names.set(name, dir);
      }
      names = new Map([...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return names;
  };
  const listNames = (): string[] => [...listing().keys()];
  const load = (name: string): Asset | null => {
    const clean = path.posix.normalize(name.replace(/^\/+/, ''));
    if (clean.startsWith('..')) return null;
    if (!cache.has(clean)) {
      let asset: Asset | null = null;
      const dir = listing().get(clean);
      if (dir !== undefined) asset = new Asset(clean, clean, readFileSync(path.join(dir, clean)), options.publisher);
      cache.set(clean, asset);
    }
    return cache.get(clean)!;
  };
  const asAsset = (value: unknown, fn: string): Asset => {
    if (value instanceof Asset) return value;
    throw new Error(`${fn}: expected a resource, got ${value === null || value === undefined ? 'nil (resources.Get found no such file under assets/?)' : typeof value}`);
  };

  return {
    get: (name) => load(name),
    getMatch: (pattern) => {
      const re = globToRegExp(pattern);
      const hit = listNames().find((n) => re.test(n));
      return hit === undefined ? null : load(hit);
    },
    match: (pattern) => {
      const re = globToRegExp(pattern);
      return ResourceList.create(listNames().filter((n) => re.test(n)).map((n) => load(n)!));
    },
    concat: (target, resources) => {
      if (!Array.isArray(resources) || resources.length === 0) throw new Error('resources.Concat: needs a slice of at least one resource');
      const parts = resources.map((r) => asAsset(r, 'resources.Concat').Content);
      const first = asAsset(resources[0], 'resources.Concat');
      // Hugo 0.111.3 joins the parts as they are, but puts "\n;\n" between JavaScript files.
      const text = parts.join(first.MediaType.SubType === 'javascript' ? '\n;\n' : '');
      return new Asset(target.replace(/^\/+/, ''), target.replace(/^\/+/, ''), text, options.publisher, first.Data);
    },
    executeAsTemplate: (target, data, resource) => {
      const source = asAsset(resource, 'resources.ExecuteAsTemplate');
      const text = options.executeTemplate(source.Name, source.Content, data);
      return new Asset(target.replace(/^\/+/, ''), target.replace(/^\/+/, ''), text, options.publisher);
    },
    minify: (resource) => {
      const source = asAsset(resource, 'resources.Minify');
      const target = source.target.replace(/(\.[^./]+)?$/, (ext) => `.min${ext}`);
      return source.derive(target, minifyText(source.MediaType.SubType, source.Content));
    },
    fingerprint: (algorithm, resource) => {
      const source = asAsset(resource, 'resources.Fingerprint');
      const digest = DIGESTS[algorithm];
      if (digest === undefined) throw new Error(`resources.Fingerprint: unsupported crypto algo "${algorithm}", use either md5, sha256, sha384 or sha512`);
      const bytes = typeof source.bytes === 'string' ? Buffer.from(source.bytes) : source.bytes;
      const hex = createHash(digest).update(bytes).digest('hex');
      const integrity = `${algorithm}-${createHash(digest).update(bytes).digest('base64')}`;
      const target = source.target.replace(/(\.[^./]+)?$/, (ext) => `.${hex}${ext}`);
      return source.derive(target, source.bytes, { ...source.Data, Integrity: integrity });
    },
    fromString: (target, content) => new Asset(target.replace(/^\/+/, ''), target.replace(/^\/+/, ''), content, options.publisher),
  };
}

/** Files under `dir` (dot-named parts skipped), relative with posix separators; [] when it is missing. */
function listFiles(dir: string): string[] {
  try {
    return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .filter((n) => !n.split('/').some((part) => part.startsWith('.')));
  } catch {
    return [];
  }
}
