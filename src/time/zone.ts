/**
 * Go's *time.Location, reduced to what vellum needs: a name and, for any
 * instant, the abbreviation and offset in effect. Fixed zones come from
 * offsets written in dates; named IANA zones (Hugo's `timeZone` setting) are
 * resolved through Intl, with abbreviations from the system tzdata as Go does.
 */
import { readFileSync } from 'node:fs';

export interface Location {
  readonly name: string;
  lookup(unixSeconds: number): { abbreviation: string; offset: number };
}

export function fixedZone(name: string, offset: number): Location {
  const answer = { abbreviation: name, offset };
  return { name, lookup: () => answer };
}

/** Go's time.UTC. A container without TZ makes Go's Local the same zone. */
export const UTC: Location = fixedZone('UTC', 0);

/**
 * The zone a numeric offset from a date's text lives in. Go gives it no name
 * (so `MST` prints "+0200"), except that an offset equal to the local zone's
 * (UTC for Hugo by default) reuses the local zone, so "+00:00" prints "UTC".
 */
export function zoneForOffset(offset: number, name = ''): Location {
  if (offset === 0 && name === '') return UTC;
  return fixedZone(name, offset);
}

const ianaCache = new Map<string, Location>();

/**
 * Zone abbreviations by UTC offset ("CET", "CEST") from the system's tzdata,
 * which is where Go reads them too; null when the file is missing. Intl only
 * knows names like "GMT+2" for most zones.
 */
function tzdataAbbreviations(name: string): ((unixSeconds: number, offset: number) => string | undefined) | null {
  let data: Buffer;
  try {
    if (!/^[A-Za-z0-9_+\-]+(\/[A-Za-z0-9_+\-]+)*$/.test(name)) return null;
    data = readFileSync(`/usr/share/zoneinfo/${name}`);
  } catch {
    return null;
  }
  if (data.toString('latin1', 0, 4) !== 'TZif') return null;
  const header = (at: number): number[] => [0, 1, 2, 3, 4, 5].map((i) => data.readUInt32BE(at + 20 + i * 4));
  let [isut, isstd, leap, timecnt, typecnt, charcnt] = header(0) as [number, number, number, number, number, number];
  let at = 44;
  let timeSize = 4;
  if (data[4]! >= 0x32) {
    // Skip the 32-bit block and read the 64-bit one that follows.
    at += timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
    [isut, isstd, leap, timecnt, typecnt, charcnt] = header(at) as [number, number, number, number, number, number];
    at += 44;
    timeSize = 8;
  }
  const typesAt = at + timecnt * timeSize;
  const infoAt = typesAt + timecnt;
  const charsAt = infoAt + typecnt * 6;
  const abbreviation = (type: number): [number, string] => {
    const offset = data.readInt32BE(infoAt + type * 6);
    const index = data[infoAt + type * 6 + 5]!;
    const end = data.indexOf(0, charsAt + index);
    return [offset, data.toString('latin1', charsAt + index, end)];
  };
  const byOffset = new Map<number, string>();
  // Every type, then the types in transition order, so the latest use of an offset names it.
  for (let t = 0; t < typecnt; t++) byOffset.set(...abbreviation(t));
  const times: number[] = [];
  for (let i = 0; i < timecnt; i++) {
    times.push(timeSize === 8 ? Number(data.readBigInt64BE(at + i * 8)) : data.readInt32BE(at + i * 4));
    byOffset.set(...abbreviation(data[typesAt + i]!));
  }
  return (unixSeconds, offset) => {
    // The transition in effect names the zone when its offset agrees; past the table, the latest name for the offset.
    let lo = 0;
    let hi = times.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! <= unixSeconds) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found >= 0 && found < times.length - 1) {
      const [typeOffset, abbr] = abbreviation(data[typesAt + found]!);
      if (typeOffset === offset) return abbr;
    }
    return byOffset.get(offset);
  };
}

/** An IANA zone such as "Europe/Oslo"; throws for an unknown name, as Go's LoadLocation does. */
export function loadLocation(name: string): Location {
  if (name === '' || name === 'UTC') return UTC;
  const cached = ianaCache.get(name);
  if (cached !== undefined) return cached;
  let format: Intl.DateTimeFormat;
  let shortNames: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' });
    shortNames = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'short' });
  } catch {
    throw new Error(`unknown time zone ${name}`);
  }
  const tzdata = tzdataAbbreviations(name);
  const part = (f: Intl.DateTimeFormat, ms: number): string =>
    f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const location: Location = {
    name,
    lookup(unixSeconds) {
      const ms = unixSeconds * 1000;
      const m = /GMT([+-])(\d\d):(\d\d)/.exec(part(format, ms));
      const offset = m === null ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60);
      const known = tzdata?.(unixSeconds, offset);
      if (known !== undefined) return { abbreviation: known, offset };
      let abbreviation = part(shortNames, ms);
      if (abbreviation.startsWith('GMT') || abbreviation.startsWith('UTC')) {
        // tzdata names zones without a customary abbreviation "+03" or "-0330".
        const abs = Math.abs(offset);
        const hh = String(Math.floor(abs / 3600)).padStart(2, '0');
        const mm = Math.floor(abs / 60) % 60;
        abbreviation = offset === 0 ? 'UTC' : `${offset < 0 ? '-' : '+'}${hh}${mm === 0 ? '' : String(mm).padStart(2, '0')}`;
      }
      return { abbreviation, offset };
    },
  };
  ianaCache.set(name, location);
  return location;
}
