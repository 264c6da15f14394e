/**
 * Where the front matter is, following Hugo 0.111's page lexer
 * (parser/pageparser: lexIntroSection, lexFrontMatterSection,
 * lexFrontMatterJSON): leading blank space is skipped; then "+++" opens TOML,
 * "---" YAML and "{" JSON. TOML and YAML end at the next line that starts
 * with the same delimiter; JSON ends at the brace that balances the first.
 * The body starts after the closing delimiter and one line break.
 */

export type FrontMatterFormat = 'toml' | 'yaml' | 'json' | 'none';

export type Split =
  | {
      ok: true;
      format: FrontMatterFormat;
      /** Offset of the opening delimiter (or "{"); -1 without front matter. */
      start: number;
      /** Offset just past the closing delimiter (or "}"). */
      end: number;
      /** 1-based line of the opening delimiter. */
      line: number;
      /** Offset where the body starts, and its 1-based line. */
      bodyStart: number;
      bodyLine: number;
    }
  | { ok: false; message: string; offset: number };

const DELIMITERS = { '+': { format: 'toml', delimiter: '+++', name: 'TOML' }, '-': { format: 'yaml', delimiter: '---', name: 'YAML' } } as const;

export function splitFrontMatter(source: string): Split {
  let i = 0;
  while (i < source.length && /[\s\uFEFF]/.test(source[i] ?? '')) i++;
  const first = source[i];
  const none: Split = { ok: true, format: 'none', start: -1, end: -1, line: 0, bodyStart: 0, bodyLine: 1 };
  if (first === '{') return splitJSON(source, i);
  if (first !== '+' && first !== '-') return none;

  const { format, delimiter, name } = DELIMITERS[first];
  if (!source.startsWith(delimiter, i)) {
    // Hugo refuses these too ("invalid YAML delimiter"): a file may not start
    // with a "-" list item or a "+" unless it opens front matter.
    return {
      ok: false,
      offset: i,
      message:
        `invalid ${name} front matter delimiter: a file that starts with "${first}" must open ${name} front matter with "${delimiter}" ` +
        `on its own line; to start with a list, use "*" for the bullet`,
    };
  }
  const line = lineAt(source, i);
  const eol = source.indexOf('\n', i);
  const rest = source.slice(i + delimiter.length, eol === -1 ? source.length : eol);
  if (rest.trim() !== '') {
    return {
      ok: false,
      offset: i + delimiter.length,
      message: `unexpected text after the opening "${delimiter}": put "${delimiter}" alone on the first line and the front matter below it`,
    };
  }
  // The closing delimiter is the first line (after the opening one) that starts with it.
  let search = source.indexOf('\n', i);
  while (search !== -1) {
    const lineStart = search + 1;
    if (source.startsWith(delimiter, lineStart)) {
      const end = lineStart + delimiter.length;
      const bodyStart = skipLineBreak(source, end);
      return { ok: true, format, start: i, end, line, bodyStart, bodyLine: lineAt(source, bodyStart) };
    }
    search = source.indexOf('\n', lineStart);
  }
  return {
    ok: false,
    offset: i,
    message: `the ${name} front matter opened here is never closed: add a line "${delimiter}" after the last front matter line`,
  };
}

function splitJSON(source: string, start: number): Split {
  // Brace counting outside strings, as Hugo's lexFrontMatterJSON does.
  let depth = 0;
  let inString = false;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}') {
      depth--;
      if (depth === 0) {
        const end = i + 1;
        const bodyStart = skipLineBreak(source, end);
        return { ok: true, format: 'json', start, end, line: lineAt(source, start), bodyStart, bodyLine: lineAt(source, bodyStart) };
      }
    }
  }
  return {
    ok: false,
    offset: start,
    message: 'the JSON front matter opened here is never closed: add the "}" that balances this "{"',
  };
}

function skipLineBreak(source: string, at: number): number {
  if (source[at] === '\r' && source[at + 1] === '\n') return at + 2;
  if (source[at] === '\n' || source[at] === '\r') return at + 1;
  return at;
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}
