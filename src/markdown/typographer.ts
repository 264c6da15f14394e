import type { MarkdownIt, StateInline } from 'markdown-it';
import { isAsciiPunct, isAsciiSpace, isGoDigit, isGoLetter, isGoPunct, isGoSpace, isPunctRune, isSpaceRune, runeAt, runeBefore } from './chars.js';
import { inlineRule } from './ruler.js';

/**
 * Goldmark's typographer (extension/typographer.go, v1.5.4 as in Hugo 0.111.3), ported rule for rule.
 * markdown-it's own replacements and smartquotes differ: they leave `----` alone, pair quotes
 * after parsing, and print characters where Goldmark prints the named entities `&ldquo;` etc.
 * Like Goldmark this runs while the inline text is parsed, one trigger character at a time, so
 * code spans, autolinks, raw HTML and link destinations never reach it.
 */

interface Unclosed {
  single: number;
  double: number;
}

// One counter per document: Goldmark v1.5.4 means to reset it per block, but its CloseBlock has
// the wrong signature and is never called, so a quote left open in one paragraph is closed by
// the next `"` anywhere after it. markdown-it's env is per document.
const unclosed = new WeakMap<object, Unclosed>();

function counterOf(state: StateInline): Unclosed {
  const env = state.env as object;
  let c = unclosed.get(env);
  if (c === undefined) {
    c = { single: 0, double: 0 };
    unclosed.set(env, c);
  }
  return c;
}

/** The start of a line as Goldmark sees it: UTF-8 bytes (only the first few are ever looked at). */
class Utf8Line {
  private readonly bytes: Buffer;
  /** The line's length in bytes; any length over 16 is reported as 1000. */
  readonly length: number;

  constructor(src: string, start: number, end: number) {
    this.bytes = Buffer.from(src.slice(start, Math.min(end, start + 16)), 'utf8');
    this.length = end - start > 16 ? 1000 : this.bytes.length;
  }

  /** The byte at `k` as a one-character string when it is ASCII, else ''. */
  ascii(k: number): string {
    const v = this.bytes[k];
    return v !== undefined && v < 0x80 ? String.fromCharCode(v) : '';
  }

  /** util.ToRune: the character whose encoding covers byte `k`. */
  rune(k: number): string {
    let i = Math.min(k, this.bytes.length - 1);
    while (i > 0 && ((this.bytes[i] ?? 0) & 0xc0) === 0x80) i--;
    const cp = this.bytes.subarray(i, i + 4).toString('utf8').codePointAt(0);
    return cp === undefined ? ' ' : String.fromCodePoint(cp);
  }
}

function emit(state: StateInline, entity: string, length: number): boolean {
  if (state.pos + length > state.posMax) return false;
  const token = state.push('typographer', '', 0);
  token.content = entity;
  state.pos += length;
  return true;
}

// markdown-it parses an image description as a separate text; Goldmark reads it in place, so
// the rule looks at the enclosing text (quotes next to `[` and `]` depend on it).
const IMAGE_CONTEXT = Symbol('vellum.imageContext');
interface ImageContext {
  state: StateInline;
  offset: number;
}

function context(state: StateInline): { src: string; pos: number } {
  const outer = (state.env as Record<symbol, ImageContext | undefined>)[IMAGE_CONTEXT];
  if (outer !== undefined && outer.state !== state && outer.state.src.startsWith(state.src, outer.offset)) {
    return { src: outer.state.src, pos: outer.offset + state.pos };
  }
  return { src: state.src, pos: state.pos };
}

function typographerRule(state: StateInline, silent: boolean): boolean {
  const { src, pos } = context(state);
  const c = src.charAt(pos);
  if (c !== "'" && c !== '"' && c !== '-' && c !== '.' && c !== '<' && c !== '>') return false;
  // Lookahead only: markdown-it skips tokens silently inside link labels; the real pass follows.
  if (silent) return false;
  // Goldmark looks at the rest of the current line (PeekLine), past a link label's end.
  const eol = src.indexOf('\n', pos);
  const len = (eol < 0 ? src.length : eol + 1) - pos;
  const at = (i: number): string => src.charAt(pos + i);

  if (len > 2) {
    if (c === '-') {
      if (at(1) === '-' && at(2) === '-') return emit(state, '&mdash;', 3);
    } else if (c === '.') {
      if (at(1) === '.' && at(2) === '.') return emit(state, '&hellip;', 3);
      return false;
    }
  }
  if (len > 1) {
    if (c === '<') return at(1) === '<' ? emit(state, '&laquo;', 2) : false;
    if (c === '>') return at(1) === '>' ? emit(state, '&raquo;', 2) : false;
    if (c === '-' && at(1) === '-') return emit(state, '&ndash;', 2);
  }
  if (c !== "'" && c !== '"') return false;

  // parser.ScanDelimiter(line, before, 1, …): flanking rules of the whole run of this quote.
  const before = runeBefore(src, pos);
  let j = 1;
  while (j < len && at(j) === c) j++;
  const after = j < len ? runeAt(src, pos + j) : ' ';
  const beforeIsPunct = isPunctRune(before);
  const beforeIsSpace = isSpaceRune(before);
  const afterIsPunct = isPunctRune(after);
  const afterIsSpace = isSpaceRune(after);
  const canOpen = !afterIsSpace && (!afterIsPunct || beforeIsSpace || beforeIsPunct);
  const canClose = !beforeIsSpace && (!beforeIsPunct || afterIsSpace || afterIsPunct);
  const counter = counterOf(state);
  // From here Goldmark indexes the line as UTF-8 bytes; a letter like « is two of them.
  const line = new Utf8Line(src, pos, pos + len);
  const n = line.length;
  const b = (k: number): string => line.ascii(k);
  const endsWord = (k: number): boolean => n < k + 1 || isAsciiPunct(b(k)) || isAsciiSpace(b(k));
  const closes = (): boolean =>
    n > 1 && isGoPunct(line.rune(1)) && (n === 2 || (n > 2 && isAsciiPunct(b(2))) || isAsciiSpace(b(2)));

  if (c === "'") {
    // '90s
    if (canOpen && !canClose && n > 3 && /[0-9]/.test(b(1)) && /[0-9]/.test(b(2)) && b(3) === 's') {
      const next = n > 4 ? line.rune(4) : ' ';
      if (n === 3 || isSpaceRune(next) || isPunctRune(next)) return emit(state, '&rsquo;', 1);
    }
    // 'tis, 'em, 'n', 'll
    if (n > 1 && (isGoPunct(before) || isGoSpace(before)) && 'tenl'.includes(b(1)) && b(1) !== '') return emit(state, '&rsquo;', 1);
    // it's, 90's
    if (n > 1 && (isGoDigit(before) || isGoLetter(before)) && isGoLetter(line.rune(1))) return emit(state, '&rsquo;', 1);
    if (canOpen && !canClose) {
      let entity = '&lsquo;';
      if (n > 1 && 'smtd'.includes(b(1)) && b(1) !== '' && endsWord(2)) entity = '&rsquo;';
      const two = b(1) + b(2);
      if (n > 2 && (two === 've' || two === 'll' || two === 're') && endsWord(3)) entity = '&rsquo;';
      if (entity === '&lsquo;') counter.single++;
      return emit(state, entity, 1);
    }
    // Goldmark tests IsPunct on the quote itself here, so this holds whenever a non-digit follows.
    if (n > 2 && !isGoDigit(line.rune(1))) return emit(state, '&rsquo;', 1);
    if (counter.single > 0 && ((canClose && !canOpen) || (canClose && canOpen && closes()))) {
      counter.single--;
      return emit(state, '&rsquo;', 1);
    }
    return false;
  }

  if (canOpen && !canClose) {
    counter.double++;
    return emit(state, '&ldquo;', 1);
  }
  if (counter.double > 0 && ((canClose && !canOpen) || (canClose && canOpen && closes()))) {
    if (n > 1 && b(1) === '"' && isGoDigit(before)) return false;
    counter.double--;
    return emit(state, '&rdquo;', 1);
  }
  return false;
}

export function typographerPlugin(md: MarkdownIt): void {
  const image = inlineRule(md.inline.ruler, 'image')?.fn;
  if (image !== undefined) {
    md.inline.ruler.at('image', (state, silent) => {
      const env = state.env as Record<symbol, ImageContext | undefined>;
      const saved = env[IMAGE_CONTEXT];
      env[IMAGE_CONTEXT] = { state, offset: state.pos + 2 };
      try {
        return image(state, silent);
      } finally {
        env[IMAGE_CONTEXT] = saved;
      }
    });
  }
  // After autolinks and raw HTML, which Goldmark tries first for `<`.
  md.inline.ruler.after('html_inline', 'goldmark_typographer', typographerRule);
  md.renderer.rules['typographer'] = (tokens, idx) => tokens[idx]?.content ?? '';
}
