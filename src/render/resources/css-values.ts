/**
 * Declaration values for the Pipes CSS minifier, following tdewolff/minify
 * v2.12.4 as Hugo 0.111.3 configures it (KeepCSS2, so numbers never gain
 * exponents). A value is minified only when it is a flat list of
 * components separated by whitespace, commas or `/`; anything with a bare
 * bracket is written back as parsed.
 */

import type { CssToken, CssTokenType } from './css-tokenize.js';
import { isUrlUnquoted } from './css-tokenize.js';
import { minifyProperty } from './css-properties.js';
import { knownKeywords } from './css-keywords.js';

export interface Value {
  type: CssTokenType;
  text: string;
  /** Arguments of a function, with whitespace tokens kept. */
  args?: Value[];
  /** Lower-cased function name when tdewolff knows it, else ''. */
  fun: string;
  /** Lower-cased identifier. */
  ident: string;
}

const zeroDroppableUnits = new Set([
  'px', 'mm', 'q', 'cm', 'in', 'pt', 'pc', 'ch', 'em', 'ex', 'rem', 'vh', 'vw', 'vmin', 'vmax', 'deg', 'grad', 'rad', 'turn',
]);

const integerProperties = new Set(['z-index', 'counter-increment', 'counter-reset', 'orphans', 'widows']);

export const value = (type: CssTokenType, text: string): Value => ({ type, text, fun: '', ident: type === 'ident' ? text.toLowerCase() : '' });

/** Writes a declaration's value (after the colon), `!important` included. */
export function minifyDeclarationValue(property: string, components: CssToken[]): string {
  let comps = components;
  let important = false;
  const bang = comps[comps.length - 2];
  if (comps.length > 2 && bang?.type === 'delim' && bang.text === '!' && comps[comps.length - 1]!.text === 'important') {
    comps = comps.slice(0, -2);
    important = true;
  }
  const values = flatValues(comps);
  if (values === undefined) {
    return comps.map((c) => c.text).join('') + (important ? '!important' : '');
  }
  let minified = minifyTokens(property, '', values);
  if (minified.length > 0) minified = minifyProperty(property, minified);
  return writeValues(minified) + (important ? '!important' : '');
}

function functionArgs(tokens: CssToken[], from: number): [Value[], number] {
  let i = from + 1;
  let level = 0;
  const args: Value[] = [];
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === '(') level++;
    else if (t.type === ')') {
      if (level === 0) { i++; break; }
      level--;
    }
    if (t.type === 'function') {
      const [sub, end] = functionArgs(tokens, i);
      args.push(fnValue(t.text, sub));
      i = end - 1;
    } else args.push(value(t.type, t.text));
  }
  return [args, i];
}

function fnValue(text: string, args: Value[]): Value {
  const name = text.slice(0, -1).toLowerCase();
  return { type: 'function', text, args, fun: knownKeywords.has(name) ? name : '', ident: '' };
}

/** The components as values, or undefined when the value is not a flat separated list. */
function flatValues(tokens: CssToken[]): Value[] | undefined {
  let prevSep = true;
  const out: Value[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ('()[]{}'.includes(t.type)) return undefined;
    const isSep = t.type === 'whitespace' || t.type === 'comma' || (t.type === 'delim' && t.text === '/');
    if (!prevSep && !isSep) return undefined;
    if (isSep) {
      if (t.type !== 'whitespace') out.push(value(t.type, t.text));
      prevSep = true;
    } else if (t.type === 'function') {
      const [args, end] = functionArgs(tokens, i);
      out.push(fnValue(t.text, args));
      prevSep = true;
      i = end - 1;
    } else {
      out.push(value(t.type, t.text));
      prevSep = t.type === 'url';
    }
  }
  return out;
}

function writeArgs(args: Value[]): string {
  return args.map((a) => (a.type === 'function' ? a.text + writeArgs(a.args ?? []) + ')' : a.text)).join('');
}

function writeValues(values: Value[]): string {
  let out = '';
  let prevSep = true;
  for (const v of values) {
    const isSep = v.type === 'comma' || (v.type === 'delim' && v.text === '/');
    if (!prevSep && !isSep) out += ' ';
    out += v.type === 'function' ? v.text + writeArgs(v.args ?? []) + ')' : v.text;
    prevSep = isSep || v.type === 'function' || v.type === 'url';
  }
  return out;
}

/** tdewolff's minify.Decimal without a precision: no sign `+`, no leading or trailing zeros, `0` for zero. */
export function decimal(num: string): string {
  const buf = [...num];
  const [start, end] = decimalInPlace(buf, num.length);
  return buf.slice(start, end).join('');
}

/**
 * Decimal as Go runs it, on a byte buffer it rewrites in place, returning the
 * bounds of the result. The in-place detail is observable: see dimension().
 */
function decimalInPlace(buf: string[], length: number): [number, number] {
  if (length <= 1) return [0, length];
  let neg = false;
  let start = 0;
  let end = length;
  if (buf[0] === '+' || buf[0] === '-') {
    neg = buf[0] === '-';
    start = 1;
  }
  let dot = buf.indexOf('.', start);
  if (dot === -1 || dot >= end) dot = end;
  while (start < end - 1 && buf[start] === '0') start++;
  let i = end - 1;
  for (; dot < i; i--) {
    if (buf[i] !== '0') { end = i + 1; break; }
  }
  if (i === dot) {
    end = dot;
    if (start === end) {
      buf[start] = '0';
      return [start, start + 1];
    }
  } else if (start === end - 1 && buf[start] === '0') return [start, end];
  if (neg) buf[--start] = '-';
  return [start, end];
}

/**
 * A dimension with its number shortened and unit lower-cased; a zero drops
 * droppable units outside functions. Go appends the unit onto the shortened
 * number inside the same buffer, which overwrites the unit it then checks:
 * so `0.0px` stays `0px` in Hugo while `0px` becomes `0`. Reproduced here.
 */
function dimension(text: string, dropZeroUnit: boolean): string {
  let n = text.length;
  while (n > 0 && /[a-zA-Z]/.test(text[n - 1]!)) n--;
  const buf = [...text.slice(0, n), ...text.slice(n).toLowerCase()];
  const unit = buf.slice(n);
  const [start, end] = decimalInPlace(buf, n);
  for (let k = 0; k < unit.length; k++) buf[end + k] = unit[k]!;
  const checkedUnit = buf.slice(n, n + unit.length).join('');
  const out = buf.slice(start, end).join('') + unit.join('');
  return dropZeroUnit && out.length > 1 && out[0] === '0' && zeroDroppableUnits.has(checkedUnit) ? '0' : out;
}

function removeMarkupNewlines(s: string): string {
  return s.length > 3 ? s[0] + s.slice(1, -2).replace(/\\(\r\n|\r|\n)/g, '') + s.slice(-2) : s;
}

function minifyUrl(text: string): string {
  if (text.length <= 10) return text;
  let uri = text.slice(4, -1).replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, '');
  let quote = '"';
  if (uri.length > 1 && (uri[0] === '"' || uri[0] === "'")) {
    quote = uri[0];
    uri = removeMarkupNewlines(uri).slice(1, -1);
  }
  return isUrlUnquoted(uri) ? `url(${uri})` : `url(${quote}${uri}${quote})`;
}

function minifyTokens(prop: string, fun: string, values: Value[]): Value[] {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    switch (v.type) {
      case 'number':
        if (!integerProperties.has(prop)) v.text = decimal(v.text);
        break;
      case 'percentage':
        v.text = decimal(v.text.slice(0, -1)) + '%';
        break;
      case 'dimension':
        v.text = dimension(v.text, prop !== 'flex' && fun === '');
        break;
      case 'string':
        v.text = removeMarkupNewlines(v.text);
        break;
      case 'url':
        v.text = minifyUrl(v.text);
        break;
      case 'function':
        v.args = minifyTokens(prop, v.fun, v.args ?? []);
        values[i] = minifyColorFunction(v);
        break;
      default:
    }
  }
  return values;
}

const EPSILON = 0.00001;

/** `rgb()`/`hsl()` with plain arguments become the shortest hex or name when opaque, `transparent` when all zero. */
function minifyColorFunction(v: Value): Value {
  const fun = v.fun;
  if (fun !== 'rgb' && fun !== 'rgba' && fun !== 'hsl' && fun !== 'hsla') return v;
  const args = v.args ?? [];
  const vals: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const numeric = a.type === 'number' || a.type === 'percentage';
    const sep = a.type === 'comma' || (i !== 5 && a.type === 'whitespace') || (i === 5 && a.type === 'delim' && a.text === '/');
    if ((i % 2 === 0 && !numeric) || (i % 2 === 1 && !sep)) return v;
    if (numeric) {
      let d = Math.fround(Number(a.type === 'percentage' ? a.text.slice(0, -1) : a.text));
      if (Number.isNaN(d)) return v;
      if (a.type === 'percentage') {
        d /= 100;
        if (d < EPSILON) d = 0;
        else if (1 - EPSILON < d) d = 1;
      }
      vals.push(d);
    }
  }
  let alpha = 1;
  if (vals.length === 4) {
    if (vals.every((d) => d < EPSILON)) return value('ident', 'transparent');
    if (1 - EPSILON < vals[3]!) {
      vals.length = 3;
      v.args = args.slice(0, -2);
      if (fun === 'rgba' || fun === 'hsla') v.text = v.text.slice(0, -2) + '(';
    } else alpha = vals[3]!;
  }
  if (alpha === 1 && vals.length === 3) {
    if (fun === 'rgb' || fun === 'rgba') {
      const rgb = vals.map((d, j) => {
        if (args[j * 2]!.type !== 'number') return d;
        const x = d / 255;
        return x < EPSILON ? 0 : 1 - EPSILON < x ? 1 : x;
      });
      return rgbValue(rgb[0]!, rgb[1]!, rgb[2]!);
    }
    if (fun === 'hsl' || (args[0]!.type === 'number' && args[2]!.type === 'percentage' && args[4]!.type === 'percentage')) {
      let h = (vals[0]! / 360) % 1;
      if (h < 0) h += 1;
      const [r, g, b] = hslToRgb(h, vals[1]!, vals[2]!);
      return rgbValue(r, g, b);
    }
  } else if (vals.length === 4) {
    args[6] = numberPercentage(args[6]!);
  }
  if (vals.length >= 3 && (fun === 'rgb' || fun === 'rgba')) {
    const steps = [0, 0.2, 0.4, 0.6, 0.8, 1];
    const exact = [0, 1, 2].every((j) => args[j * 2]!.type === 'percentage' && ((vals[j]! + EPSILON) % 0.2) < 2 * EPSILON);
    if (exact) {
      for (const j of [0, 1, 2]) {
        const k = steps.findIndex((s) => Math.abs(vals[j]! - s) < EPSILON);
        args[j * 2] = value('number', String(k * 51));
      }
    }
  }
  return v;
}

function numberPercentage(v: Value): Value {
  if (v.type === 'percentage' && v.text.length === 3 && v.text[1] === '0') return value('number', '.' + v.text[0]);
  if (v.type === 'number' && v.text.length > 2 && v.text.startsWith('.0')) {
    if (v.text[2] === '0') return value('percentage', '.' + v.text.slice(3) + '%');
    if (v.text.length === 3) return value('percentage', v.text[2] + '%');
  }
  return v;
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  if (s === 0) return [l, l, l];
  const m2 = l <= 0.5 ? l * (s + 1) : l + s - l * s;
  const m1 = l * 2 - m2;
  const hue = (t: number): number => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t * 6 < 1) return m1 + (m2 - m1) * t * 6;
    if (t * 2 < 1) return m2;
    if (t * 3 < 2) return m1 + (m2 - m1) * (2 / 3 - t) * 6;
    return m1;
  };
  return [hue(h + 1 / 3), hue(h), hue(h - 1 / 3)];
}

function rgbValue(r: number, g: number, b: number): Value {
  const hex = '#' + [r, g, b].map((c) => (Math.trunc(c * 255 + 0.5) & 0xff).toString(16).padStart(2, '0')).join('');
  return shortHex(hex);
}

/** Colour names shorter than their hex code, and the reverse (tdewolff's tables). */
export const hexToName: Record<string, string> = {
  '#000080': 'navy', '#008000': 'green', '#008080': 'teal', '#4b0082': 'indigo', '#800000': 'maroon', '#800080': 'purple',
  '#808000': 'olive', '#808080': 'gray', '#a0522d': 'sienna', '#a52a2a': 'brown', '#c0c0c0': 'silver', '#cd853f': 'peru',
  '#d2b48c': 'tan', '#da70d6': 'orchid', '#dda0dd': 'plum', '#ee82ee': 'violet', '#f0e68c': 'khaki', '#f0ffff': 'azure',
  '#f5deb3': 'wheat', '#f5f5dc': 'beige', '#fa8072': 'salmon', '#faf0e6': 'linen', '#ff6347': 'tomato', '#ff7f50': 'coral',
  '#ffa500': 'orange', '#ffc0cb': 'pink', '#ffd700': 'gold', '#ffe4c4': 'bisque', '#fffafa': 'snow', '#fffff0': 'ivory',
  '#ff0000': 'red', '#f00': 'red',
};

function shortHex(hex: string): Value {
  const name = hexToName[hex];
  if (name !== undefined) return value('ident', name);
  if (hex[1] === hex[2] && hex[3] === hex[4] && hex[5] === hex[6]) return value('hash', '#' + hex[1] + hex[3] + hex[5]);
  return value('hash', hex);
}
