/**
 * The template-function hooks that need the site on disk or the build's
 * state, beyond the basics build.ts wires itself: Hugo Pipes over assets/,
 * i18n, the `hugo` object, and `readFile`/`fileExists` confined to the site.
 */

import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TranslationTables } from '../content/i18n.js';
import type { Site } from '../site/index.js';
import { TemplateSet, SafeHTML, type FuncMap } from '../template/engine/index.js';
import type { FuncHooks } from '../template/funcs/index.js';
import type { ResourceHooks } from '../template/funcs/resources.js';
import { createTranslator } from './i18n.js';
import { createPipes } from './resources/pipes.js';

export interface SiteHookOptions {
  /** Absolute site root. */
  source: string;
  site: Site;
  translations: TranslationTables;
  /** "production" for `vellum build`, "development" for `vellum serve` (Hugo's defaults). */
  environment: string;
  generator: string;
  warn(message: string): void;
  /** The finished function map (for templates run by i18n and resources.ExecuteAsTemplate). */
  funcs(): FuncMap;
  /** The site's Markdown renderer (for `highlight`, which renders a fenced block). */
  markdownify(text: string): string;
}

export interface SiteHooks {
  hooks: Partial<FuncHooks> & ResourceHooks;
  /** Resources whose permalink a template read: output path → contents, written after rendering. */
  published: Map<string, string | Uint8Array>;
}

/** Hugo 0.111.3 is the version vellum follows; themes compare against it. */
const HUGO_VERSION = '0.111.3';

export function createSiteHooks(options: SiteHookOptions): SiteHooks {
  const { site, source } = options;
  const raw = site.config.raw;
  const published = new Map<string, string | Uint8Array>();
  // Translations and ExecuteAsTemplate run as text/template: their output is escaped where it is used.
  const runText = (name: string, text: string, data: unknown) =>
    new TemplateSet({ funcs: options.funcs(), escape: false }).add(name, text, name).execute(name, data);

  const lowered = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), v]));
  const translate = createTranslator({
    tables: options.translations,
    lang: site.Language.Lang,
    fallbackLang: 'en',
    placeholders: lowered['enablemissingtranslationplaceholders'] === true,
    execute: runText,
    warn: options.warn,
  });

  const resources = createPipes({
    assetsDir: path.resolve(source, site.config.assetDir),
    themeAssetsDirs: site.config.themeDirs.map((theme) => path.resolve(source, theme, 'assets')),
    publisher: {
      publish: (target, content) => { if (!published.has(target)) published.set(target, content); },
      relPermalinkOf: (p) => site.relPermalinkOf(p),
      permalinkOf: (p) => site.permalinkOf(p),
    },
    executeTemplate: runText,
  });

  const hugo = {
    Version: HUGO_VERSION,
    Generator: new SafeHTML(`<meta name="generator" content="${options.generator}">`),
    Environment: options.environment,
    IsProduction: options.environment === 'production',
    IsExtended: false,
  };

  return {
    published,
    hooks: {
      i18n: translate,
      highlight: (code, lang) => highlightCode(options.markdownify, code, lang),
      hugo: () => hugo,
      resources,
      readFile: (file) => readFileSync(insideSite(source, file), 'utf8'),
      fileExists: (file) => existsSync(insideSite(source, file)),
    },
  };
}

/**
 * `highlight CODE LANG`: the markup of a fenced block in that language
 * (Chroma's wrapper and line spans), without the fence's final newline,
 * which Hugo's highlight does not add. Line-number options are not applied.
 */
export function highlightCode(markdownify: (text: string) => string, code: string, lang: string): string {
  const fence = '`'.repeat(Math.max(3, ...[...code.matchAll(/`{3,}/g)].map((m) => m[0].length + 1)));
  const html = markdownify(`${fence}${lang}\n${code}\n${fence}`);
  return html.replace(/\n(<\/span><\/span>)?<\/code><\/pre>/, (_m, spans: string | undefined) => `${spans ?? ''}</code></pre>`);
}

/**
 * `readFile` paths are relative to the site root (a leading "/" too, as Hugo
 * reads through a filesystem rooted there); a path that leaves the site,
 * also through a symlink, is refused.
 */
export function insideSite(source: string, file: string): string {
  const root = path.resolve(source);
  const target = path.resolve(root, `.${path.posix.sep}${file.replace(/^\/+/, '')}`);
  const escapes = (p: string, base: string) => { const rel = path.relative(base, p); return rel.startsWith('..') || path.isAbsolute(rel); };
  if (escapes(target, root)) throw new Error(`readFile: "${file}" is outside the site folder; only files inside it can be read`);
  if (existsSync(target)) {
    const real = realpathSync(target);
    if (escapes(real, realpathSync(root))) throw new Error(`readFile: "${file}" leads outside the site folder (through a symlink); only files inside it can be read`);
    if (statSync(real).isDirectory()) throw new Error(`readFile: "${file}" is a folder`);
  }
  return target;
}
