/** Hugo's time namespace: time/time.AsTime, dateFormat/time.Format, now, durations. */
import { GoDuration, GoTime, loadLocation, parseDuration, UTC, type Location } from '../../time/index.js';
import { GoFloat, isNumber } from '../engine/values.js';
import { isSafe, toIntE, toStringE } from './go.js';
import type { Namespace } from './registry.js';

/** Hugo's htime.ToTimeInDefaultLocationE: times pass through, strings parse, numbers are Unix seconds. */
export function toTime(v: unknown, location: Location = UTC): GoTime {
  if (v instanceof GoTime) return v;
  if (v instanceof Date) return GoTime.fromDate(v, undefined, location);
  if (typeof v === 'string' || isSafe(v)) return GoTime.parse(String(v), location);
  if (isNumber(v)) return GoTime.fromUnix(Math.trunc(v instanceof GoFloat ? v.value : v));
  throw new Error(`unable to cast ${toStringE(v)} to Time`);
}

/** Hugo's localized layouts (":date_long" …) for English, as golang.org/x/text gives them. */
const namedLayouts: Record<string, string> = {
  ':date_full': 'Monday, January 2, 2006',
  ':date_long': 'January 2, 2006',
  ':date_medium': 'Jan 2, 2006',
  ':date_short': '1/2/06',
  ':time_full': '3:04:05 pm MST',
  ':time_long': '3:04:05 pm MST',
  ':time_medium': '3:04:05 pm',
  ':time_short': '3:04 pm',
};

export function formatTime(layout: string, t: GoTime): string {
  const named = namedLayouts[layout];
  if (named === undefined) return t.Format(layout);
  // The localized form prints the zone abbreviation, which is empty for a numeric offset.
  if (named.endsWith(' MST')) {
    const zone = t.Format('MST');
    return `${t.Format(named.slice(0, -4))} ${/^[+-]\d+$/.test(zone) ? '' : zone}`;
  }
  return t.Format(named);
}

const durationUnits: Record<string, number> = {
  nanosecond: 1, ns: 1, microsecond: 1e3, us: 1e3, 'µs': 1e3, millisecond: 1e6, ms: 1e6,
  second: 1e9, s: 1e9, minute: 6e10, m: 6e10, hour: 3.6e12, h: 3.6e12,
};

function duration(unit: unknown, n: unknown): GoDuration {
  const scale = durationUnits[toStringE(unit)];
  if (scale === undefined) throw new Error(`${toStringE(unit)} is not a valid time unit`);
  // Hugo casts the number to an int first: `duration "h" 1.5` is 1h.
  return new GoDuration(toIntE(n) * scale);
}

export const timeNamespace: Namespace = (hooks) => {
  const asTime = (v: unknown, tz?: unknown): GoTime => toTime(v, tz === undefined ? UTC : loadLocation(toStringE(tz)));
  // As in Hugo, `time` is both a function and the namespace: with no argument it returns the
  // namespace, so `time.Format "…" $t` also works when parsed as a call of `time` plus a method.
  const namespace = {
    AsTime: asTime,
    Format: (layout: unknown, v: unknown) => formatTime(toStringE(layout), toTime(v)),
    Now: () => hooks.now(),
    ParseDuration: (s: unknown) => parseDuration(toStringE(s)),
    Duration: (unit: unknown, n: unknown) => duration(unit, n),
  };
  const format = (layout: unknown, v: unknown): string => formatTime(toStringE(layout), toTime(v));
  return [
    { name: 'time.AsTime', fn: asTime },
    { name: 'time', fn: (...args: unknown[]) => (args.length === 0 ? namespace : asTime(args[0], args[1])), examples: [
      ['{{ time "2016-10-07T17:01:56+02:00" }}', '2016-10-07 17:01:56 &#43;0200 &#43;0200'],
      ['{{ time 1475852516 }}', '2016-10-07 15:01:56 &#43;0000 UTC'],
      ['{{ time "2016-10-07" "America/New_York" }}', '2016-10-07 00:00:00 -0400 EDT'],
      ['{{ (time "2020-02-03").Year }}', '2020'],
    ] },
    { name: 'time.Format', aliases: ['dateFormat'], fn: format, examples: [
      ['{{ dateFormat "Jan 2 2006" "2020-03-04" }}', 'Mar 4 2020'],
      ['{{ time.Format "Jan 2, 2006" (time "2016-10-07T17:01:56+02:00") }}', 'Oct 7, 2016'],
      ['{{ dateFormat "Jan 2" 1475852516 }}', 'Oct 7'],
      ['{{ time.Format ":date_full" (time "2016-10-07T17:01:56+02:00") }}', 'Friday, October 7, 2016'],
      ['{{ time.Format ":date_short" (time "2016-10-07T17:01:56+02:00") }}', '10/7/16'],
      ['{{ time.Format ":time_long" (time "2016-10-07T17:01:56+02:00") }}', '5:01:56 pm '],
    ] },
    { name: 'time.Now', aliases: ['now'], fn: () => hooks.now(), examples: [['{{ now.Year }}', '2024']] },
    { name: 'time.ParseDuration', fn: (s: unknown) => parseDuration(toStringE(s)), examples: [
      ['{{ time.ParseDuration "90m" }}', '1h30m0s'], ['{{ (time.ParseDuration "1.5h").Minutes }}', '90'],
      ['{{ time.ParseDuration "1500us" }}', '1.5ms'],
    ] },
    { name: 'time.Duration', aliases: ['duration'], fn: duration, examples: [['{{ duration "minute" 90 }}', '1h30m0s'], ['{{ time.Duration "s" 3 }}', '3s']] },
  ];
};
