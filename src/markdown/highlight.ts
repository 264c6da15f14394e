import { CHROMA_LEXERS } from './chroma-lexers.js';

/**
 * Hugo highlights fenced code whose language Chroma knows (`markup.highlight.codeFences`, on by
 * default) with inline styles in `markup.highlight.style`; other languages get a plain `<pre><code>`.
 * Chroma's lookup (lexers.Get): name or alias in any case, then the language as a file extension
 * (`txt` → `*.txt`) or a file name, the highest priority winning.
 */

interface Lexer {
  name: string;
  priority: number;
  globs: RegExp[];
}

const byName = new Map<string, Lexer>();
const all: Lexer[] = [];

// Go's filepath.Match: `*` and `?` never cross `/`; `[…]` classes.
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/^\^/, '\\^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

for (const [name, aliases, filenames, priority] of CHROMA_LEXERS) {
  const lexer: Lexer = { name, priority: priority ?? 0, globs: filenames === '' ? [] : filenames.split(' ').map(globToRegExp) };
  all.push(lexer);
  for (const key of [name, ...(aliases === '' ? [] : aliases.split(' '))]) {
    if (!byName.has(key.toLowerCase())) byName.set(key.toLowerCase(), lexer);
  }
}

const effective = (p: number): number => (p === 0 ? 1 : p);

function matchFilename(filename: string): Lexer | undefined {
  let best: Lexer | undefined;
  for (const lexer of all) {
    if (lexer.globs.some((g) => g.test(filename)) && (best === undefined || effective(lexer.priority) > effective(best.priority))) {
      best = lexer;
    }
  }
  return best;
}

const cache = new Map<string, string | null>();

/** The Chroma lexer Hugo would use for a fence's language, or null when it has none. */
export function chromaLexer(lang: string): string | null {
  let found = cache.get(lang);
  if (found === undefined) {
    const lexer = byName.get(lang.toLowerCase()) ?? matchFilename(`filename.${lang}`) ?? matchFilename(lang);
    found = lexer?.name ?? null;
    if (cache.size < 1000) cache.set(lang, found);
  }
  return found;
}
