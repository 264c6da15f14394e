/**
 * Go's fmt for template values: `%v` printing of every value the executor
 * meets, and Sprint / Sprintln / Sprintf with Go's verbs, flags and error
 * forms (`%!d(string=x)`, `%!d(MISSING)`, `%!(EXTRA int=2)`).
 */

import { GoFloat, goTypeName, isPlainObject } from './values.js';
import { sortedEntries } from './mapkeys.js';

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  /** %+v: struct field names (the plus flag then means no sign). */
  plusV: boolean;
  width: number | undefined;
  prec: number | undefined;
}

const plain: Spec = { minus: false, plus: false, sharp: false, space: false, zero: false, plusV: false, width: undefined, prec: undefined };

/** `%v` of one value: what `{{ . }}` prints in a text template (nil aside). */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : formatFloat(value, 'g', undefined);
  return formatVerb(value, 'v', plain);
}

/** Go's fmt.Sprint: a space between operands when neither is a string. */
export function sprint(args: readonly unknown[]): string {
  let out = '';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (i > 0 && typeof arg !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatVerb(arg, 'v', plain);
  }
  return out;
}

/** Go's fmt.Sprintln: spaces between all operands and a final newline. */
export function sprintln(args: readonly unknown[]): string {
  return `${args.map((arg) => formatVerb(arg, 'v', plain)).join(' ')}\n`;
}

export function sprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argNum = 0;
  let reordered = false;
  const n = format.length;
  for (let i = 0; i < n; ) {
    const pct = format.indexOf('%', i);
    if (pct === -1) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const spec: Spec = { ...plain };
    flags: for (; i < n; i++) {
      switch (format[i]) {
        case '-': spec.minus = true; spec.zero = false; break;
        case '+': spec.plus = true; break;
        case '#': spec.sharp = true; break;
        case ' ': spec.space = true; break;
        case '0': spec.zero = !spec.minus; break;
        default: break flags;
      }
    }
    // Argument index [n].
    const index = (): void => {
      const m = /^\[(\d+)\]/.exec(format.slice(i));
      if (m) {
        argNum = Number(m[1]) - 1;
        reordered = true;
        i += m[0].length;
      }
    };
    const number = (): number | undefined => {
      index();
      if (format[i] === '*') {
        i++;
        const v = args[argNum++];
        return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
      }
      const m = /^\d+/.exec(format.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      return Number(m[0]);
    };
    spec.width = number();
    if (spec.width !== undefined && spec.width < 0) {
      spec.minus = true;
      spec.width = -spec.width;
    }
    if (format[i] === '.') {
      i++;
      spec.prec = number() ?? 0;
    }
    index();
    if (i >= n) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i)!);
    i += verb.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (verb === 'v') {
      // Go: %+v asks for field names and %#v for Go syntax; neither is a number flag.
      spec.plusV = spec.plus;
      spec.plus = false;
      spec.sharp = false;
    }
    if (argNum >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatVerb(args[argNum++], verb, spec);
  }
  if (!reordered && argNum < args.length) {
    out += `%!(EXTRA ${args.slice(argNum).map((a) => (a == null ? '<nil>' : `${goTypeName(a)}=${formatVerb(a, 'v', plain)}`)).join(', ')})`;
  }
  return out;
}

function bad(value: unknown, verb: string): string {
  if (value == null) return `%!${verb}(<nil>)`;
  return `%!${verb}(${goTypeName(value)}=${formatVerb(value, 'v', plain)})`;
}

function formatVerb(value: unknown, verb: string, spec: Spec): string {
  if (verb === 'T') return pad(value == null ? '<nil>' : goTypeName(value), spec);
  if (value === null || value === undefined) return verb === 'v' ? pad('<nil>', spec) : bad(value, verb);
  if (typeof value === 'string') return formatString(value, verb, spec) ?? bad(value, verb);
  if (typeof value === 'boolean') return verb === 'v' || verb === 't' ? pad(String(value), spec) : bad(value, verb);
  if (typeof value === 'number' && Number.isInteger(value)) return formatInt(value, verb, spec) ?? bad(value, verb);
  if (typeof value === 'number' || value instanceof GoFloat) {
    return formatFloatVerb(Number(value), verb, spec) ?? bad(value, verb);
  }
  if (typeof value === 'bigint') return formatInt(Number(value), verb, spec) ?? bad(value, verb);
  if (Array.isArray(value)) return `[${value.map((v) => formatVerb(v, verb, { ...spec, width: undefined })).join(' ')}]`;
  if (value instanceof Map || isPlainObject(value)) {
    const inner = { ...spec, width: undefined };
    const parts = sortedEntries(value).map(([k, v]) => `${formatVerb(k, verb, inner)}:${formatVerb(v, verb, inner)}`);
    return `map[${parts.join(' ')}]`;
  }
  if (typeof value === 'function') return '0x1';
  const obj = value as { String?: () => unknown; value?: unknown; goKind?: unknown };
  // Named integer types with a String method (time.Month, time.Weekday,
  // time.Duration): %d and the other integer verbs print the number.
  // (%x and %X still go through String, as Go's fmt does for a Stringer.)
  if (obj.goKind === 'int' && 'dbocU'.includes(verb)) return formatInt(Number(value), verb, spec) ?? bad(value, verb);
  if ('String' in obj && typeof obj.String === 'function' && 'vsxXq'.includes(verb)) {
    return formatString(String(obj.String()), verb, spec) ?? bad(value, verb);
  }
  if (typeof obj.toString === 'function' && obj.toString !== Object.prototype.toString) {
    // Safe* values and other string-like objects format as their text.
    return formatString(String(obj), verb, spec) ?? bad(value, verb);
  }
  // A struct: Go prints its field values in braces.
  const fields = Object.entries(value as object).filter(([, v]) => typeof v !== 'function');
  const body = fields.map(([k, v]) => (spec.plusV ? `${k}:` : '') + formatVerb(v, verb, { ...spec, width: undefined })).join(' ');
  return pad(`{${body}}`, spec);
}

function formatString(s: string, verb: string, spec: Spec): string | undefined {
  switch (verb) {
    case 'v':
    case 's':
      return pad(spec.prec === undefined ? s : [...s].slice(0, spec.prec).join(''), spec);
    case 'q':
      return pad(spec.sharp && !s.includes('`') && !/[\x00-\x08\x0b-\x1f\x7f]/.test(s) ? `\`${s}\`` : quote(s, spec.plus), spec);
    case 'x':
    case 'X': {
      let hex = Array.from(new TextEncoder().encode(s), (b) => b.toString(16).padStart(2, '0')).join(spec.space ? ' ' : '');
      if (verb === 'X') hex = hex.toUpperCase();
      return pad(hex, spec);
    }
    default:
      return undefined;
  }
}

function formatInt(n: number, verb: string, spec: Spec): string | undefined {
  const neg = n < 0;
  const abs = Math.abs(n);
  let digits: string;
  let prefix = '';
  switch (verb) {
    case 'v':
    case 'd': digits = abs.toString(10); break;
    case 'b': digits = abs.toString(2); break;
    case 'o': digits = abs.toString(8); if (spec.sharp) prefix = '0'; break;
    case 'O': digits = abs.toString(8); prefix = '0o'; break;
    case 'x': digits = abs.toString(16); if (spec.sharp) prefix = '0x'; break;
    case 'X': digits = abs.toString(16).toUpperCase(); if (spec.sharp) prefix = '0X'; break;
    case 'c': return pad(String.fromCodePoint(n), spec);
    case 'q': return pad(`'${quoteRune(String.fromCodePoint(n))}'`, spec);
    case 'U': return pad(`U+${abs.toString(16).toUpperCase().padStart(4, '0')}`, spec);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return undefined;
    default: return undefined;
  }
  if (spec.prec !== undefined) digits = digits.padStart(spec.prec, '0');
  const sign = neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  return padNumber(sign, prefix + digits, spec);
}

function formatFloatVerb(f: number, verb: string, spec: Spec): string | undefined {
  if (!'vfFeEgG'.includes(verb)) return undefined;
  const v = verb === 'v' ? 'g' : verb === 'F' ? 'f' : verb;
  const text = formatFloat(Math.abs(f), v.toLowerCase() as 'e' | 'f' | 'g', spec.prec);
  const body = v === 'E' || v === 'G' ? text.toUpperCase() : text;
  const sign = f < 0 || Object.is(f, -0) ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  if (!Number.isFinite(f)) return pad(sign + (Number.isNaN(f) ? 'NaN' : 'Inf'), spec);
  return padNumber(sign, body, spec);
}

/** strconv.FormatFloat for 'e', 'f' and 'g'; prec undefined is -1 (shortest) for 'g', 6 otherwise. */
export function formatFloat(f: number, verb: 'e' | 'f' | 'g', prec: number | undefined): string {
  if (!Number.isFinite(f)) return Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf';
  if (verb === 'f') return toFixed(f, prec ?? 6);
  if (verb === 'e') return goExponent(f.toExponential(prec ?? 6));
  // %g, following strconv: round to prec significant digits (shortest when undefined), then
  // choose %e when the exponent is < -4 or >= eprec (6 for the shortest form).
  const neg = f < 0;
  const exp = prec === undefined ? Math.abs(f).toExponential() : Math.abs(f).toExponential(Math.max(prec, 1) - 1);
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp)!;
  const digits = (m[1]! + (m[2] ?? '')).replace(/0+$/, '') || '0';
  const nd = digits.length;
  const dp = f === 0 ? 1 : Number(m[3]) + 1;
  let p = prec === undefined ? nd : Math.max(prec, 1);
  let eprec = p;
  if (eprec > nd && nd >= dp) eprec = nd;
  if (prec === undefined) eprec = 6;
  let out: string;
  if (dp - 1 < -4 || dp - 1 >= eprec) {
    if (p > nd) p = nd;
    const frac = digits.slice(1, p).padEnd(p - 1, '0');
    out = goExponent(`${digits[0]}${frac ? `.${frac}` : ''}e${m[3]}`);
  } else {
    if (p > dp) p = nd;
    out = fixedFromDigits(digits, dp, Math.max(p - dp, 0));
  }
  return neg ? `-${out}` : out;
}

/** Digits d1d2… with the decimal point after `dp` of them, and `frac` fraction digits. */
function fixedFromDigits(digits: string, dp: number, frac: number): string {
  let int: string;
  let rest: string;
  if (dp <= 0) {
    int = '0';
    rest = '0'.repeat(-dp) + digits;
  } else {
    int = digits.slice(0, dp).padEnd(dp, '0');
    rest = digits.slice(dp);
  }
  return frac > 0 ? `${int}.${rest.slice(0, frac).padEnd(frac, '0')}` : int;
}

function toFixed(f: number, prec: number): string {
  if (Math.abs(f) < 1e21) return f.toFixed(prec);
  // toFixed switches to exponent form above 1e21; BigInt keeps all digits.
  return BigInt(Math.round(f)).toString() + (prec > 0 ? `.${'0'.repeat(prec)}` : '');
}

/** JS writes `1e+6`; Go writes at least two exponent digits: `1e+06`. */
function goExponent(s: string): string {
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

function pad(s: string, spec: Spec): string {
  if (spec.width === undefined) return s;
  const len = [...s].length;
  if (len >= spec.width) return s;
  const fill = ' '.repeat(spec.width - len);
  return spec.minus ? s + fill : fill + s;
}

/** Zero padding goes between the sign and the digits, as in Go. */
function padNumber(sign: string, body: string, spec: Spec): string {
  if (spec.width !== undefined && spec.zero && !spec.minus) {
    const len = sign.length + body.length;
    if (len < spec.width) return sign + '0'.repeat(spec.width - len) + body;
  }
  return pad(sign + body, spec);
}

const quoteEscapes: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '\\': '\\\\' };

/** strconv.Quote: printable characters stay, others become escapes. */
export function quote(s: string, asciiOnly = false): string {
  let out = '"';
  for (const ch of s) {
    if (ch === '"') out += '\\"';
    else out += quoteChar(ch, asciiOnly);
  }
  return `${out}"`;
}

function quoteRune(ch: string): string {
  return ch === "'" ? "\\'" : quoteChar(ch, false);
}

function quoteChar(ch: string, asciiOnly: boolean): string {
  const escaped = quoteEscapes[ch];
  if (escaped) return escaped;
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp < 0x7f) return ch;
  if (asciiOnly || /[\p{C}\p{Zl}\p{Zp}]/u.test(ch) || (/\p{Z}/u.test(ch) && cp !== 0x20)) {
    return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
  }
  return ch;
}
