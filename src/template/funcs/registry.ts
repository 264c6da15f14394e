import type { GoTime } from '../../time/index.js';

/** What the build supplies; functions that need site state call these. */
export interface FuncHooks {
  markdownify(text: string): string;
  relURL(path: string): string;
  absURL(path: string): string;
  relLangURL?(path: string): string;
  absLangURL?(path: string): string;
  partial(name: string, context: unknown): unknown;
  /** Defaults to a cache keyed by name and variants around `partial`. */
  partialCached?(name: string, context: unknown, ...variants: unknown[]): unknown;
  now(): GoTime;
  /** `warnf` output; defaults to console.warn. */
  warn?(message: string): void;
  /** `errorf` output: the build records it, keeps rendering and fails at the end (as Hugo). Without it, errorf throws. */
  error?(message: string): void;
  /** `readFile` / `os.ReadFile` relative to the project (Hugo restricts it to the working dir). */
  readFile?(path: string): string;
  fileExists?(path: string): boolean;
  /** `templates.Exists "partials/x.html"`: whether the layout set has that template. */
  templateExists?(name: string): boolean;
  /** `highlight CODE LANG OPTIONS`: Chroma-style highlighted HTML. */
  highlight?(code: string, lang: string, options: string): string;
  /** The site's titleCaseStyle for `title`: "ap" (default), "chicago" or "go". */
  titleCaseStyle?: string;
  /** The `site` function: the current Site. */
  site?(): unknown;
  /** The `hugo` object (Version, Environment, IsProduction, …). */
  hugo?(): unknown;
  /** `ref`/`relref` to a page: (page, ref) → URL. */
  ref?(page: unknown, ref: unknown): string;
  relref?(page: unknown, ref: unknown): string;
  /** `T` / `i18n`. */
  i18n?(id: string, context?: unknown): string;
  /** `getenv` reads the environment only through this (default: process.env). */
  getenv?(name: string): string | undefined;
}

// A template function: any arity; throws a plain Error with Hugo's wording on misuse.
export type TemplateFunc = (...args: any[]) => unknown;

/** A function with its documentation: aliases and [template, expected HTML output] examples. */
export interface FuncDef {
  name: string;
  aliases?: string[];
  fn: TemplateFunc;
  examples?: [string, string][];
}

/** A namespace file exports one of these; hooks are given when the map is made. */
export type Namespace = (hooks: FuncHooks, funcs: Record<string, TemplateFunc>) => FuncDef[];
