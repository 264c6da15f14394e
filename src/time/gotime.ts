import { civilFromDays, daysFromCivil, longDayNames, longMonthNames, weekdayFromDays, yearDay } from './calendar.js';
import { formatFields, type Fields } from './format.js';
import { parseFields, type ParsedFields } from './parse.js';
import { UTC, zoneForOffset, type Location } from './zone.js';
import { GoDuration } from './duration.js';
import { hugoDateFormats } from './formats.js';

/** Go's time.Month: prints as "October", compares and formats with %d as 10. */
export class GoMonth {
  static readonly goTypeName = 'time.Month';
  readonly goKind = 'int';
  constructor(readonly value: number) {}
  String(): string { return longMonthNames[this.value - 1] ?? `%!Month(${this.value})`; }
  toString(): string { return this.String(); }
  valueOf(): number { return this.value; }
}

/** Go's time.Weekday (0 = Sunday). */
export class GoWeekday {
  static readonly goTypeName = 'time.Weekday';
  readonly goKind = 'int';
  constructor(readonly value: number) {}
  String(): string { return longDayNames[this.value] ?? `%!Weekday(${this.value})`; }
  toString(): string { return this.String(); }
  valueOf(): number { return this.value; }
}

const NS = 1_000_000_000n;

/** Where parseTomlWithTimes keeps a TOML date-time's text, offset included. */
export const writtenText = Symbol.for('vellum.writtenText');
/** Seconds from Go's zero time (0001-01-01 UTC) to the Unix epoch. */
const zeroToUnix = 62135596800;

/**
 * Go's time.Time: an instant (Unix seconds + nanoseconds) and the location it
 * is shown in, so a date written with "+02:00" keeps printing 17:01 +0200.
 */
export class GoTime {
  static readonly goTypeName = 'time.Time';
  private fieldsCache: Fields | undefined;

  private constructor(
    /** Whole seconds since the Unix epoch. */
    readonly unixSeconds: number,
    /** 0 ≤ nanos < 1e9. */
    readonly nanos: number,
    readonly location: Location,
  ) {}

  /** Go's time.Date: fields out of range are normalised (month 13 → January next year). */
  static date(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, nanosecond = 0, location: Location = UTC): GoTime {
    const m0 = month - 1;
    const y = year + Math.floor(m0 / 12);
    const m = (((m0 % 12) + 12) % 12) + 1;
    const extraSec = Math.floor(nanosecond / 1e9);
    const ns = nanosecond - extraSec * 1e9;
    const days = daysFromCivil(y, m, 1) + day - 1;
    const civil = days * 86400 + hour * 3600 + minute * 60 + second + extraSec;
    // As Go: guess the offset at the civil time, then correct it once.
    const guess = location.lookup(civil).offset;
    let unix = civil - guess;
    const actual = location.lookup(unix).offset;
    if (actual !== guess) unix = civil - actual;
    return new GoTime(unix, ns, location);
  }

  static fromUnix(seconds: number, nanos = 0, location: Location = UTC): GoTime {
    const carry = Math.floor(nanos / 1e9);
    return new GoTime(Math.floor(seconds) + carry, nanos - carry * 1e9, location);
  }

  /** 0001-01-01 00:00:00 +0000 UTC, Go's zero Time (what undated pages get). */
  static zero(): GoTime {
    return new GoTime(-zeroToUnix, 0, UTC);
  }

  /**
   * A date as Hugo reads it from front matter or `time "…"`: the forms in
   * formats.ts, tried in order. Forms without an offset are wall time in
   * `defaultZone` (a Location, or an offset in seconds; UTC unless the site
   * sets timeZone). Throws a plain Error naming the text on failure.
   */
  static parse(text: string, defaultZone: Location | number = UTC): GoTime {
    const location = typeof defaultZone === 'number' ? zoneForOffset(defaultZone) : defaultZone;
    const value = String(text);
    for (const { layout, zone } of hugoDateFormats) {
      let fields: ParsedFields;
      try {
        fields = parseFields(layout, value);
      } catch {
        continue;
      }
      if (zone === 'none' || zone === 'named') {
        return GoTime.date(fields.year, fields.month, fields.day, fields.hour, fields.minute, fields.second, fields.nanosecond, location);
      }
      return fromParsed(fields, location);
    }
    throw new Error(`unable to parse date: ${value}`);
  }

  /**
   * A JS Date from a TOML or YAML parser. Dates from parseTomlWithTimes (or
   * any Date carrying the written text under `writtenText`) keep their
   * offset; @iarna/toml's local dates and local date-times are wall time in
   * `defaultZone`; any other Date is shown at `offsetSeconds` (UTC by default).
   */
  static fromDate(date: Date, offsetSeconds?: number, defaultZone: Location = UTC): GoTime {
    const tagged = date as Date & { [writtenText]?: string; isDate?: boolean; isFloating?: boolean };
    const written = tagged[writtenText];
    if (tagged.isDate === true || tagged.isFloating === true) {
      const ms = date.getTime();
      const ns = (((ms % 1000) + 1000) % 1000) * 1e6;
      return GoTime.date(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(),
        date.getUTCMinutes(), date.getUTCSeconds(), ns, defaultZone);
    }
    if (written !== undefined) {
      // Hugo re-reads TOML date-times through RFC3339 (htime.ToTimeInDefaultLocationE),
      // which keeps the offset but drops fractional seconds.
      const m = /^(.{19})(?:\.\d+)?(Z|[+-]\d\d:\d\d)$/i.exec(written.replace(' ', 'T'));
      if (m !== null) return GoTime.parseLayout('2006-01-02T15:04:05Z07:00', `${m[1]}${m[2]!.toUpperCase()}`, defaultZone);
    }
    const ms = date.getTime();
    const seconds = Math.floor(ms / 1000);
    const location = offsetSeconds === undefined ? UTC : zoneForOffset(offsetSeconds);
    return GoTime.fromUnix(seconds, (ms - seconds * 1000) * 1e6, location);
  }

  /** Go's time.Parse with an explicit layout; dates without a zone land in `defaultLocation`. */
  static parseLayout(layout: string, text: string, defaultLocation: Location = UTC): GoTime {
    return fromParsed(parseFields(layout, text), defaultLocation);
  }

  static fromParsed(fields: ParsedFields, defaultLocation: Location = UTC): GoTime {
    return fromParsed(fields, defaultLocation);
  }

  private get fields(): Fields {
    if (this.fieldsCache !== undefined) return this.fieldsCache;
    const { abbreviation, offset } = this.location.lookup(this.unixSeconds);
    const local = this.unixSeconds + offset;
    const days = Math.floor(local / 86400);
    const secOfDay = local - days * 86400;
    const { year, month, day } = civilFromDays(days);
    this.fieldsCache = {
      year, month, day,
      hour: Math.floor(secOfDay / 3600), minute: Math.floor(secOfDay / 60) % 60, second: secOfDay % 60,
      nanosecond: this.nanos, weekday: weekdayFromDays(days), yearDay: yearDay(year, month, day),
      offset, zone: abbreviation,
    };
    return this.fieldsCache;
  }

  Format(layout: string): string { return formatFields(this.fields, String(layout)); }
  Year(): number { return this.fields.year; }
  Month(): GoMonth { return new GoMonth(this.fields.month); }
  Day(): number { return this.fields.day; }
  Hour(): number { return this.fields.hour; }
  Minute(): number { return this.fields.minute; }
  Second(): number { return this.fields.second; }
  Nanosecond(): number { return this.nanos; }
  YearDay(): number { return this.fields.yearDay; }
  Weekday(): GoWeekday { return new GoWeekday(this.fields.weekday); }
  Unix(): number { return this.unixSeconds; }
  UnixMilli(): number { return this.unixSeconds * 1000 + Math.floor(this.nanos / 1e6); }
  UnixMicro(): number { return this.unixSeconds * 1e6 + Math.floor(this.nanos / 1e3); }
  UnixNano(): number { return Number(this.totalNanos()); }
  IsZero(): boolean { return this.unixSeconds === -zeroToUnix && this.nanos === 0; }
  Before(t: GoTime): boolean { return this.compare(t) < 0; }
  After(t: GoTime): boolean { return this.compare(t) > 0; }
  Equal(t: GoTime): boolean { return this.compare(t) === 0; }
  /** Go 1.20's Time.Compare: -1, 0 or +1. */
  Compare(t: GoTime): number { return this.compare(t); }
  Location(): string { return this.location.name === '' ? this.fields.zone : this.location.name; }

  AddDate(years: number, months: number, days: number): GoTime {
    const f = this.fields;
    return GoTime.date(f.year + years, f.month + months, f.day + days, f.hour, f.minute, f.second, f.nanosecond, this.location);
  }

  /** Adds a duration in nanoseconds (a GoDuration or a number). */
  Add(duration: GoDuration | number): GoTime {
    const total = this.totalNanos() + BigInt(Math.trunc(Number(duration)));
    return GoTime.fromNanos(total, this.location);
  }

  Sub(t: GoTime): GoDuration {
    return new GoDuration(Number(this.totalNanos() - t.totalNanos()));
  }

  /** Rounds to a multiple of `duration` since Go's zero time (halfway rounds up). */
  Round(duration: GoDuration | number): GoTime {
    const d = BigInt(Math.trunc(Number(duration)));
    if (d <= 0n) return this;
    const sinceZero = this.totalNanos() + BigInt(zeroToUnix) * NS;
    const rem = ((sinceZero % d) + d) % d;
    const down = this.totalNanos() - rem;
    return GoTime.fromNanos(rem + rem < d ? down : down + d, this.location);
  }

  Truncate(duration: GoDuration | number): GoTime {
    const d = BigInt(Math.trunc(Number(duration)));
    if (d <= 0n) return this;
    const sinceZero = this.totalNanos() + BigInt(zeroToUnix) * NS;
    return GoTime.fromNanos(this.totalNanos() - (((sinceZero % d) + d) % d), this.location);
  }

  UTC(): GoTime { return new GoTime(this.unixSeconds, this.nanos, UTC); }
  /** Go's Local; vellum, like Hugo in a container without TZ, treats Local as UTC. */
  Local(): GoTime { return this.UTC(); }
  In(location: Location): GoTime { return new GoTime(this.unixSeconds, this.nanos, location); }

  /** Go's default form, what `{{ .Date }}` prints: "2016-10-07 17:01:56 +0200 +0200". */
  String(): string { return this.Format('2006-01-02 15:04:05.999999999 -0700 MST'); }
  toString(): string { return this.String(); }
  toDate(): Date { return new Date(this.UnixMilli()); }
  /** Epoch milliseconds, so times sort and compare with < in JS. */
  valueOf(): number { return this.UnixMilli(); }
  toJSON(): string { return this.Format('2006-01-02T15:04:05.999999999Z07:00'); }

  private totalNanos(): bigint {
    return BigInt(this.unixSeconds) * NS + BigInt(this.nanos);
  }

  private compare(t: GoTime): number {
    if (this.unixSeconds !== t.unixSeconds) return this.unixSeconds < t.unixSeconds ? -1 : 1;
    return Math.sign(this.nanos - t.nanos);
  }

  private static fromNanos(total: bigint, location: Location): GoTime {
    let sec = total / NS;
    let ns = total % NS;
    if (ns < 0n) {
      ns += NS;
      sec -= 1n;
    }
    return new GoTime(Number(sec), Number(ns), location);
  }
}

/** Go's rule for choosing the zone of a parsed time (see time.Parse). */
function fromParsed(p: ParsedFields, defaultLocation: Location): GoTime {
  if (p.utc) return GoTime.date(p.year, p.month, p.day, p.hour, p.minute, p.second, p.nanosecond, UTC);
  if (p.offset !== null) {
    return GoTime.date(p.year, p.month, p.day, p.hour, p.minute, p.second, p.nanosecond, zoneForOffset(p.offset, p.zoneName));
  }
  if (p.zoneName !== '') {
    // An abbreviation alone: Go makes a zone of that name with offset 0 (GMT+h excepted).
    const gmt = /^GMT([+-]\d+)$/.exec(p.zoneName);
    const offset = gmt === null ? 0 : Number(gmt[1]) * 3600;
    return GoTime.date(p.year, p.month, p.day, p.hour, p.minute, p.second, p.nanosecond, zoneForOffset(offset, p.zoneName));
  }
  return GoTime.date(p.year, p.month, p.day, p.hour, p.minute, p.second, p.nanosecond, defaultLocation);
}
