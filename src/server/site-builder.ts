/**
 * The dev server's builder: the build pipeline rendering into memory, with
 * a rebuild plan per change kind. Inputs no change touched are reused, and
 * rendered page bodies are cached per content file.
 *
 *   body edit (front matter unchanged) → re-render that page, its sections
 *                      and feeds, and every output that read its body
 *   other content change → re-read that file, re-render all pages (bodies cached)
 *   content add/rm  → re-walk content/
 *   layout          → re-read layouts/, drop the cached bodies that use shortcodes
 *                      (every body when a `_markup/` render hook changed)
 *   static          → copy just that file
 *   data, config, … → everything again
 *
 * While rendering, the builder records which pages' bodies each page's
 * outputs read (`Page.contentReads`), which is what makes the first plan exact.
 */

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSite, readInputs, renderInto, type BuildOptions, type ContentCache, type LoadedSite, type SiteInputs } from '../build.js';
import { parseContentFile, type ContentFile } from '../content/index.js';
import { Page } from '../site/index.js';
import { layersOf, listLayered, loadLayeredLayouts } from '../content/layers.js';
import { decodeUTF8 } from '../content/index.js';
import { MemorySink } from '../output/index.js';
import { hasShortcodes } from '../render/content.js';
import { classifyPath } from './classify.js';
import { createOutputEntry } from './snapshot.js';
import type { BuilderFactory, ChangeKind, OutputEntry, RebuildResult, ServeContext, SiteBuilder, SiteSnapshot, SourceChange } from './types.js';

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
  private inputs: SiteInputs | undefined;
  private loaded: LoadedSite | undefined;
  private cache: ContentCache = new WeakMap();
  private files = new Map<string, OutputEntry>();
  /** Page whose body was read → pages whose outputs read it. */
  private readers = new Map<Page, Set<Page>>();
  /** The same relation the other way round: page rendered → bodies its outputs read. */
  private reads = new Map<Page, Set<Page>>();

  constructor(private readonly options: SiteBuilderOptions, private readonly context: ServeContext) {
    this.siteDir = path.resolve(options.source ?? '.');
  }

  /**
   * The site's folders and config files, the default themes/ folder, and
   * each configured theme's folder (themesDir may point elsewhere). Read once
   * the first build has loaded the config; a theme added to the config later
   * is watched after a restart unless it lives under themes/.
   */
  get watchPaths(): string[] {
    const themes = ['themes', ...(this.inputs?.config.themeDirs ?? [])];
    return [...new Set([...WATCHED, ...CONFIG_FILES, ...themes].map((name) => path.resolve(this.siteDir, name)))];
  }

  /** A file in a configured theme is classified like one at the site root (a theme's hugo.toml is config). */
  classify(absPath: string): ChangeKind | null {
    for (const dir of this.inputs?.config.themeDirs ?? []) {
      const root = path.resolve(this.siteDir, dir);
      const rel = path.relative(root, absPath);
      if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) return classifyPath(root, absPath);
    }
    return classifyPath(this.siteDir, absPath);
  }

  private get loadOptions() {
    // As `hugo server`: links point at the server, and hugo.Environment is "development".
    return { ...this.options, baseURL: this.options.baseURL ?? this.context.baseURL, environment: 'development' };
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
    const fast = await this.bodyEdits(changes);
    if (fast !== undefined) return this.renderPages(fast);

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
      layouts = await loadLayeredLayouts(config);
      // Only bodies with shortcodes depend on layouts, unless a Markdown render hook changed:
      // every body may go through it.
      const hookChanged = changes.some((c) => c.kind === 'layout' && /[\\/]_markup[\\/]/.test(c.path));
      for (const file of tree.files) if (hookChanged || hasShortcodes(file.body)) this.cache.delete(file);
    }
    if (kinds.has('static')) statics = await listLayered(config, 'static');
    const edited = content.find((c) => c.event === 'change');
    return this.render({ ...inputs, tree, layouts, statics }, edited?.path);
  }

  /**
   * When every change is a body edit of an existing page with its front
   * matter text unchanged, swaps the new bodies in and returns the pages to
   * re-render; otherwise undefined (the caller takes the general path).
   */
  private async bodyEdits(changes: SourceChange[]): Promise<{ pages: Set<Page>; edited: Page } | undefined> {
    const loaded = this.loaded;
    const inputs = this.inputs;
    if (loaded === undefined || inputs === undefined) return undefined;
    if (changes.some((c) => c.kind !== 'content' || c.event !== 'change')) return undefined;
    const swaps: [Page, ContentFile][] = [];
    for (const change of changes) {
      const page = loaded.site.allPages.find((p) => p.file?.absPath === change.path);
      if (page === undefined || page.file === null) return undefined;
      const shown = `${inputs.config.contentDir}/${page.file.path}`;
      const next = parseContentFile(page.file.path, decodeUTF8(await readFile(change.path), shown), inputs.config, change.path);
      if (frontMatterText(next) !== frontMatterText(page.file)) return undefined;
      next.resources = page.file.resources;
      swaps.push([page, next]);
    }
    const replaced = new Map(swaps.map(([page, next]) => [page.file!, next]));
    this.inputs = { ...inputs, tree: { ...inputs.tree, files: inputs.tree.files.map((f) => replaced.get(f) ?? f) } };
    const pages = new Set<Page>();
    for (const [page, next] of swaps) {
      page.replaceBody(next);
      pages.add(page);
      for (const reader of this.readers.get(page) ?? []) pages.add(reader);
      // Feeds show summaries; a section's and the home's feed are rendered with the list page.
      for (let parent = page.Parent; parent !== null; parent = parent.Parent) pages.add(parent);
    }
    return { pages, edited: swaps[0]![0] };
  }

  private async renderPages({ pages, edited }: { pages: Set<Page>; edited: Page }): Promise<RebuildResult> {
    const started = performance.now();
    const loaded = this.loaded!;
    const sink = new MemorySink((abs) => readFile(abs));
    const stats = await this.tracked(() => renderInto(loaded, sink, { only: pages, beforePage: (page) => this.startOutput(page) }));
    const changed = this.merge(sink, false);
    return { snapshot: this.snapshot(), changed, pagesRendered: stats.pages, durationMs: performance.now() - started, changedPageURL: edited.RelPermalink };
  }

  private currentOutput: Page | undefined;

  private startOutput(page: Page): void {
    this.currentOutput = page;
    for (const read of this.reads.get(page) ?? []) this.readers.get(read)?.delete(page);
    this.reads.set(page, new Set());
  }

  /** Runs a render with body reads attributed to the page being rendered. */
  private async tracked<T>(run: () => Promise<T>): Promise<T> {
    Page.contentReads = (read) => {
      const output = this.currentOutput;
      if (output === undefined) return;
      let set = this.readers.get(read);
      if (set === undefined) this.readers.set(read, (set = new Set()));
      set.add(output);
      this.reads.get(output)?.add(read);
    };
    try {
      return await run();
    } finally {
      Page.contentReads = undefined;
      this.currentOutput = undefined;
    }
  }

  /** Folds freshly rendered files into the served set; with `complete`, files not rendered are gone. */
  private merge(sink: MemorySink, complete: boolean): string[] {
    const next = complete ? new Map<string, OutputEntry>() : new Map(this.files);
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
    if (complete) for (const key of this.files.keys()) if (!next.has(key)) changed.push(key);
    this.files = next;
    return changed;
  }

  private async render(inputs: SiteInputs | undefined, editedPath?: string): Promise<RebuildResult> {
    const started = performance.now();
    const resolved = inputs ?? (await readInputs(this.loadOptions));
    const loaded = await loadSite(this.loadOptions, undefined, resolved, this.cache);
    const sink = new MemorySink((abs) => readFile(abs));
    this.readers = new Map();
    this.reads = new Map();
    const stats = await this.tracked(() => renderInto(loaded, sink, { beforePage: (page) => this.startOutput(page) }));
    this.inputs = resolved;
    this.loaded = loaded;
    const changed = this.merge(sink, true);

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
    // static/ is laid over the themes' static/: a change serves whichever file now wins its path.
    const statics = await listLayered(inputs.config, 'static');
    const layers = layersOf(inputs.config, 'static');
    const changed: string[] = [];
    for (const change of changes) {
      if (change.kind !== 'static') continue;
      const layer = layers.find((l) => !path.relative(l.dir, change.path).startsWith('..'));
      if (layer === undefined) continue;
      const rel = path.relative(layer.dir, change.path).split(path.sep).join('/');
      const key = `/${rel}`;
      const from = statics.get(rel);
      if (from === undefined) this.files.delete(key);
      else {
        try {
          this.files.set(key, createOutputEntry(await readFile(from)));
        } catch {
          this.files.delete(key);
        }
      }
      changed.push(key);
    }
    this.inputs = { ...inputs, statics };
    return { snapshot: this.snapshot(), changed, pagesRendered: 0, durationMs: performance.now() - started };
  }

  private snapshot(): SiteSnapshot {
    return { files: new Map(this.files), baseURL: this.loadOptions.baseURL };
  }
}

/** The front matter block as written (everything before the body). */
function frontMatterText(file: ContentFile): string {
  return file.source.slice(0, file.source.length - file.body.length);
}
