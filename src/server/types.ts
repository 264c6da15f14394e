/**
 * The contract between the dev server and the build pipeline. The server
 * knows nothing of how a site is built: it watches `watchPaths`, turns file
 * events into typed changes, asks for a rebuild and serves the snapshot it
 * gets back. `src/build.ts` implements `SiteBuilder`.
 */

/** What a changed source file is; the builder plans its rebuild per kind. */
export type ChangeKind = 'content' | 'layout' | 'static' | 'data' | 'config' | 'archetype' | 'asset' | 'i18n';

export interface SourceChange {
  kind: ChangeKind;
  /** Absolute path of the source file. */
  path: string;
  event: 'add' | 'change' | 'unlink';
}

/** One rendered file, held in memory. */
export interface OutputEntry {
  body: Buffer;
  mtimeMs: number;
  /** A strong entity tag, quoted as sent on the wire: `"5d41402abc"`. See `createOutputEntry`. */
  etag: string;
}

export interface SiteSnapshot {
  /** Key: URL path of a file, decoded, e.g. '/privacy/index.html', '/css/vellum.css'. */
  files: ReadonlyMap<string, OutputEntry>;
  /**
   * The absolute base URL the pages were rendered with, e.g. 'http://localhost:1313/'.
   * The server rewrites its origin to the request's Host in served HTML when they differ.
   * When absent the server assumes the base URL it handed to the builder factory.
   */
  baseURL?: string;
}

export interface RebuildResult {
  snapshot: SiteSnapshot;
  /** Output keys whose bytes changed, were added or were removed. */
  changed: string[];
  pagesRendered: number;
  durationMs: number;
  /** Page URL (e.g. '/privacy/') of the content file edited, for --navigateToChanged. */
  changedPageURL?: string;
}

export interface SiteBuilder {
  /** The site's root folder; paths are classified and logged relative to it. */
  readonly siteDir: string;
  /** Full build into memory; throws VellumError (src/errors) on bad input. */
  build(): Promise<RebuildResult>;
  /** Incremental build; throws VellumError; on error the previous snapshot stays valid. */
  rebuild(changes: SourceChange[]): Promise<RebuildResult>;
  /** Absolute folders/files to watch (content/, layouts/, static/, data/, archetypes/, assets/, i18n/, config file). */
  readonly watchPaths: string[];
  /**
   * Which kind a path is. Optional: without it the server uses
   * `classifyPath(siteDir, path)` from ./classify.js (Hugo's default folder names).
   */
  classify?(absPath: string): ChangeKind | null;
}

/** What the server knows when it asks for a builder: the port is only known once it is bound. */
export interface ServeContext {
  /** Where the site is served, e.g. 'http://localhost:1313/'; build links against it. */
  baseURL: string;
  port: number;
  bind: string;
}

export type BuilderFactory = (context: ServeContext) => SiteBuilder | Promise<SiteBuilder>;
