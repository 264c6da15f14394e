/**
 * Go literal syntax for template constants: quoted strings (strconv.Unquote),
 * character constants and number literals (strconv.ParseInt/ParseFloat with
 * base 0, as text/template/parse does).
 */

export interface ParsedNumber {
  value: number;
  /** Go would type the constant as float64 when executing it. */
  isFloat: boolean;
  isChar: boolean;
}

const simpleEscapes: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

/**
 * Unquotes a Go interpreted string (`"…"`) or char (`'…'`) literal. `\x` and
 * octal escapes produce bytes, so the result is decoded as UTF-8 at the end.
 * Throws an Error with a message for an invalid escape.
 */
export function unquote(literal: string): string {
  const quote = literal[0];
  if (quote === '`') return literal.slice(1, -1).replace(/\r/g, '');
  const body = literal.slice(1, -1);
  if (!body.includes('\\')) return body;
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < body.length; ) {
    const c = body[i]!;
    if (c !== '\\') {
      const cp = body.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      for (const b of encoder.encode(ch)) bytes.push(b);
      i += ch.length;
      continue;
    }
    const e = body[i + 1] ?? '';
    i += 2;
    if (e in simpleEscapes) {
      bytes.push(simpleEscapes[e]!);
    } else if (e === quote) {
      bytes.push(e.charCodeAt(0));
    } else if (e === 'x') {
      const hex = body.slice(i, i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Error(`invalid \\x escape in ${literal}`);
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (e >= '0' && e <= '7') {
      const oct = body.slice(i - 1, i + 2);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) throw new Error(`invalid octal escape in ${literal}`);
      bytes.push(parseInt(oct, 8));
      i += 2;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const hex = body.slice(i, i + n);
      const cp = parseInt(hex, 16);
      if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex) || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) {
        throw new Error(`invalid \\${e} escape in ${literal}`);
      }
      for (const b of encoder.encode(String.fromCodePoint(cp))) bytes.push(b);
      i += n;
    } else {
      throw new Error(`unknown escape sequence \\${e} in ${literal}`);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** Go's number literal rules; returns an error message for invalid syntax. */
export function parseNumber(text: string): ParsedNumber | string {
  if (text.startsWith("'")) {
    let s: string;
    try {
      s = unquote(text);
    } catch (error) {
      return (error as Error).message;
    }
    const cp = s.codePointAt(0);
    if (cp === undefined || String.fromCodePoint(cp) !== s) return `malformed character constant: ${text}`;
    return { value: cp, isFloat: false, isChar: true };
  }
  let rest = text;
  let sign = 1;
  if (rest[0] === '+' || rest[0] === '-') {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  const prefix = rest.slice(0, 2).toLowerCase();
  const hasPrefix = prefix === '0x' || prefix === '0o' || prefix === '0b';
  // Underscores may only separate digits (or follow a base prefix).
  if (rest.includes('_')) {
    const ok = /^(0[xXoObB])?_?[0-9a-fA-F]+(_[0-9a-fA-F]+)*([.pPeE].*)?$/.test(rest) && !/_[.pPeE]|[.pPeE+-]_|_$/.test(rest);
    if (!ok) return `illegal number syntax: ${JSON.stringify(text)}`;
    rest = rest.replace(/_/g, '');
  }
  let value: number;
  let isFloat: boolean;
  if (hasPrefix && !/[.pP]/.test(rest)) {
    const digits = rest.slice(2);
    const base = prefix === '0x' ? 16 : prefix === '0o' ? 8 : 2;
    const valid = base === 16 ? /^[0-9a-fA-F]+$/ : base === 8 ? /^[0-7]+$/ : /^[01]+$/;
    if (!valid.test(digits)) return `illegal number syntax: ${JSON.stringify(text)}`;
    value = parseInt(digits, base);
    isFloat = false;
  } else if (prefix === '0x') {
    const m = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(rest);
    if (!m || (m[1] === '' && (m[2] ?? '') === '')) return `illegal number syntax: ${JSON.stringify(text)}`;
    const frac = m[2] ?? '';
    const mantissa = parseInt((m[1] || '0') + frac, 16);
    value = mantissa * Math.pow(2, Number(m[3]) - 4 * frac.length);
    isFloat = true;
  } else if (/^\d+$/.test(rest)) {
    // A leading 0 means octal, as in Go's base-0 parsing.
    if (rest.length > 1 && rest[0] === '0') {
      if (!/^[0-7]+$/.test(rest)) return `illegal number syntax: ${JSON.stringify(text)}`;
      value = parseInt(rest, 8);
    } else {
      value = Number(rest);
    }
    isFloat = false;
  } else if (/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(rest)) {
    value = Number(rest);
    isFloat = true;
  } else {
    return `illegal number syntax: ${JSON.stringify(text)}`;
  }
  return { value: sign * value, isFloat, isChar: false };
}
