/**
 * Front matter text → FrontMatter, as Hugo 0.111 reads it: keys are
 * case-insensitive, dates fall back to one another, and every key (the
 * standard ones too) is also in `.Params`, lower-cased at every map level.
 */

import matter from 'gray-matter';
import { VellumError } from '../errors/index.js';
import { parseData, lowerCaseKeys, type DataFormat, type DataSyntaxError } from '../config/index.js';
import { GoTime, type Location } from '../time/index.js';

export interface FrontMatter {
  title?: string;
  date?: GoTime;
  lastmod?: GoTime;
  publishDate?: GoTime;
  expiryDate?: GoTime;
  draft: boolean;
  url?: string;
  slug?: string;
  aliases: string[];
  layout?: string;
  type?: string;
  weight: number;
  description?: string;
  summary?: string;
  keywords: string[];
  linkTitle?: string;
  headless?: boolean;
  /** Output format names, lower-cased ("html", "rss"). */
  outputs?: string[];
  /**
   * `.Params`: every key lower-cased (maps inside lists keep theirs), with the
   * resolved dates (`date`, `lastmod`, `publishdate`, `expirydate` when set),
   * `draft` and `iscjklanguage` filled in, as Hugo 0.111 shows them.
   */
  params: Record<string, unknown>;
  /** The parsed front matter, keys as written. */
  raw: Record<string, unknown>;
}

/** Where a syntax error was found, relative to the text handed to the parser. */
export class FrontMatterSyntaxError extends Error {
  constructor(readonly detail: DataSyntaxError) {
    super(detail.message);
  }
}

/**
 * Parses the front matter block `text` (TOML/YAML: the delimited block
 * including both delimiters; JSON: the object). Syntax errors are thrown as
 * FrontMatterSyntaxError with positions relative to `text`'s first line.
 */
export function parseFrontMatterText(format: DataFormat, text: string, zone: Location): Record<string, unknown> {
  const engine = (block: string): Record<string, unknown> => {
    const result = parseData(format, block, zone);
    if (!result.ok) throw new FrontMatterSyntaxError(result.error);
    return result.value;
  };
  if (format === 'json') {
    // gray-matter finds a block's end by a closing delimiter line; JSON front
    // matter ends at its balancing brace (see split.ts), so it is parsed whole.
    return engine(text);
  }
  // A fresh options object on every call: gray-matter caches its result by
  // input text only when called without options, and a cached result would
  // hand two pages with the same text the same data object.
  const refuse = (): never => {
    throw new FrontMatterSyntaxError({ message: 'only TOML, YAML and JSON front matter are read', line: 1, column: 4 });
  };
  const file = matter(text, {
    language: format,
    delimiters: format === 'toml' ? '+++' : '---',
    engines: { [format]: engine, javascript: refuse, coffee: refuse },
  });
  // gray-matter hands the engine the text after the opening delimiter, which
  // starts with that line's line break: engine line N is block line N.
  return file.data as Record<string, unknown>;
}

// Hugo 0.111's default [frontmatter] config: where each date comes from, in order.
const DATE_SOURCES = {
  date: ['date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified'],
  lastmod: ['lastmod', 'modified', 'date', 'publishdate', 'pubdate', 'published'],
  publishDate: ['publishdate', 'pubdate', 'published', 'date'],
  expiryDate: ['expirydate', 'unpublishdate'],
} as const;
const DATE_KEYS = new Set<string>(Object.values(DATE_SOURCES).flat());

export interface FieldContext {
  /** For messages: the file, relative to the site root. */
  file: string;
  source: string;
  /** 1-based line of the front matter's first line in the file. */
  line: number;
  zone: Location;
}

/** Parsed front matter (keys as written) → FrontMatter. */
export function toFrontMatter(raw: Record<string, unknown>, context: FieldContext): FrontMatter {
  const lower = lowerCaseKeys(raw);
  const field = new Fields(lower, context);
  const params: Record<string, unknown> = { ...lower };

  const parsedDates = new Map<string, GoTime>();
  for (const key of DATE_KEYS) {
    const value = field.date(key);
    if (value !== undefined) {
      parsedDates.set(key, value);
      params[key] = value;
    }
  }
  const pick = (sources: readonly string[]): GoTime | undefined => {
    for (const key of sources) {
      const value = parsedDates.get(key);
      if (value !== undefined && !value.IsZero()) return value;
    }
    return undefined;
  };
  const date = pick(DATE_SOURCES.date);
  const lastmod = pick(DATE_SOURCES.lastmod);
  const publishDate = pick(DATE_SOURCES.publishDate);
  const expiryDate = pick(DATE_SOURCES.expiryDate);
  if (date !== undefined) params['date'] = date;
  if (lastmod !== undefined) params['lastmod'] = lastmod;
  if (publishDate !== undefined) params['publishdate'] = publishDate;
  if (expiryDate !== undefined) params['expirydate'] = expiryDate;

  const draft = field.bool('draft') ?? false;
  params['draft'] = draft;
  params['iscjklanguage'] = field.bool('isCJKLanguage') ?? false;
  const outputs = field.strings('outputs');

  return {
    title: field.string('title'),
    date,
    lastmod,
    publishDate,
    expiryDate,
    draft,
    url: field.string('url'),
    slug: field.string('slug'),
    aliases: field.strings('aliases') ?? [],
    layout: field.string('layout'),
    type: field.string('type'),
    weight: field.int('weight') ?? 0,
    description: field.string('description'),
    summary: field.string('summary'),
    keywords: field.strings('keywords') ?? [],
    linkTitle: field.string('linkTitle'),
    headless: field.bool('headless'),
    outputs: outputs?.map((f) => f.toLowerCase()),
    params,
    raw,
  };
}

/** Typed reads of standard fields, converting as Go's cast package does and naming the key when it cannot. */
class Fields {
  constructor(
    private readonly map: Record<string, unknown>,
    private readonly context: FieldContext,
  ) {}

  private get(key: string): unknown {
    return this.map[key.toLowerCase()];
  }

  private fail(key: string, expected: string, value: unknown): never {
    const { line, column } = keyPosition(this.context, key);
    const shown = typeof value === 'string' ? JSON.stringify(value) : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a table' : String(value);
    throw new VellumError({
      code: 'front-matter',
      file: this.context.file,
      line,
      column,
      source: this.context.source,
      message: `${key}: expected ${expected}, found ${shown}`,
    });
  }

  string(key: string): string | undefined {
    const value = this.get(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return this.fail(key, 'a string', value);
  }

  bool(key: string): boolean | undefined {
    const value = this.get(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    // cast.ToBool accepts strconv.ParseBool's spellings.
    if (typeof value === 'string' && /^(1|t|true)$/i.test(value)) return true;
    if (typeof value === 'string' && /^(0|f|false)$/i.test(value)) return false;
    if (typeof value === 'number') return value !== 0;
    return this.fail(key, 'true or false', value);
  }

  int(key: string): number | undefined {
    const value = this.get(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number') return Math.trunc(value);
    if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
    return this.fail(key, 'a whole number', value);
  }

  strings(key: string): string[] | undefined {
    const value = this.get(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : String(v)));
    return this.fail(key, 'a list of strings', value);
  }

  date(key: string): GoTime | undefined {
    const value = this.get(key);
    if (value === undefined || value === null || value === '') return undefined;
    if (value instanceof GoTime) return value;
    if (typeof value === 'string') {
      try {
        return GoTime.parse(value.trim(), this.context.zone);
      } catch {
        return this.fail(key, 'a date such as "2006-01-02" or "2006-01-02T15:04:05-07:00"', value);
      }
    }
    return this.fail(key, 'a date', value);
  }
}

/** The line and column of `key` in the front matter, for messages about its value (0 when not found). */
function keyPosition(context: FieldContext, key: string): { line: number; column: number } {
  const lines = context.source.split('\n');
  const pattern = new RegExp(`^(\\s*)["']?${key}["']?\\s*[:=]`, 'i');
  for (let n = context.line - 1; n < lines.length; n++) {
    const match = pattern.exec(lines[n] ?? '');
    if (match) return { line: n + 1, column: (match[1] ?? '').length + 1 };
  }
  return { line: context.line, column: 0 };
}
