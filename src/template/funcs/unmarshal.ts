/**
 * Hugo's transform.Unmarshal for strings: the format is guessed as Hugo's
 * metadecoders do (whichever of "," "{" ":" "<" "=" comes first picks CSV,
 * JSON, YAML, XML, TOML), and numbers keep Go's types (JSON numbers are
 * float64, TOML and YAML integers ints).
 */
import { CORE_SCHEMA, load as loadYAML } from 'js-yaml';
import { isMap } from '../engine/values.js';
import { parseTomlWithTimes } from '../../time/index.js';
import { float, mapEntries, toStringE } from './go.js';

type Format = 'csv' | 'json' | 'yaml' | 'xml' | 'toml' | '';

function lowest(first: number, ...others: number[]): boolean {
  return first !== -1 && others.every((o) => o === -1 || o >= first);
}

export function detectFormat(data: string, delimiter = ','): Format {
  const csv = data.indexOf(delimiter);
  const json = data.indexOf('{');
  const yaml = data.indexOf(':');
  const xml = data.indexOf('<');
  const toml = data.indexOf('=');
  if (lowest(csv, json, yaml, xml, toml)) return 'csv';
  if (lowest(json, yaml, xml, toml)) return 'json';
  if (lowest(yaml, xml, toml)) return 'yaml';
  if (lowest(xml, toml)) return 'xml';
  return toml !== -1 ? 'toml' : '';
}

/** JSON numbers are float64 in Go: integral ones become GoFloat. */
function jsonFloats(v: unknown): unknown {
  if (typeof v === 'number') return float(v);
  if (Array.isArray(v)) return v.map(jsonFloats);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonFloats(x)]));
  }
  return v;
}

/** RFC 4180 CSV as Go's encoding/csv reads it: [][]string. */
function parseCSV(text: string, delimiter: string, comment: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
      continue;
    }
    if (atStart && comment !== '' && c === comment) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    atStart = false;
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atStart = true;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function unmarshal(...args: unknown[]): unknown {
  if (args.length < 1 || args.length > 2) throw new Error('unmarshal takes 1 or 2 arguments');
  const options = args.length === 2 ? args[0] : undefined;
  const get = (k: string): unknown => (options === undefined || !isMap(options) ? undefined
    : mapEntries(options).find(([key]) => String(key).toLowerCase() === k.toLowerCase())?.[1]);
  const delimiter = get('delimiter') === undefined ? ',' : toStringE(get('delimiter'));
  const comment = get('comment') === undefined ? '' : toStringE(get('comment'));
  const data = toStringE(args[args.length - 1]);
  if (data.trim() === '') return {};
  const format = detectFormat(data, delimiter);
  switch (format) {
    case 'json':
      return jsonFloats(JSON.parse(data));
    case 'toml':
      return parseTomlWithTimes(data);
    case 'yaml':
      // Dates stay strings (as Hugo's YAML reader leaves them); `time` parses them with their offset.
      return loadYAML(data, { schema: CORE_SCHEMA });
    case 'csv':
      return parseCSV(data, delimiter, comment);
    default:
      throw new Error('format not supported');
  }
}
