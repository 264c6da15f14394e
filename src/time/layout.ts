/**
 * Go's reference-time layouts ("Mon Jan 2 15:04:05 MST 2006"): a layout is
 * split into literal text and elements, exactly as Go's nextStdChunk does, so
 * both formatting and parsing agree on what counts as an element.
 */

export type Std =
  | 'Jan' | 'January' | '1' | '01' | 'Mon' | 'Monday' | '2' | '_2' | '02' | '__2' | '002'
  | '15' | '3' | '03' | '4' | '04' | '5' | '05' | '06' | '2006' | 'PM' | 'pm' | 'MST'
  | 'Z070000' | 'Z0700' | 'Z07:00:00' | 'Z07:00' | 'Z07' | '-070000' | '-0700' | '-07:00:00' | '-07:00' | '-07'
  | 'frac0' | 'frac9';

export interface Chunk {
  /** Literal text before the element. */
  prefix: string;
  std: Std | null;
  /** For fractional seconds: the number of digits and the separator. */
  digits: number;
  separator: string;
}

const isDigit = (s: string, i: number): boolean => i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

/** The first element in `layout` at or after `i`, as [start, std, end, digits]. */
function findStd(layout: string, from: number): [number, Std, number, number] | null {
  for (let i = from; i < layout.length; i++) {
    const rest = layout.slice(i);
    switch (layout[i]) {
      case 'J':
        if (rest.startsWith('January')) return [i, 'January', i + 7, 0];
        if (rest.startsWith('Jan')) return [i, 'Jan', i + 3, 0];
        break;
      case 'M':
        if (rest.startsWith('Monday')) return [i, 'Monday', i + 6, 0];
        if (rest.startsWith('Mon')) return [i, 'Mon', i + 3, 0];
        if (rest.startsWith('MST')) return [i, 'MST', i + 3, 0];
        break;
      case '0': {
        const c = layout[i + 1];
        if (c !== undefined && c >= '1' && c <= '6') return [i, `0${c}` as Std, i + 2, 0];
        if (rest.startsWith('002')) return [i, '002', i + 3, 0];
        break;
      }
      case '1':
        if (layout[i + 1] === '5') return [i, '15', i + 2, 0];
        return [i, '1', i + 1, 0];
      case '2':
        if (rest.startsWith('2006')) return [i, '2006', i + 4, 0];
        return [i, '2', i + 1, 0];
      case '_':
        if (layout[i + 1] === '2') {
          // "_2006" is a literal underscore before a year, as in Go.
          if (rest.startsWith('_2006')) return [i + 1, '2006', i + 5, 0];
          return [i, '_2', i + 2, 0];
        }
        if (rest.startsWith('__2')) return [i, '__2', i + 3, 0];
        break;
      case '3':
      case '4':
      case '5':
        return [i, layout[i] as Std, i + 1, 0];
      case 'P':
        if (layout[i + 1] === 'M') return [i, 'PM', i + 2, 0];
        break;
      case 'p':
        if (layout[i + 1] === 'm') return [i, 'pm', i + 2, 0];
        break;
      case '-':
      case 'Z': {
        const sign = layout[i];
        for (const form of ['070000', '07:00:00', '0700', '07:00', '07']) {
          if (rest.startsWith(sign + form)) return [i, (sign + form) as Std, i + 1 + form.length, 0];
        }
        break;
      }
      case '.':
      case ',': {
        const ch = layout[i + 1];
        if (ch === '0' || ch === '9') {
          let j = i + 1;
          while (j < layout.length && layout[j] === ch) j++;
          if (!isDigit(layout, j)) return [i, ch === '0' ? 'frac0' : 'frac9', j, j - (i + 1)];
        }
        break;
      }
      default:
        break;
    }
  }
  return null;
}

const cache = new Map<string, Chunk[]>();

/** The layout as a list of chunks; the last chunk may have `std: null`. Cached per layout. */
export function chunks(layout: string): Chunk[] {
  let list = cache.get(layout);
  if (list !== undefined) return list;
  list = [];
  let pos = 0;
  for (;;) {
    const found = findStd(layout, pos);
    if (found === null) {
      if (pos < layout.length) list.push({ prefix: layout.slice(pos), std: null, digits: 0, separator: '' });
      break;
    }
    const [start, std, end, digits] = found;
    list.push({ prefix: layout.slice(pos, start), std, digits, separator: digits > 0 ? layout[start] ?? '.' : '' });
    pos = end;
  }
  if (cache.size > 500) cache.clear();
  cache.set(layout, list);
  return list;
}
