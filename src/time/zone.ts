/**
 * Go's *time.Location, reduced to what vellum needs: a name and, for any
 * instant, the abbreviation and offset in effect. Fixed zones come from
 * offsets written in dates; named IANA zones (Hugo's `timeZone` setting) are
 * resolved through Intl.
 */
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
  const part = (f: Intl.DateTimeFormat, ms: number): string =>
    f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const location: Location = {
    name,
    lookup(unixSeconds) {
      const ms = unixSeconds * 1000;
      const m = /GMT([+-])(\d\d):(\d\d)/.exec(part(format, ms));
      const offset = m === null ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60);
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
