import { chunks } from './layout.js';
import { longDayNames, longMonthNames } from './calendar.js';

/** The broken-down fields Format needs, in the time's own zone. */
export interface Fields {
  year: number; month: number; day: number; hour: number; minute: number; second: number;
  nanosecond: number; weekday: number; yearDay: number; offset: number; zone: string;
}

const pad = (n: number, width: number, fill = '0'): string => {
  const s = String(Math.abs(n)).padStart(width, fill);
  return n < 0 ? `-${s}` : s;
};

/** Go's Time.Format for a layout such as "Mon Jan 2 15:04:05 MST 2006". */
export function formatFields(f: Fields, layout: string): string {
  let out = '';
  for (const chunk of chunks(layout)) {
    out += chunk.prefix;
    switch (chunk.std) {
      case null: break;
      case 'Jan': out += longMonthNames[f.month - 1]!.slice(0, 3); break;
      case 'January': out += longMonthNames[f.month - 1]; break;
      case '1': out += f.month; break;
      case '01': out += pad(f.month, 2); break;
      case 'Mon': out += longDayNames[f.weekday]!.slice(0, 3); break;
      case 'Monday': out += longDayNames[f.weekday]; break;
      case '2': out += f.day; break;
      case '_2': out += pad(f.day, 2, ' '); break;
      case '02': out += pad(f.day, 2); break;
      case '__2': out += pad(f.yearDay, 3, ' '); break;
      case '002': out += pad(f.yearDay, 3); break;
      case '15': out += pad(f.hour, 2); break;
      case '3': out += f.hour % 12 === 0 ? 12 : f.hour % 12; break;
      case '03': out += pad(f.hour % 12 === 0 ? 12 : f.hour % 12, 2); break;
      case '4': out += f.minute; break;
      case '04': out += pad(f.minute, 2); break;
      case '5': out += f.second; break;
      case '05': out += pad(f.second, 2); break;
      case '06': out += pad(((f.year % 100) + 100) % 100, 2); break;
      case '2006': out += pad(f.year, 4); break;
      case 'PM': out += f.hour >= 12 ? 'PM' : 'AM'; break;
      case 'pm': out += f.hour >= 12 ? 'pm' : 'am'; break;
      case 'MST':
        // A zone without a name (a numeric offset from the source) prints as -0700, as in Go.
        out += f.zone !== '' ? f.zone : numericZone(f.offset, false, true, false);
        break;
      case 'frac0':
      case 'frac9':
        out += fraction(f.nanosecond, chunk.digits, chunk.separator, chunk.std === 'frac9');
        break;
      default: {
        const std = chunk.std;
        if (std.startsWith('Z') && f.offset === 0) {
          out += 'Z';
          break;
        }
        const colon = std.includes(':');
        const minutes = std !== '-07' && std !== 'Z07';
        const seconds = std.endsWith('0000') || std.endsWith(':00:00');
        out += numericZone(f.offset, colon, minutes, seconds);
      }
    }
  }
  return out;
}

function numericZone(offset: number, colon: boolean, minutes: boolean, seconds: boolean): string {
  const abs = Math.abs(offset);
  let s = (offset < 0 ? '-' : '+') + pad(Math.floor(abs / 3600), 2);
  if (minutes) s += (colon ? ':' : '') + pad(Math.floor(abs / 60) % 60, 2);
  if (seconds) s += (colon ? ':' : '') + pad(abs % 60, 2);
  return s;
}

function fraction(ns: number, digits: number, separator: string, trim: boolean): string {
  let s = pad(ns, 9).slice(0, Math.min(digits, 9));
  if (trim) {
    s = s.replace(/0+$/, '');
    if (s === '') return '';
  }
  return separator + s;
}
