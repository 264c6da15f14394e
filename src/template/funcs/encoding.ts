/** Hugo's encoding namespace: jsonify (Go's encoding/json), base64. */
import { Buffer } from 'node:buffer';
import { GoFloat, isMap, SafeHTML } from '../engine/values.js';
import { isSafe, mapEntries, toStringE } from './go.js';
import type { Namespace } from './registry.js';

/** Go's encoding/json float form: plain decimals between 1e-6 and 1e21, else exponent "1e-07". */
function jsonNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`json: unsupported value: ${n}`);
  if (Object.is(n, -0)) return '-0';
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    return n.toExponential();
  }
  return String(n);
}

function jsonString(s: string, escapeHTML: boolean): string {
  let out = JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  if (escapeHTML) out = out.replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
  return out;
}

/** A value as Go's json.Marshal writes it (maps with sorted keys, HTML escaped). */
export function marshalJSON(v: unknown, opts: { indent?: string; prefix?: string; escapeHTML?: boolean } = {}, depth = 0): string {
  const escapeHTML = opts.escapeHTML ?? true;
  const indent = opts.indent ?? '';
  const nl = indent === '' ? '' : `\n${opts.prefix ?? ''}${indent.repeat(depth + 1)}`;
  const close = indent === '' ? '' : `\n${opts.prefix ?? ''}${indent.repeat(depth)}`;
  const sep = indent === '' ? ':' : ': ';
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return jsonString(v, escapeHTML);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return jsonNumber(v);
  if (v instanceof GoFloat) return jsonNumber(v.value);
  if (isSafe(v)) return jsonString(v.value, escapeHTML);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[${v.map((x) => nl + marshalJSON(x, opts, depth + 1)).join(',')}${close}]`;
  }
  if (typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    return marshalJSON((v as { toJSON(): unknown }).toJSON(), opts, depth);
  }
  if (isMap(v)) {
    const entries = mapEntries(v).filter(([, x]) => typeof x !== 'function');
    if (entries.length === 0) return '{}';
    return `{${entries.map(([k, x]) => `${nl}${jsonString(String(k), escapeHTML)}${sep}${marshalJSON(x, opts, depth + 1)}`).join(',')}${close}}`;
  }
  if (typeof v === 'object') {
    // A struct: its exported (capitalised) fields, as Go marshals them.
    // A struct: its exported (capitalised) fields in declaration order, as Go marshals them.
    const custom = (v as { jsonFields?: () => [string, unknown][] }).jsonFields;
    const fields = typeof custom === 'function'
      ? custom.call(v)
      : Object.entries(v).filter(([k, x]) => /^[A-Z]/.test(k) && typeof x !== 'function');
    if (fields.length === 0) return '{}';
    return `{${fields.map(([k, x]) => `${nl}${jsonString(k, escapeHTML)}${sep}${marshalJSON(x, opts, depth + 1)}`).join(',')}${close}}`;
  }
  throw new Error(`json: unsupported type: ${typeof v}`);
}

export const encodingNamespace: Namespace = () => [
  { name: 'encoding.Jsonify', aliases: ['jsonify'], fn: (...args: unknown[]) => {
    if (args.length === 0 || args.length > 2) throw new Error('jsonify requires one or two arguments');
    let opts: { indent?: string; prefix?: string; escapeHTML?: boolean } = {};
    if (args.length === 2) {
      const o = args[0];
      if (!isMap(o)) throw new Error('jsonify: options must be a map');
      const get = (k: string): unknown => (o instanceof Map ? o.get(k) : o[k]);
      opts = {
        indent: get('indent') === undefined ? undefined : toStringE(get('indent')),
        prefix: get('prefix') === undefined ? undefined : toStringE(get('prefix')),
        escapeHTML: get('noHTMLEscape') === true ? false : true,
      };
    }
    return new SafeHTML(marshalJSON(args[args.length - 1], opts));
  }, examples: [
    ['{{ jsonify (dict "b" 1 "a" (slice 1 2.5 "x<y") "c" (dict "z" true)) }}', '{"a":[1,2.5,"x\\u003cy"],"b":1,"c":{"z":true}}'],
    ['{{ jsonify (div 6.0 2) }}', '3'],
    ['{{ jsonify (slice 1 "<a & b>" (dict "k" nil) 1.5 true) }}', '[1,"\\u003ca \\u0026 b\\u003e",{"k":null},1.5,true]'],
    ['{{ jsonify (dict "indent" "  ") (dict "a" 1) }}', '{\n  "a": 1\n}'],
  ] },
  { name: 'encoding.Base64Encode', aliases: ['base64Encode'], fn: (s: unknown) => Buffer.from(toStringE(s), 'utf8').toString('base64'),
    examples: [['{{ base64Encode "hello" }}', 'aGVsbG8=']] },
  { name: 'encoding.Base64Decode', aliases: ['base64Decode'], fn: (s: unknown) => {
    const text = toStringE(s);
    const bad = /[^A-Za-z0-9+/=]|=[^=]/.exec(text);
    if (bad !== null) throw new Error(`illegal base64 data at input byte ${bad.index + (bad[0].startsWith('=') ? 1 : 0)}`);
    if (text.length % 4 !== 0) throw new Error(`illegal base64 data at input byte ${text.length - (text.length % 4)}`);
    return Buffer.from(text, 'base64').toString('utf8');
  }, examples: [['{{ base64Decode "aGVsbG8=" }}', 'hello']] },
];
