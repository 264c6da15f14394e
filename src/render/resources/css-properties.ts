/**
 * Per-property shortenings of the Pipes CSS minifier, the ones tdewolff/minify
 * v2.12.4 applies under Hugo 0.111.3 (KeepCSS2): shorthand boxes collapse
 * (`margin:0 0` → `margin:0`), defaults drop out of `border`, `outline`,
 * `background` and `font`, colours take their shortest spelling.
 */

import { isIdent } from './css-tokenize.js';
import { value, hexToName, type Value } from './css-values.js';

/** Colour names with a shorter hex spelling (tdewolff's ShortenColorName). */
const nameToHex: Record<string, string> = Object.fromEntries(
  ('black:#000 darkblue:#00008b mediumblue:#0000cd darkgreen:#006400 darkcyan:#008b8b deepskyblue:#00bfff ' +
    'darkturquoise:#00ced1 mediumspringgreen:#00fa9a springgreen:#00ff7f midnightblue:#191970 dodgerblue:#1e90ff ' +
    'lightseagreen:#20b2aa forestgreen:#228b22 seagreen:#2e8b57 darkslategray:#2f4f4f limegreen:#32cd32 ' +
    'mediumseagreen:#3cb371 turquoise:#40e0d0 royalblue:#4169e1 steelblue:#4682b4 darkslateblue:#483d8b ' +
    'mediumturquoise:#48d1cc darkolivegreen:#556b2f cadetblue:#5f9ea0 cornflowerblue:#6495ed mediumaquamarine:#66cdaa ' +
    'slateblue:#6a5acd olivedrab:#6b8e23 slategray:#708090 lightslateblue:#789 mediumslateblue:#7b68ee lawngreen:#7cfc00 ' +
    'chartreuse:#7fff00 aquamarine:#7fffd4 lightskyblue:#87cefa blueviolet:#8a2be2 darkmagenta:#8b008b saddlebrown:#8b4513 ' +
    'darkseagreen:#8fbc8f lightgreen:#90ee90 mediumpurple:#9370db darkviolet:#9400d3 palegreen:#98fb98 darkorchid:#9932cc ' +
    'yellowgreen:#9acd32 darkgray:#a9a9a9 lightblue:#add8e6 greenyellow:#adff2f paleturquoise:#afeeee lightsteelblue:#b0c4de ' +
    'powderblue:#b0e0e6 firebrick:#b22222 darkgoldenrod:#b8860b mediumorchid:#ba55d3 rosybrown:#bc8f8f darkkhaki:#bdb76b ' +
    'mediumvioletred:#c71585 indianred:#cd5c5c chocolate:#d2691e lightgray:#d3d3d3 goldenrod:#daa520 palevioletred:#db7093 ' +
    'gainsboro:#dcdcdc burlywood:#deb887 lightcyan:#e0ffff lavender:#e6e6fa darksalmon:#e9967a palegoldenrod:#eee8aa ' +
    'lightcoral:#f08080 aliceblue:#f0f8ff honeydew:#f0fff0 sandybrown:#f4a460 whitesmoke:#f5f5f5 mintcream:#f5fffa ' +
    'ghostwhite:#f8f8ff antiquewhite:#faebd7 lightgoldenrodyellow:#fafad2 fuchsia:#f0f magenta:#f0f deeppink:#ff1493 ' +
    'orangered:#ff4500 darkorange:#ff8c00 lightsalmon:#ffa07a lightpink:#ffb6c1 peachpuff:#ffdab9 navajowhite:#ffdead ' +
    'moccasin:#ffe4b5 mistyrose:#ffe4e1 blanchedalmond:#ffebcd papayawhip:#ffefd5 lavenderblush:#fff0f5 seashell:#fff5ee ' +
    'cornsilk:#fff8dc lemonchiffon:#fffacd floralwhite:#fffaf0 yellow:#ff0 lightyellow:#ffffe0 white:#fff')
    .split(' ').map((pair) => pair.split(':') as [string, string]),
);

export function minifyColor(v: Value): Value {
  if (v.type === 'ident') {
    const hex = nameToHex[v.ident];
    return hex === undefined ? v : value('hash', hex);
  }
  if (v.type !== 'hash') return v;
  let data = '#' + v.text.slice(1).toLowerCase();
  if (data.length === 9 && data[7] === data[8]) {
    if (data[7] === 'f') data = data.slice(0, 7);
    else if (data[7] === '0') data = '#0000';
  }
  const name = hexToName[data];
  if (name !== undefined) return value('ident', name);
  const d = data;
  if (d.length === 7 && d[1] === d[2] && d[3] === d[4] && d[5] === d[6]) data = '#' + d[1] + d[3] + d[5];
  else if (d.length === 9 && d[1] === d[2] && d[3] === d[4] && d[5] === d[6] && d[7] === d[8]) data = '#' + d[1] + d[3] + d[5] + d[7];
  return { ...v, text: data };
}

const isZero = (v: Value): boolean => (v.type === 'dimension' || v.type === 'percentage' || v.type === 'number') && v.text[0] === '0';
const lengthFunctions = new Set(['calc', 'min', 'max', 'clamp', 'attr', 'var', 'env']);
const isLength = (v: Value): boolean =>
  v.type === 'dimension' || (v.type === 'number' && v.text[0] === '0') || (v.type === 'function' && lengthFunctions.has(v.fun));
const isLengthPercentage = (v: Value): boolean => v.type === 'percentage' || isLength(v);
const same = (a: Value, b: Value): boolean =>
  a.type === b.type && a.text === b.text && (a.args?.length ?? 0) === (b.args?.length ?? 0)
  && (a.args ?? []).every((x, i) => x.type === b.args![i]!.type && x.text === b.args![i]!.text);
const ident = (text: string): Value => value('ident', text);
const num = (text: string): Value => value('number', text);

/** Drops the idents listed, minifies colours, and leaves `none` when nothing is left. */
function dropDefaults(values: Value[], defaults: string[]): Value[] {
  const out = values.filter((v) => !defaults.includes(v.ident)).map(minifyColor);
  return out.length === 0 ? [ident('none')] : out;
}

/** Applies `fn` to each comma-separated list in turn. */
function perList(values: Value[], fn: (list: Value[]) => Value[]): Value[] {
  const out: Value[] = [];
  let list: Value[] = [];
  for (const v of [...values, undefined]) {
    if (v !== undefined && v.type !== 'comma') { list.push(v); continue; }
    if (list.length > 0) out.push(...fn(list));
    if (v !== undefined) out.push(v);
    list = [];
  }
  return out;
}

export function minifyProperty(prop: string, values: Value[]): Value[] {
  if (values.length > 100) return values;
  const first = values[0]!;
  switch (prop) {
    case 'margin': case 'padding': case 'border-width': {
      const [a, b, c, d] = values;
      if (values.length === 2 && same(a!, b!)) return [a!];
      if (values.length === 3) {
        if (same(a!, b!) && same(a!, c!)) return [a!];
        if (same(a!, c!)) return [a!, b!];
      }
      if (values.length === 4) {
        if (same(a!, b!) && same(a!, c!) && same(a!, d!)) return [a!];
        if (same(a!, c!) && same(b!, d!)) return [a!, b!];
        if (same(b!, d!)) return [a!, b!, c!];
      }
      return values;
    }
    case 'border': case 'border-top': case 'border-right': case 'border-bottom': case 'border-left':
      return dropDefaults(values, ['none', 'currentcolor', 'medium']);
    case 'outline':
      return dropDefaults(values, ['invert', 'none', 'medium']);
    case 'column-rule':
      return dropDefaults(values, ['currentcolor', 'none', 'medium']);
    case 'text-decoration':
      return dropDefaults(values, ['currentcolor', 'none', 'solid']);
    case 'text-emphasis':
      return dropDefaults(values, ['currentcolor', 'none']);
    case 'text-shadow':
      return values.map(minifyColor);
    case 'color': case 'background-color': case 'caret-color': case 'outline-color': case 'fill': case 'stroke':
      return [minifyColor(first), ...values.slice(1)];
    case 'border-color': {
      const out = values.map((v) => (v.ident === 'currentcolor' ? ident('initial') : minifyColor(v)));
      return out.every((v) => v.text === out[0]!.text) ? out.slice(0, 1) : out;
    }
    case 'border-left-color': case 'border-right-color': case 'border-top-color': case 'border-bottom-color':
    case 'text-decoration-color': case 'text-emphasis-color':
      return [first.ident === 'currentcolor' ? ident('initial') : minifyColor(first), ...values.slice(1)];
    case 'font-weight':
      if (first.ident === 'normal') return [num('400'), ...values.slice(1)];
      if (first.ident === 'bold') return [num('700'), ...values.slice(1)];
      return values;
    case 'font-family':
      return values.map((v) => {
        if (v.type !== 'string' || v.text.length <= 2) return v;
        const text = v.text.toLowerCase();
        const inner = text.slice(1, -1);
        const unquote = inner.length === 0 || inner.split(' ').every((part) => part.length > 0 && isIdent(part));
        return { ...v, text: unquote ? inner : text };
      });
    case 'font':
      return minifyFont(values);
    case 'box-shadow':
      return perList(values, (list) => {
        if (list.length === 1 && list[0]!.ident === 'initial') return [ident('none')];
        let out = list;
        const lengths = out.map((v, i) => (isLength(v) ? i : -1)).filter((i) => i >= 0);
        if (lengths.length === 4 && isZero(out[lengths[3]!]!)) {
          out = out.filter((_, i) => i !== lengths[3]);
          lengths.pop();
        }
        if (lengths.length === 3 && isZero(out[lengths[2]!]!)) out = out.filter((_, i) => i !== lengths[2]);
        return out;
      });
    case 'flex': return minifyFlex(values);
    case 'flex-basis':
      if (first.ident === 'initial') return [ident('auto')];
      return [first.type !== 'number' && isZero(first) ? num(first.text[0]!) : first, ...values.slice(1)];
    case 'order': case 'flex-grow':
      return first.ident === 'initial' ? [num('0'), ...values.slice(1)] : values;
    case 'flex-shrink':
      return first.ident === 'initial' ? [num('1'), ...values.slice(1)] : values;
    case 'unicode-range': return minifyUnicodeRange(values);
    case 'background': return minifyBackground(values);
    case 'background-size': return perList(values, backgroundSize);
    case 'background-repeat': return perList(values, backgroundRepeat);
    case 'background-position': return perList(values, backgroundPosition);
    default:
      return values;
  }
}

function minifyFlex(values: Value[]): Value[] {
  const [a, b, c] = values;
  if (values.length === 2 && a!.type === 'number') {
    return b!.type !== 'number' && isZero(b!) ? [a!] : values;
  }
  if (values.length === 3 && a!.type === 'number' && b!.type === 'number' && a!.text.length === 1 && b!.text.length === 1) {
    if (c!.ident === 'auto') {
      if (a!.text === '0' && b!.text === '1') return [ident('initial')];
      if (a!.text === '1' && b!.text === '1') return [ident('auto')];
      if (a!.text === '0' && b!.text === '0') return [ident('none')];
      return values;
    }
    if (b!.text === '1' && isZero(c!)) return [a!];
    if (isZero(c!)) return [a!, b!];
    return [a!, b!, c!.type !== 'number' && isZero(c!) ? num(c!.text[0]!) : c!];
  }
  return values;
}

const fontSizeWords = new Set(['xx-small', 'x-small', 'small', 'medium', 'large', 'x-large', 'xx-large', 'smaller', 'larger', 'inherit', 'initial', 'unset']);

function minifyFont(input: Value[]): Value[] {
  let values = input;
  if (values.length <= 1) return values;
  let i = values.length - 1;
  for (let j = 2; j < values.length; j++) {
    if (values[j]!.type === 'comma') { i = j - 1; break; }
  }
  i--;
  for (; i > 0; i--) {
    const v = values[i]!;
    if (values[i - 1]!.type === 'delim' && values[i - 1]!.text === '/') break;
    if (v.type !== 'ident' && v.type !== 'string') break;
    if (fontSizeWords.has(v.ident)) break;
  }
  values = [...values.slice(0, i + 1), ...minifyProperty('font-family', values.slice(i + 1))];
  const family = values[i + 1];
  if (family !== undefined && family.text.startsWith('-')) values[i + 1] = { ...family, text: `'${family.text}'` };
  if (i > 0) {
    if (i > 1 && values[i - 1]!.type === 'delim' && values[i - 1]!.text === '/') {
      if (values[i]!.ident === 'normal') values.splice(i - 1, 2);
      i -= 2;
    }
    i--;
    for (; i > -1; i--) {
      const v = values[i]!;
      if (v.ident === 'normal') values.splice(i, 1);
      else if (v.ident === 'bold') values[i] = num('700');
      else if (v.type === 'number' && v.text === '400') values.splice(i, 1);
    }
  }
  return values;
}

function backgroundSize(list: Value[]): Value[] {
  return list.length === 2 && list[1]!.ident === 'auto' ? [list[0]!] : list;
}

function backgroundRepeat(list: Value[]): Value[] {
  const [a, b] = list;
  if (list.length !== 2 || a!.type !== 'ident' || b!.type !== 'ident') return list;
  if (a!.ident === b!.ident) return [a!];
  if (a!.ident === 'repeat' && b!.ident === 'no-repeat') return [ident('repeat-x')];
  if (a!.ident === 'no-repeat' && b!.ident === 'repeat') return [ident('repeat-y')];
  return list;
}

const isPositionWord = (v: Value): boolean => ['left', 'right', 'top', 'bottom', 'center'].includes(v.ident);

function backgroundPosition(input: Value[]): Value[] {
  let v = [...input];
  if (v.length === 3 || v.length === 4) {
    for (const i of [v.length - 1, 1]) {
      if (v.length > 2 && isZero(v[i]!)) v.splice(i, 1);
    }
    const j = v.length > 2 && v[2]!.type === 'ident' ? 2 : 1;
    const offsets: (Value | undefined)[] = [undefined, undefined];
    for (const i of [j, 0]) {
      const w = v[i]!;
      if (i + 1 < v.length && i + 1 !== j) {
        const next = v[i + 1]!;
        if (next.type === 'percentage' && (w.ident === 'right' || w.ident === 'bottom')) {
          v[i + 1] = value('percentage', `${100 - Number.parseInt(next.text, 10)}%`);
          v[i] = ident(w.ident === 'right' ? 'left' : 'top');
        }
        if (v[i]!.ident === 'left') offsets[0] = v[i + 1];
        else if (v[i]!.ident === 'top') offsets[1] = v[i + 1];
      } else if (w.ident === 'left') offsets[0] = num('0');
      else if (w.ident === 'top') offsets[1] = num('0');
      else if (w.ident === 'right') { offsets[0] = value('percentage', '100%'); v[i] = { ...w, ident: 'left' }; }
      else if (w.ident === 'bottom') { offsets[1] = value('percentage', '100%'); v[i] = { ...w, ident: 'top' }; }
    }
    let outOffsets = offsets;
    if (v[0]!.ident === 'center' || v[j]!.ident === 'center') {
      if (v[0]!.ident === 'left' || v[j]!.ident === 'left') outOffsets = offsets.slice(0, 1);
      else if (v[0]!.ident === 'top' || v[j]!.ident === 'top') outOffsets[0] = num('50%');
    }
    if (outOffsets[0] !== undefined && (outOffsets.length === 1 || outOffsets[1] !== undefined)) v = outOffsets as Value[];
  }
  if (v.length === 1 || v.length === 2) {
    if (v[0]!.ident === 'top' || v[0]!.ident === 'bottom') {
      if (v.length === 1) return v;
      v = [v[1]!, v[0]!];
    }
    for (let i = 0; i < v.length; i++) {
      const w = v[i]!;
      if (w.type === 'ident') {
        if (w.ident === 'left' || w.ident === 'top') v[i] = num('0');
        else if (w.ident === 'right' || w.ident === 'bottom') v[i] = value('percentage', '100%');
        else if (w.ident === 'center') {
          if (i === 0) v[i] = value('percentage', '50%');
          else { v.splice(1, 1); }
        }
      } else if (i === 1 && w.type === 'percentage' && w.text === '50%') v.splice(1, 1);
      else if (w.type === 'percentage' && w.text[0] === '0') v[i] = num('0');
    }
  }
  return v;
}

function minifyBackground(values: Value[]): Value[] {
  return perList(values, (input) => {
    let v = [...input];
    for (let i = 0; i < v.length; i++) {
      if (!(v[i]!.type === 'delim' && v[i]!.text === '/')) continue;
      const a = v[i + 1];
      const b = v[i + 2];
      const sizeLike = (x: Value | undefined): boolean => x !== undefined && (x.type === 'number' || isLengthPercentage(x) || x.ident === 'auto');
      if (!sizeLike(a)) continue;
      if (sizeLike(b)) {
        const size = backgroundSize([a!, b!]);
        if (size.length === 1 && size[0]!.ident === 'auto') { v.splice(i, 3); i--; }
        else { v.splice(i + 1, 2, ...size); i += size.length - 1; }
      } else if (a!.ident === 'auto') { v.splice(i, 2); i--; }
    }
    let paddingBox = -1;
    for (let i = 0; i < v.length; i++) {
      const h = v[i]!.ident;
      v[i] = minifyColor(v[i]!);
      const cur = v[i]!;
      if (cur.type === 'ident') {
        const repeatWord = (x: string): boolean => ['space', 'round', 'repeat', 'no-repeat'].includes(x);
        if (i + 1 < v.length && v[i + 1]!.type === 'ident' && repeatWord(h)) {
          if (repeatWord(v[i + 1]!.ident)) {
            const rep = backgroundRepeat([v[i]!, v[i + 1]!]);
            if (rep.length === 1 && rep[0]!.ident === 'repeat') { v.splice(i, 2); i--; }
            else { v.splice(i, 2, ...rep); i += rep.length - 1; }
            continue;
          }
        } else if (h === 'none' || h === 'scroll' || h === 'transparent') {
          v.splice(i, 1); i--; continue;
        } else if (h === 'border-box' || h === 'padding-box') {
          if (paddingBox === -1 && h === 'padding-box') paddingBox = i;
          else if (paddingBox !== -1 && h === 'border-box') {
            v.splice(i, 1);
            v.splice(paddingBox, 1);
            i -= 2;
          }
          continue;
        }
      } else if (cur.type === 'hash' && cur.text === '#0000') {
        v.splice(i, 1); i--; continue;
      }
      if (cur.type === 'number' || isLengthPercentage(cur) || ['left', 'right', 'top', 'bottom', 'center'].includes(h)) {
        let j = i + 1;
        while (j < v.length && (isPositionWord(v[j]!) || v[j]!.type === 'number' || isLengthPercentage(v[j]!))) j++;
        const pos = backgroundPosition(v.slice(i, j));
        const hasSize = j < v.length && v[j]!.type === 'delim' && v[j]!.text === '/';
        if (!hasSize && pos.length === 2 && isZero(pos[0]!) && isZero(pos[1]!)) {
          if (v.length === 2) { v[i] = num('0'); v[i + 1] = num('0'); i++; }
          else { v.splice(i, j - i); i--; }
        } else {
          v.splice(i, j - i, ...pos);
          i += pos.length - 1;
        }
      }
    }
    if (v.length === 0) v = [num('0'), num('0')];
    return v;
  });
}

/** `unicode-range` ranges sorted, merged, and written in their shortest form (`U+0000-00FF` → `U+??`). */
function minifyUnicodeRange(values: Value[]): Value[] {
  const ranges: [number, number][] = [];
  for (const v of values) {
    if (v.type === 'comma') continue;
    if (v.type !== 'unicode-range') return values;
    const [from = '', to] = v.text.slice(2).split('-');
    const wildcards = from.length - from.replace(/\?+$/, '').length;
    const start = Number.parseInt(from.replaceAll('?', '0'), 16);
    let end = start;
    if (wildcards > 0) end = start + 16 ** wildcards - 1;
    else if (to !== undefined) end = Math.max(start, Number.parseInt(to, 16));
    ranges.push([start, end]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < ranges.length - 1; i++) {
    const [cur, next] = [ranges[i]!, ranges[i + 1]!];
    if (next[1] <= cur[1]) ranges.splice(i + 1, 1);
    else if (next[0] <= cur[1] + 1) { cur[1] = next[1]; ranges.splice(i + 1, 1); }
  }
  const hex = (n: number): string => n.toString(16).toUpperCase();
  const out: Value[] = [];
  for (const [start, end] of ranges) {
    if (out.length > 0) out.push(value('comma', ','));
    if (start === end) { out.push(value('unicode-range', `U+${hex(start)}`)); continue; }
    if (start === 0 && end === 0x10ffff) { out.push(ident('initial')); continue; }
    let k = 0;
    while (k < 6 && ((start >> (k * 4)) & 0xf) === 0 && ((end >> (k * 4)) & 0xf) === 0xf) k++;
    let wild = k;
    for (; k < 6; k++) {
      if (((start >> (k * 4)) & 0xf) !== ((end >> (k * 4)) & 0xf)) { wild = 0; break; }
    }
    const text = wild === 0 ? `U+${hex(start)}-${hex(end)}`
      : `U+${start >> (wild * 4) === 0 ? '' : hex(start >> (wild * 4))}${'?'.repeat(wild)}`;
    out.push(value('unicode-range', text));
  }
  return out;
}
