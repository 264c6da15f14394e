/**
 * Hugo's URL rules, as pure functions: where a page is written and the link
 * that points at it. Every rule here was checked against Hugo 0.111.3.
 */

import type { GoTime } from '../time/index.js';

/**
 * Hugo's path sanitiser (`MakePath`): letters, digits and marks of any script
 * are kept, as are `. / \ _ - # + ~ @` and `%XX` escapes; a run of spaces
 * becomes one hyphen (but never a leading one); anything else is dropped.
 * "My File (1)!" → "My-File-1".
 */
export function sanitizePath(text: string): string {
  let out = '';
  let pendingHyphen = false;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (isPathChar(ch) || (ch === '%' && isHex(chars[i + 1]) && isHex(chars[i + 2]))) {
      if (pendingHyphen) out += '-';
      pendingHyphen = false;
      out += ch;
    } else if (out.length > 0 && /\s/u.test(ch)) {
      pendingHyphen = true;
    }
  }
  return out;
}

const ALLOWED = new Set(['.', '/', '\\', '_', '-', '#', '+', '~', '@']);
const LETTER_DIGIT_MARK = /^[\p{L}\p{Nd}\p{M}]$/u;

function isPathChar(ch: string): boolean {
  return ALLOWED.has(ch) || LETTER_DIGIT_MARK.test(ch);
}

function isHex(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9a-fA-F]$/.test(ch);
}

/** A path segment as Hugo writes it: sanitised, then lower-cased unless `disablePathToLower`. */
export function urlizePath(text: string, keepCase: boolean): string {
  const clean = sanitizePath(text);
  return keepCase ? clean : clean.toLowerCase();
}

export interface UrlOptions {
  uglyURLs: boolean;
  disablePathToLower: boolean;
}

/** Where a page lands: the URL path (no base path) and the file written for it. */
export interface PageTarget {
  /** e.g. "/privacy/", "/posts.html", "/" — always starts with "/". */
  path: string;
  /** e.g. "privacy/index.html" — relative, posix. */
  file: string;
}

/** Turns a URL path into the output file it is served from. */
export function targetFromPath(path: string): PageTarget {
  const clean = path.startsWith('/') ? path : `/${path}`;
  if (clean.endsWith('/')) return { path: clean, file: `${clean.slice(1)}index.html` };
  if (/\.[A-Za-z0-9]+$/.test(clean.slice(clean.lastIndexOf('/') + 1))) return { path: clean, file: clean.slice(1) };
  return { path: `${clean}/`, file: `${clean.slice(1)}/index.html` };
}

/**
 * A front matter `url`: taken as written (not lower-cased, not made ugly);
 * a missing leading slash is added; no trailing slash and no extension means
 * a folder (`/privacy` → `/privacy/index.html`), an extension means a file.
 */
export function targetFromUrl(url: string): PageTarget {
  return targetFromPath(url);
}

/** Pretty `/dir/name/` or ugly `/dir/name.html`, from path segments. */
export function targetFromSegments(segments: string[], options: UrlOptions): PageTarget {
  const parts = segments.filter((s) => s !== '');
  if (parts.length === 0) return { path: '/', file: 'index.html' };
  const joined = parts.join('/');
  if (options.uglyURLs) return { path: `/${joined}.html`, file: `${joined}.html` };
  return { path: `/${joined}/`, file: `${joined}/index.html` };
}

export interface PermalinkFacts {
  date: GoTime;
  title: string;
  slug: string | undefined;
  /** The content file's name without extension (the bundle folder's name for index.md). */
  filename: string;
  section: string;
}

/**
 * Expands a `[permalinks]` pattern such as `/:year/:month/:slug/`. Tokens
 * follow Hugo: `:slug` falls back to the title, `:title` is the urlised title.
 */
export function expandPermalink(pattern: string, facts: PermalinkFacts, options: UrlOptions): PageTarget {
  const urlize = (s: string) => urlizePath(s, options.disablePathToLower);
  const expanded = pattern.replace(/:(year|monthname|month|day|weekdayname|weekday|yearday|section|sections|title|slug|filename|contentbasename)/g, (_m, token: string) => {
    switch (token) {
      case 'year':
        return String(facts.date.Year()); // Hugo prints the zero year as "1"
      case 'month':
        return facts.date.Format('01');
      case 'monthname':
        return facts.date.Format('January').toLowerCase();
      case 'day':
        return facts.date.Format('02');
      case 'weekday':
        return String(Number(facts.date.Weekday()));
      case 'weekdayname':
        return facts.date.Format('Monday').toLowerCase();
      case 'yearday':
        return String(facts.date.YearDay());
      case 'section':
      case 'sections':
        return urlize(facts.section);
      case 'title':
        return urlize(facts.title);
      case 'slug':
        return urlize(facts.slug ?? facts.title);
      default:
        return urlize(facts.filename);
    }
  });
  const path = expanded.startsWith('/') ? expanded : `/${expanded}`;
  if (path.endsWith('/')) {
    const inner = path.slice(1, -1);
    return targetFromSegments(inner.split('/'), options);
  }
  return targetFromPath(path);
}

/** The base URL's path part, always with leading and trailing slash: "https://x.org/docs" → "/docs/". */
export function basePath(baseURL: string): string {
  let path = '/';
  try {
    path = new URL(baseURL).pathname;
  } catch {
    path = baseURL.startsWith('/') ? baseURL : '/';
  }
  return path.endsWith('/') ? path : `${path}/`;
}

/** The base URL with a trailing slash, and the origin kept ("" for a relative base). */
export function normalizeBaseURL(baseURL: string): string {
  if (baseURL === '') return '/';
  return baseURL.endsWith('/') ? baseURL : `${baseURL}/`;
}

/** `/docs/` + `/privacy/` → `/docs/privacy/`. */
export function joinBase(base: string, path: string): string {
  return base.replace(/\/$/, '') + (path.startsWith('/') ? path : `/${path}`);
}

/**
 * Refuses a URL path whose output file would escape the destination:
 * `..` segments, NUL bytes, backslashes or drive letters.
 */
export function unsafeOutputReason(file: string): string | undefined {
  if (file.includes('\0')) return 'contains a NUL byte';
  if (file.includes('\\')) return 'contains a backslash';
  if (/^[A-Za-z]:/.test(file)) return 'is an absolute path';
  if (file.split('/').some((s) => s === '..')) return 'would be written outside the destination';
  return undefined;
}
