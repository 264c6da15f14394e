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

/** Go's Regexp.Expand template ($1, ${1}, ${name}) as a JS replacement function. */
export function goReplacement(template: string): (match: string, ...rest: unknown[]) => string {
  return (match: string, ...rest: unknown[]) => {
    const last = rest[rest.length - 1];
    const named = typeof last === 'object' && last !== null ? (last as Record<string, string | undefined>) : undefined;
    const groups = rest.slice(0, named ? -3 : -2) as (string | undefined)[];
    return template.replace(/\$(\$|\{(\w+)\}|(\w+))/g, (_m, all: string, braced?: string, bare?: string) => {
      if (all === '$') return '$';
      const name = braced ?? bare ?? '';
      if (/^\d+$/.test(name)) {
        const i = Number(name);
        return i === 0 ? match : groups[i - 1] ?? '';
      }
      return named?.[name] ?? '';
    });
  };
}
