/**
 * Goldmark's attribute syntax (parser/attribute.go), as Hugo enables it for headings by default
 * (`markup.goldmark.parser.attribute.title`): `{#id .class key=value key="quoted value"}`.
 */

export type Attribute = [name: string, value: string];

const NAME_START = /[a-zA-Z_:]/;
const NAME_REST = /^[a-zA-Z0-9_:.-]*/;
const SPACE = /^[ \t\n\r]*/;

/** Parses `{…}` at `pos`; the attributes in source order (classes merged) and the end, or null. */
export function parseAttributes(s: string, pos: number): { attrs: Attribute[]; end: number } | null {
  let i = pos + (SPACE.exec(s.slice(pos))?.[0].length ?? 0);
  if (s.charAt(i) !== '{') return null;
  i++;
  const attrs: Attribute[] = [];
  for (;;) {
    i += SPACE.exec(s.slice(i))?.[0].length ?? 0;
    if (s.charAt(i) === '}') return { attrs, end: i + 1 };
    const parsed = parseAttribute(s, i);
    if (parsed === null) return null;
    const [name, value] = parsed.attr;
    const existing = name === 'class' ? attrs.find((a) => a[0] === 'class') : undefined;
    if (existing) existing[1] = `${existing[1]} ${value}`;
    else attrs.push(parsed.attr);
    i = parsed.end;
    i += SPACE.exec(s.slice(i))?.[0].length ?? 0;
    if (s.charAt(i) === ',') i++;
  }
}

function parseAttribute(s: string, pos: number): { attr: Attribute; end: number } | null {
  const c = s.charAt(pos);
  if (c === '#' || c === '.') {
    // A name runs to the first space or punctuation other than `_ - : .`.
    let i = pos + 1;
    while (i < s.length && !/[ \t\n\r]/.test(s.charAt(i)) && !/[!-,/;-@[-^`{-~]/.test(s.charAt(i))) i++;
    return { attr: [c === '#' ? 'id' : 'class', s.slice(pos + 1, i)], end: i };
  }
  if (!NAME_START.test(c)) return null;
  const name = c + (NAME_REST.exec(s.slice(pos + 1))?.[0] ?? '');
  let i = pos + name.length;
  i += SPACE.exec(s.slice(i))?.[0].length ?? 0;
  if (s.charAt(i) !== '=') return null;
  i++;
  i += SPACE.exec(s.slice(i))?.[0].length ?? 0;
  if (s.charAt(i) === '"') {
    let value = '';
    let j = i + 1;
    for (; j < s.length && s.charAt(j) !== '"'; j++) {
      if (s.charAt(j) === '\\' && j + 1 < s.length) j++;
      value += s.charAt(j);
    }
    if (j >= s.length) return null;
    return { attr: [name, value], end: j + 1 };
  }
  // Numbers, true/false/null and bare words; nested maps and arrays are left unsupported.
  const bare = /^[^\s{}[\],"]+/.exec(s.slice(i));
  if (bare === null) return null;
  if (name === 'class' && /^[-+0-9]/.test(bare[0])) return null;
  return { attr: [name, bare[0]], end: i + bare[0].length };
}

/**
 * parseLastLineAttributes: the last `{…}` on the line that parses and is followed only by blanks.
 * Returns the attributes and where the text before them ends.
 */
export function parseTrailingAttributes(line: string): { attrs: Attribute[]; start: number } | null {
  let found: { attrs: Attribute[]; start: number; end: number } | null = null;
  let ok = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === '\\') {
      if (line.charAt(i + 1) === '{') i++;
      continue;
    }
    if (c === '{') {
      const parsed = parseAttributes(line, i);
      ok = parsed !== null;
      if (parsed !== null) found = { attrs: parsed.attrs, start: i, end: parsed.end };
    }
  }
  if (!ok || found === null || line.slice(found.end).trim() !== '') return null;
  return { attrs: found.attrs, start: found.start };
}
