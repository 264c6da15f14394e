import { chunks } from './layout.js';
import { daysIn, longDayNames, longMonthNames } from './calendar.js';

/** What Go's time.Parse read from a value, before a zone is chosen. */
export interface ParsedFields {
  year: number; month: number; day: number; hour: number; minute: number; second: number; nanosecond: number;
  /** The value said UTC ("Z" or "UTC"). */
  utc: boolean;
  /** Seconds east of UTC when the value had a numeric offset. */
  offset: number | null;
  /** A zone abbreviation such as "MST", or ''. */
  zoneName: string;
  /** Year day from a "002" element, or -1. */
  yearDay: number;
}

class ParseError extends Error {}

function bad(value: string, layout: string, what: string): never {
  throw new ParseError(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: ${what}`);
}

const cutSpace = (s: string): string => s.replace(/^ +/, '');

/** Go's skip: literal text must match, except that runs of spaces match runs of spaces. */
function skip(value: string, prefix: string): string | null {
  while (prefix.length > 0) {
    if (prefix[0] === ' ') {
      if (value.length > 0 && value[0] !== ' ') return null;
      prefix = cutSpace(prefix);
      value = cutSpace(value);
      continue;
    }
    if (value.length === 0 || value[0] !== prefix[0]) return null;
    prefix = prefix.slice(1);
    value = value.slice(1);
  }
  return value;
}

/** Up to `max` digits (exactly `max` when `fixed`), as Go's getnum/getnum3. */
function number(value: string, max: number, fixed: boolean): [number, string] | null {
  let n = 0;
  while (n < max && n < value.length && value[n]! >= '0' && value[n]! <= '9') n++;
  if (n === 0 || (fixed && n !== max)) return null;
  return [Number(value.slice(0, n)), value.slice(n)];
}

function lookupName(value: string, names: readonly string[], short: boolean): [number, string] | null {
  for (let i = 0; i < names.length; i++) {
    const name = short ? names[i]!.slice(0, 3) : names[i]!;
    if (value.length >= name.length && value.slice(0, name.length).toLowerCase() === name.toLowerCase()) {
      return [i, value.slice(name.length)];
    }
  }
  return null;
}

/** Length of a zone abbreviation at the start of value (Go's parseTimeZone), or 0. */
function zoneAbbreviationLength(value: string): number {
  if (value.length < 3) return 0;
  if (value.startsWith('ChST') || value.startsWith('MeST')) return 4;
  if (value.startsWith('GMT')) {
    const m = /^GMT[+-]\d{1,2}/.exec(value);
    return m ? m[0].length : 3;
  }
  if (value[0] === '+' || value[0] === '-') {
    // Go's parseSignedOffset: an unnamed zone such as "+03"; "+0200" is too large to be one.
    const m = /^[+-](\d+)/.exec(value);
    return m !== null && Number(m[1]) <= 23 ? m[0].length : 0;
  }
  let n = 0;
  while (n < value.length && value[n]! >= 'A' && value[n]! <= 'Z') n++;
  if (n === 3 || n === 5) return n;
  if (n === 4 && value[3] === 'T') return 4;
  return 0;
}

/** Go's time.Parse field reading: throws with Go's wording on mismatch. */
export function parseFields(layout: string, value: string): ParsedFields {
  const original = value;
  const r: ParsedFields = {
    year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, nanosecond: 0,
    utc: false, offset: null, zoneName: '', yearDay: -1,
  };
  let pm: boolean | null = null;
  const list = chunks(layout);
  for (let c = 0; c < list.length; c++) {
    const chunk = list[c]!;
    const rest = skip(value, chunk.prefix);
    if (rest === null) bad(original, layout, `cannot parse ${JSON.stringify(value)} as ${JSON.stringify(chunk.prefix)}`);
    value = rest;
    const std = chunk.std;
    if (std === null) break;
    const before = value;
    const fail = (): never => bad(original, layout, `cannot parse ${JSON.stringify(before)} as ${JSON.stringify(std)}`);
    const num = (max: number, fixed: boolean, lo: number, hi: number): number => {
      const got = number(value, max, fixed) ?? fail();
      if (got[0] < lo || got[0] > hi) bad(original, layout, `${std} out of range`);
      value = got[1];
      return got[0];
    };
    switch (std) {
      case '06': {
        const y = num(2, true, 0, 99);
        r.year = y >= 69 ? 1900 + y : 2000 + y;
        break;
      }
      case '2006': r.year = num(4, true, 0, 9999); break;
      case 'Jan':
      case 'January': {
        const got = lookupName(value, longMonthNames, std === 'Jan') ?? fail();
        r.month = got[0] + 1;
        value = got[1];
        break;
      }
      case '1': case '01': r.month = num(2, std === '01', 1, 12); break;
      case 'Mon':
      case 'Monday': value = (lookupName(value, longDayNames, std === 'Mon') ?? fail())[1]; break;
      case '_2':
        if (value[0] === ' ') value = value.slice(1);
        r.day = num(2, false, 1, 31);
        break;
      case '2': case '02': r.day = num(2, std === '02', 1, 31); break;
      case '__2':
        value = cutSpace(value);
        r.yearDay = num(3, false, 1, 366);
        break;
      case '002': r.yearDay = num(3, true, 1, 366); break;
      case '15': r.hour = num(2, false, 0, 23); break;
      case '3': case '03': r.hour = num(2, std === '03', 0, 12); break;
      case '4': case '04': r.minute = num(2, std === '04', 0, 59); break;
      case '5': case '05': {
        r.second = num(2, std === '05', 0, 59);
        // Go reads a fraction after the seconds even when the layout has none.
        const next = list[c + 1]?.std;
        if (/^[.,]\d/.test(value) && next !== 'frac0' && next !== 'frac9') {
          const m = /^[.,](\d+)/.exec(value)!;
          r.nanosecond = Number((m[1]! + '000000000').slice(0, 9));
          value = value.slice(m[0].length);
        }
        break;
      }
      case 'PM':
      case 'pm': {
        const p = value.slice(0, 2);
        const [am, pmText] = std === 'PM' ? ['AM', 'PM'] : ['am', 'pm'];
        if (p === pmText) pm = true;
        else if (p === am) pm = false;
        else fail();
        value = value.slice(2);
        break;
      }
      case 'MST': {
        if (value.startsWith('UTC')) {
          r.utc = true;
          value = value.slice(3);
          break;
        }
        const n = zoneAbbreviationLength(value);
        if (n === 0) fail();
        r.zoneName = value.slice(0, n);
        value = value.slice(n);
        break;
      }
      case 'frac0': {
        const sep = value[0];
        if (sep !== '.' && sep !== ',') fail();
        const digits = value.slice(1, 1 + chunk.digits);
        if (!/^\d+$/.test(digits) || digits.length !== chunk.digits) fail();
        r.nanosecond = Number((digits + '000000000').slice(0, 9));
        value = value.slice(1 + chunk.digits);
        break;
      }
      case 'frac9': {
        // Optional, any number of digits, as in Go.
        const m = /^[.,](\d+)/.exec(value);
        if (m === null) break;
        r.nanosecond = Number((m[1]! + '000000000').slice(0, 9));
        value = value.slice(m[0].length);
        break;
      }
      default: {
        // Numeric offsets: -0700 -07:00 -07 -070000 -07:00:00 and their Z forms.
        if (std.startsWith('Z') && value[0] === 'Z') {
          r.utc = true;
          value = value.slice(1);
          break;
        }
        const form = std.slice(1);
        const pattern = form.replace(/0|7/g, '\\d').replace(/^/, '^[+-]');
        const m = new RegExp(pattern).exec(value);
        if (m === null) fail();
        const text = m![0];
        const digits = text.slice(1).replace(/:/g, '');
        const hh = Number(digits.slice(0, 2));
        const mm = Number(digits.slice(2, 4) || '0');
        const ss = Number(digits.slice(4, 6) || '0');
        if (hh > 24 || mm > 59 || ss > 59) bad(original, layout, 'time zone offset out of range');
        r.offset = (text[0] === '-' ? -1 : 1) * (hh * 3600 + mm * 60 + ss);
        value = value.slice(text.length);
      }
    }
  }
  if (value.length > 0) bad(original, layout, `extra text: ${JSON.stringify(value)}`);
  if (pm === true && r.hour < 12) r.hour += 12;
  else if (pm === false && r.hour === 12) r.hour = 0;
  if (r.yearDay >= 0) {
    let m = 1;
    let d = r.yearDay;
    while (m < 12 && d > daysIn(m, r.year)) d -= daysIn(m++, r.year);
    r.month = m;
    r.day = d;
  }
  if (r.day > daysIn(r.month, r.year)) bad(original, layout, 'day out of range');
  return r;
}

export function isParseError(error: unknown): boolean {
  return error instanceof ParseError;
}
