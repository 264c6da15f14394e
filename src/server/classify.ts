/**
 * File path → change kind, a pure function of the site folder and the path.
 * The folder names are Hugo's defaults (contentDir, layoutDir, staticDir,
 * dataDir, archetypeDir, assetDir, i18nDir); a theme's folders count the same
 * as the site's, as Hugo merges them.
 */
import path from 'node:path';
import type { ChangeKind } from './types.js';

export type SourceFolders = Record<Exclude<ChangeKind, 'config'>, string>;

export const defaultFolders: SourceFolders = {
  content: 'content',
  layout: 'layouts',
  static: 'static',
  data: 'data',
  archetype: 'archetypes',
  asset: 'assets',
  i18n: 'i18n',
};

/** Config files Hugo 0.111 looks for at the site root (hugo.* is new in 0.110). */
const configFiles = new Set(
  ['hugo', 'config'].flatMap((name) => ['toml', 'yaml', 'yml', 'json'].map((ext) => `${name}.${ext}`)),
);

/** Files editors write beside the real one while saving; they never change the site. */
export function isEditorTempFile(fileName: string): boolean {
  return (
    fileName.endsWith('~') || // vim/emacs backup
    /^#.*#$/.test(fileName) || // emacs auto-save
    /^\.#/.test(fileName) || // emacs lock
    /\.(swp|swx|swo|tmp|bak)$/i.test(fileName) ||
    fileName === '4913' || // vim's probe file
    fileName === '.DS_Store' ||
    /\.___jb_(tmp|old)___$/.test(fileName) // JetBrains safe write
  );
}

export function classifyPath(siteDir: string, absPath: string, folders: SourceFolders = defaultFolders): ChangeKind | null {
  const rel = path.relative(siteDir, absPath);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  const fileName = parts[parts.length - 1] ?? '';
  if (isEditorTempFile(fileName)) return null;
  // themes/<name>/… is classified like the site root.
  if (parts[0] === 'themes' && parts.length > 2) {
    return classifyParts(parts.slice(2), folders, ['theme.toml']);
  }
  return classifyParts(parts, folders, []);
}

function classifyParts(parts: string[], folders: SourceFolders, extraConfig: string[]): ChangeKind | null {
  const [first] = parts;
  if (first === undefined) return null;
  if (parts.length === 1) return configFiles.has(first) || extraConfig.includes(first) ? 'config' : null;
  // config/_default/hugo.toml, config/production/params.toml, …
  if (first === 'config') return 'config';
  for (const [kind, folder] of Object.entries(folders) as [Exclude<ChangeKind, 'config'>, string][]) {
    const folderParts = folder.split(/[\\/]/).filter(Boolean);
    if (parts.length > folderParts.length && folderParts.every((p, i) => parts[i] === p)) return kind;
  }
  return null;
}
