/**
 * The dev server's builder: the build pipeline rendering into memory, with
 * a rebuild plan per change kind. Inputs no change touched are reused, and
 * rendered page bodies are cached per content file, so an edit to one page
 * parses and renders one Markdown file; templates are cheap to re-run.
 *
 *   content change  → re-read that file, re-render pages (bodies cached)
 *   content add/rm  → re-walk content/
 *   layout          → re-read layouts/, drop cached bodies (shortcodes live there)
 *   static          → copy just that file
 *   data, config, … → everything again
 */

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSite, readInputs, renderInto, type BuildOptions, type ContentCache, type SiteInputs } from '../build.js';
import { parseContentFile } from '../content/index.js';
import { listTree, loadLayouts } from '../content/site-files.js';
import { decodeUTF8 } from '../content/index.js';
import { MemorySink } from '../output/index.js';
import { createOutputEntry } from './snapshot.js';
import type { BuilderFactory, OutputEntry, RebuildResult, ServeContext, SiteBuilder, SiteSnapshot, SourceChange } from './types.js';

export type SiteBuilderOptions = Pick<BuildOptions, 'source' | 'buildDrafts' | 'buildFuture' | 'buildExpired' | 'onWarning'> & {
  /** Overrides the served URL as the site's baseURL (`-b`). */
  baseURL?: string;
};

export function siteBuilderFactory(options: SiteBuilderOptions): BuilderFactory {
  return (context) => new MemorySiteBuilder(options, context);
}

const WATCHED = ['content', 'layouts', 'static', 'data', 'archetypes', 'assets', 'i18n'];
const CONFIG_FILES = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];

export class MemorySiteBuilder implements SiteBuilder {
  readonly siteDir: string;
  readonly watchPaths: string[];
  private inputs: SiteInputs | undefined;
  private cache: ContentCache = new WeakMap();
  private files = new Map<string, OutputEntry>();

  constructor(private readonly options: SiteBuilderOptions, private readonly context: ServeContext) {
    this.siteDir = path.resolve(options.source ?? '.');
    this.watchPaths = [...WATCHED, ...CONFIG_FILES].map((name) => path.join(this.siteDir, name));
  }

  private get loadOptions() {
    return { ...this.options, baseURL: this.options.baseURL ?? this.context.baseURL };
  }

  async build(): Promise<RebuildResult> {
    this.inputs = undefined;
    this.cache = new WeakMap();
    return this.render(undefined);
  }

  async rebuild(changes: SourceChange[]): Promise<RebuildResult> {
    const kinds = new Set(changes.map((c) => c.kind));
    const inputs = this.inputs;
    if (inputs === undefined || [...kinds].some((k) => k !== 'content' && k !== 'layout' && k !== 'static' && k !== 'archetype')) {
      return this.build();
    }
    if ([...kinds].every((k) => k === 'static' || k === 'archetype')) return this.copyStatic(changes, inputs);

    let { tree, layouts, statics } = inputs;
    const config = inputs.config;
    const content = changes.filter((c) => c.kind === 'content');
    if (content.some((c) => c.event !== 'change' || !tree.files.some((f) => f.absPath === c.path))) {
      const fresh = await readInputs(this.loadOptions);
      tree = fresh.tree;
    } else if (content.length > 0) {
      const byPath = new Map(content.map((c) => [c.path, c]));
      const files = await Promise.all(
        tree.files.map(async (file) => {
          if (!byPath.has(file.absPath)) return file;
          const shown = `${config.contentDir}/${file.path}`;
          const next = parseContentFile(file.path, decodeUTF8(await readFile(file.absPath), shown), config, file.absPath);
          next.resources = file.resources;
          return next;
        }),
      );
      tree = { ...tree, files };
    }
    if (kinds.has('layout')) {
      layouts = await loadLayouts(path.resolve(this.siteDir, config.layoutDir), config.layoutDir);
      this.cache = new WeakMap();
    }
    if (kinds.has('static')) statics = await listTree(path.resolve(this.siteDir, config.staticDir));
    const edited = content.find((c) => c.event === 'change');
    return this.render({ ...inputs, tree, layouts, statics }, edited?.path);
  }

  private async render(inputs: SiteInputs | undefined, editedPath?: string): Promise<RebuildResult> {
    const started = performance.now();
    const resolved = inputs ?? (await readInputs(this.loadOptions));
    const loaded = await loadSite(this.loadOptions, undefined, resolved, this.cache);
    const sink = new MemorySink((abs) => readFile(abs));
    const stats = await renderInto(loaded, sink);
    this.inputs = resolved;

    const next = new Map<string, OutputEntry>();
    const changed: string[] = [];
    const now = Date.now();
    for (const [file, body] of sink.files) {
      const key = `/${file}`;
      const old = this.files.get(key);
      const bytes = Buffer.from(body);
      if (old !== undefined && old.body.equals(bytes)) next.set(key, old);
      else {
        next.set(key, createOutputEntry(bytes, now));
        changed.push(key);
      }
    }
    for (const key of this.files.keys()) if (!next.has(key)) changed.push(key);
    this.files = next;

    const page = editedPath === undefined ? undefined : loaded.site.allPages.find((p) => p.file?.absPath === editedPath);
    return {
      snapshot: this.snapshot(),
      changed,
      pagesRendered: stats.pages,
      durationMs: performance.now() - started,
      changedPageURL: page?.RelPermalink,
    };
  }

  private async copyStatic(changes: SourceChange[], inputs: SiteInputs): Promise<RebuildResult> {
    const started = performance.now();
    const staticDir = path.resolve(this.siteDir, inputs.config.staticDir);
    const changed: string[] = [];
    for (const change of changes) {
      if (change.kind !== 'static') continue;
      const rel = path.relative(staticDir, change.path).split(path.sep).join('/');
      if (rel.startsWith('..')) continue;
      const key = `/${rel}`;
      if (change.event === 'unlink') this.files.delete(key);
      else {
        try {
          this.files.set(key, createOutputEntry(await readFile(change.path)));
        } catch {
          this.files.delete(key);
        }
      }
      changed.push(key);
    }
    return { snapshot: this.snapshot(), changed, pagesRendered: 0, durationMs: performance.now() - started };
  }

  private snapshot(): SiteSnapshot {
    return { files: new Map(this.files), baseURL: this.loadOptions.baseURL };
  }
}
