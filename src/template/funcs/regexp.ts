/**
 * Go's RE2 syntax, translated to a JS RegExp once per pattern: leading inline
 * flags (?i) (?s) (?m), (?P<name>…), \A and \z. Patterns are cached so a
 * template calling replaceRE in a loop compiles once.
 */
const cache = new Map<string, RegExp>();

export function goRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re !== undefined) {
    re.lastIndex = 0;
    return re;
  }
  let source = pattern;
  let flags = 'g';
  const inline = /^\(\?([imsU]+)\)/.exec(source);
  if (inline !== null) {
    for (const f of inline[1]!) if (f !== 'U' && !flags.includes(f)) flags += f;
    source = source.slice(inline[0].length);
  }
  source = source.replace(/\(\?P</g, '(?<').replace(/\\A/g, '^').replace(/\\z/g, '$(?![\\s\\S])');
  if (/\\[pP]/.test(source)) flags += 'u';
  try {
    re = new RegExp(source, flags);
  } catch (error) {
    throw new Error(`error parsing regexp: ${(error as Error).message}: \`${pattern}\``);
  }
  if (cache.size > 1000) cache.clear();
  cache.set(pattern, re);
  return re;
}

/**
 * Matches as Go's FindAll and ReplaceAll see them: an empty match right after
 * the previous match is skipped ("b*" on "abc" matches at 0, 1 and 3, not 2).
 */
export function goMatches(re: RegExp, s: string, limit = -1): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let prevEnd = -1;
  let m: RegExpExecArray | null;
  while ((limit < 0 || out.length < limit) && (m = global.exec(s)) !== null) {
    const end = m.index + m[0].length;
    if (m[0] === '') {
      global.lastIndex = m.index + (s.codePointAt(m.index)! > 0xffff ? 2 : 1);
      if (m.index === prevEnd) continue;
    }
    out.push(m);
    prevEnd = end;
    if (m.index >= s.length) break;
  }
  return out;
}

/** Go's Regexp.Expand: $1, ${1}, ${name} and $$ in `template`, filled from match `m`. */
export function expand(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(\$|\{(\w+)\}|(\w+))/g, (_all, token: string, braced?: string, bare?: string) => {
    if (token === '$') return '$';
    const name = braced ?? bare ?? '';
    if (/^\d+$/.test(name)) return m[Number(name)] ?? '';
    return m.groups?.[name] ?? '';
  });
}
