import { createRequire } from 'node:module';
import { GoTime, writtenText } from './gotime.js';
import { UTC, type Location } from './zone.js';

/**
 * @iarna/toml turns `2016-10-07T17:01:56+02:00` into a JS Date, losing the
 * "+02:00" Hugo prints back. Its parser hands each finished value to
 * `return()`, where the written text is still in its state, so a subclass can
 * tag each Date with that text before it is lost.
 */
const require = createRequire(import.meta.url);

interface ParserState { result: unknown; buf: string }
interface TomlParser {
  state: ParserState;
  parse(text: string): void;
  finish(): Record<string, unknown>;
  return(value: unknown): void;
}
type ParserClass = new () => TomlParser;

let Tagging: ParserClass | undefined;
let prettyError: ((error: unknown, text: string) => Error) | undefined;

function taggingParser(): ParserClass {
  if (Tagging !== undefined) return Tagging;
  const Base = require('@iarna/toml/lib/toml-parser.js') as ParserClass;
  prettyError = require('@iarna/toml/parse-pretty-error.js') as (error: unknown, text: string) => Error;
  Tagging = class extends Base {
    override return(value: unknown): void {
      if (value instanceof Date) {
        Object.defineProperty(value, writtenText, { value: String(this.state.result) + this.state.buf });
      }
      super.return(value);
    }
  };
  return Tagging;
}

/**
 * Parses TOML and turns every date, date-time and local date-time into a
 * GoTime the way Hugo reads them (offsets kept; local forms in `defaultZone`).
 * Throws @iarna/toml's error (with `line`, `col`) on bad input.
 */
export function parseTomlWithTimes(text: string, defaultZone: Location = UTC): Record<string, unknown> {
  const Parser = taggingParser();
  const parser = new Parser();
  let data: Record<string, unknown>;
  try {
    parser.parse(text);
    data = parser.finish();
  } catch (error) {
    throw prettyError === undefined ? error : prettyError(error, text);
  }
  return convertDates(data, defaultZone) as Record<string, unknown>;
}

/** Replaces Dates anywhere in parsed front matter with GoTimes (YAML/JSON too). */
export function convertDates(value: unknown, defaultZone: Location = UTC): unknown {
  if (value instanceof Date) return GoTime.fromDate(value, undefined, defaultZone);
  if (Array.isArray(value)) return value.map((v) => convertDates(v, defaultZone));
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = convertDates(v, defaultZone);
    return out;
  }
  return value;
}
