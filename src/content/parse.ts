/** One content file's text → ContentFile (pure: no disk). */

import { VellumError, positionAt } from '../errors/index.js';
import { loadLocation, type Location } from '../time/index.js';
import type { SiteConfig } from '../config/index.js';
import { splitFrontMatter, type FrontMatterFormat } from './split.js';
import { FrontMatterSyntaxError, parseFrontMatterText, toFrontMatter, type FrontMatter } from './frontmatter.js';

export interface ContentFile {
  /** Relative to the content folder, posix separators, e.g. "legal/terms.md". */
  path: string;
  absPath: string;
  format: 'markdown' | 'html';
  frontMatterFormat: FrontMatterFormat;
  frontMatter: FrontMatter;
  body: string;
  /** 1-based line where the body starts, for error positions. */
  bodyLine: number;
  /** The whole file's text (for code frames). */
  source: string;
  /** "leaf" for index.*, "branch" for _index.*. */
  bundle: 'leaf' | 'branch' | null;
  /**
   * Files that belong to this page's bundle, relative to the content folder:
   * for a leaf bundle every other file under its folder, for a branch bundle
   * the non-content files beside it. Hugo copies them beside the page.
   */
  resources: string[];
}

export type ParseConfig = Pick<SiteConfig, 'timeZone'> & Partial<Pick<SiteConfig, 'contentDir'>>;

const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdown'];
const HTML_EXTENSIONS = ['.html', '.htm'];

/** The content format a file name has, or null for a file that is not content (an image, say). */
export function contentFormatOf(name: string): 'markdown' | 'html' | null {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  const ext = name.slice(dot).toLowerCase();
  if (MARKDOWN_EXTENSIONS.includes(ext)) return 'markdown';
  if (HTML_EXTENSIONS.includes(ext)) return 'html';
  return null;
}

export function bundleKindOf(path: string): 'leaf' | 'branch' | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const stem = name.slice(0, name.lastIndexOf('.')).toLowerCase();
  if (stem === 'index') return 'leaf';
  if (stem === '_index') return 'branch';
  return null;
}

const zones = new Map<string, Location>();
function zoneFor(name: string): Location {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = loadLocation(name);
    zones.set(name, zone);
  }
  return zone;
}

/**
 * Splits and parses one content file. `path` is relative to the content
 * folder; messages name the file relative to the site root
 * ("content/privacy.md") with the line and column in the file.
 */
export function parseContentFile(path: string, source: string, config: ParseConfig, absPath = ''): ContentFile {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const file = `${config.contentDir ?? 'content'}/${path}`;
  const format = contentFormatOf(path) ?? 'markdown';
  const zone = zoneFor(config.timeZone);
  const split = splitFrontMatter(text);
  if (!split.ok) {
    const { line, column } = positionAt(text, split.offset);
    throw new VellumError({ code: 'front-matter', file, line, column, source: text, message: split.message });
  }

  let raw: Record<string, unknown> = {};
  if (split.format !== 'none') {
    const block = text.slice(split.start, split.end);
    try {
      raw = parseFrontMatterText(split.format, block, zone);
    } catch (error) {
      if (!(error instanceof FrontMatterSyntaxError)) throw error;
      const { message, line, column } = error.detail;
      // Block line 1 is the opening delimiter's line, which may be indented.
      const startColumn = positionAt(text, split.start).column;
      throw new VellumError({
        code: 'front-matter',
        file,
        line: split.line + line - 1,
        column: line === 1 ? column + startColumn - 1 : column,
        source: text,
        message: `invalid ${split.format.toUpperCase()} front matter: ${message}`,
        cause: error,
      });
    }
  }

  const frontMatter = toFrontMatter(raw, { file, source: text, line: Math.max(split.line, 1), zone });
  // Hugo 0.111 fills in draft and iscjklanguage only for a page that has front matter.
  if (split.format === 'none') frontMatter.params = {};
  return {
    path,
    absPath,
    format,
    frontMatterFormat: split.format,
    frontMatter,
    body: text.slice(split.bodyStart),
    bodyLine: split.bodyLine,
    source: text,
    bundle: bundleKindOf(path),
    resources: [],
  };
}
