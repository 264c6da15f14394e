/**
 * Finds and reads the site's config file. This and content/ are the only
 * places that read the site from disk.
 */

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { VellumError } from '../errors/index.js';
import { parseData, type DataFormat } from './formats.js';
import { resolveConfig, type ConfigOverrides, type SiteConfig } from './resolve.js';
import { mergeThemeConfig } from './themes.js';

/**
 * Hugo 0.111.3 takes the first of these that exists (checked by building a
 * site holding all eight): hugo.* before config.*, and toml, yaml, yml, json.
 */
export const CONFIG_FILE_NAMES: readonly string[] = [
  'hugo.toml',
  'hugo.yaml',
  'hugo.yml',
  'hugo.json',
  'config.toml',
  'config.yaml',
  'config.yml',
  'config.json',
];

/**
 * Reads the site's config and resolves it. A site without a config file gets
 * the defaults (Hugo 0.111.3 refuses to build one: "Unable to locate config
 * file"; the CLI may warn).
 */
export async function loadConfig(sourceDir: string, overrides?: ConfigOverrides): Promise<SiteConfig> {
  const root = path.resolve(sourceDir);
  const info = await stat(root).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) {
    throw new VellumError({ code: 'config', message: `the site folder ${root} does not exist; pass the site's root with -s, --source` });
  }
  for (const name of CONFIG_FILE_NAMES) {
    let text: string;
    try {
      text = await readFile(path.join(root, name), 'utf8');
    } catch (error) {
      if (isMissing(error)) continue;
      throw new VellumError({ code: 'config', file: name, message: `cannot read the config file: ${String(error)}`, cause: error });
    }
    return withThemes(root, parseConfigText(name, text), name, overrides);
  }
  return resolveConfig({}, { sourceDir: root, configFile: null, overrides });
}

/**
 * Resolves the project's config with its themes' params and menus merged
 * under it, after checking each theme folder exists (Hugo 0.111.3 fails the
 * build too: "module "x" not found").
 */
async function withThemes(root: string, input: Record<string, unknown>, configFile: string, overrides: ConfigOverrides | undefined): Promise<SiteConfig> {
  const options = { sourceDir: root, configFile, overrides };
  const project = resolveConfig(input, options);
  if (project.themeDirs.length === 0) return project;
  let merged = input;
  for (const [i, dir] of project.themeDirs.entries()) {
    const info = await stat(path.resolve(root, dir)).catch(() => undefined);
    if (info === undefined || !info.isDirectory()) {
      throw new VellumError({
        code: 'config',
        file: configFile,
        message: `theme "${project.themes[i]}" not found: there is no folder ${dir}/ (${path.resolve(root, dir)}); add the theme there or change "theme" (and "themesDir")`,
      });
    }
    const themeConfig = await readThemeConfig(root, dir);
    if (themeConfig !== undefined) merged = mergeThemeConfig(merged, themeConfig);
  }
  return resolveConfig(merged, options);
}

/** A theme's own config file, if it has one (theme.toml is metadata, not config). */
async function readThemeConfig(root: string, dir: string): Promise<Record<string, unknown> | undefined> {
  for (const name of CONFIG_FILE_NAMES) {
    const shown = `${dir}/${name}`;
    let text: string;
    try {
      text = await readFile(path.resolve(root, shown), 'utf8');
    } catch (error) {
      if (isMissing(error)) continue;
      throw new VellumError({ code: 'config', file: shown, message: `cannot read the theme's config file: ${String(error)}`, cause: error });
    }
    return parseConfigText(shown, text);
  }
  return undefined;
}

/** Parses a config file's text by its extension; `name` is used in messages. */
export function parseConfigText(name: string, text: string): Record<string, unknown> {
  const format = formatOf(name);
  const result = parseData(format, text.replace(/^\uFEFF/, ''));
  if (result.ok) return result.value;
  const { message, line, column } = result.error;
  throw new VellumError({ code: 'config', file: name, line, column, message: `invalid ${format.toUpperCase()}: ${message}`, source: text });
}

function formatOf(name: string): DataFormat {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.toml') return 'toml';
  if (ext === '.json') return 'json';
  return 'yaml';
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
