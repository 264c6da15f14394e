/**
 * The three data languages Hugo reads (TOML, YAML, JSON), parsed into plain
 * values with errors that carry a 1-based line and column. Config files,
 * front matter and data/ files all come through here.
 *
 * TOML dates become GoTimes that keep their written offset (src/time reads
 * them from @iarna/toml's parser before the offset is lost); YAML and JSON
 * dates stay strings, as Hugo's YAML decoding into maps leaves them.
 */

import { load as loadYAML, CORE_SCHEMA, YAMLException } from 'js-yaml';
import { positionAt } from '../errors/index.js';
import { parseTomlWithTimes, UTC, type Location } from '../time/index.js';
import { parseJSON, JSONSyntaxError } from './json.js';

export type DataFormat = 'toml' | 'yaml' | 'json';

/** Why and where a document failed to parse; positions are 1-based, relative to the parsed text. */
export interface DataSyntaxError {
  message: string;
  line: number;
  column: number;
}

export type ParseResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; error: DataSyntaxError };

/**
 * Parses a document whose top level must be a table/mapping/object. Empty
 * text is an empty map. TOML dates written without an offset are wall time in
 * `defaultZone` (Hugo's timeZone; UTC by default).
 */
export function parseData(format: DataFormat, text: string, defaultZone: Location = UTC): ParseResult {
  const result = parseDataValue(format, text, defaultZone);
  if (!result.ok) return result;
  const value = result.value;
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      error: { message: `expected a map of keys to values at the top level, found ${describe(value)}`, line: 1, column: 1 },
    };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** Any document: `data/` files may hold a list at the top level (Hugo's `.Site.Data.links`). */
export function parseDataValue(format: DataFormat, text: string, defaultZone: Location = UTC): { ok: true; value: unknown } | { ok: false; error: DataSyntaxError } {
  let value: unknown;
  try {
    switch (format) {
      case 'toml':
        value = parseTomlWithTimes(text, defaultZone);
        break;
      case 'yaml':
        value = parseYAMLText(text);
        break;
      case 'json':
        value = text.trim() === '' ? {} : parseJSON(text);
        break;
    }
  } catch (error) {
    return { ok: false, error: syntaxError(format, text, error) };
  }
  if (value === null || value === undefined) return { ok: true, value: {} };
  return { ok: true, value };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  return `a ${typeof value}`;
}

// ---- YAML ----------------------------------------------------------------

function parseYAMLText(text: string): unknown {
  // CORE_SCHEMA has no timestamp type: Hugo (yaml.v2 into maps) hands
  // `foo: 2016-10-07` to templates as a string, and date fields parse strings.
  // json: true lets a repeated key win instead of failing, as yaml.v2 does.
  // js-yaml 5 refuses an empty document; Hugo reads it as an empty map.
  if (text.replace(/^\s*#.*$/gm, '').trim() === '') return {};
  return loadYAML(text, { schema: CORE_SCHEMA, json: true });
}

// ---- errors --------------------------------------------------------------

function syntaxError(format: DataFormat, text: string, error: unknown): DataSyntaxError {
  if (format === 'toml' && isTomlError(error)) {
    // TomlError: 0-based line/col; the message's first line ends with " at row …".
    const first = (error.message.split('\n')[0] ?? '').replace(/ at row \d+, col \d+, pos \d+:$/, '');
    return { message: first, line: error.line + 1, column: error.col + 1 };
  }
  if (format === 'yaml' && error instanceof YAMLException) {
    const mark = (error as YAMLException & { mark?: { line: number; column: number } }).mark;
    return { message: error.reason ?? error.message, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 };
  }
  if (format === 'json' && error instanceof JSONSyntaxError) {
    const { line, column } = positionAt(text, error.offset);
    return { message: error.message, line, column };
  }
  throw error;
}

function isTomlError(error: unknown): error is Error & { line: number; col: number } {
  return error instanceof Error && (error as { fromTOML?: boolean }).fromTOML === true;
}

