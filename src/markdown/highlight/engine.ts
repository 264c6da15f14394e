/**
 * A regex state machine that tokenises as Chroma v2.5.0's RegexLexer does (the highlighter in
 * Hugo 0.111.3): in the state on top of the stack, the first rule whose pattern matches at the
 * current position wins; its match becomes tokens and may push or pop states. Rules compile once.
 */

export interface Token {
  type: string;
  value: string;
}

/** A group-wise emitter: one token type per capture group (Chroma's ByGroups). */
export interface ByGroups {
  groups: ReadonlyArray<string | Using | null>;
}

/** Tokenise the matched text with another lexer, or this one from a state (UsingLexer/UsingSelf). */
export interface Using {
  using: string;
  state?: string;
  self?: boolean;
  /** Chroma's TypeRemappingLexer: token types renamed in the nested output. */
  remap?: Readonly<Record<string, string>>;
}

/**
 * Chroma's UsingByGroup: the group `code` is lexed by the lexer the group `lexer` names (as a
 * fence language), or emitted with its own type when there is none.
 */
export interface UsingByGroup {
  lexerGroup: number;
  codeGroup: number;
  resolve: (language: string) => string | null;
  groups: readonly string[];
}

export type Emit = string | ByGroups | Using | UsingByGroup | null;

export interface Rule {
  pattern: string;
  emit: Emit;
  /** States to push; `#pop` or `#pop:N` pops (Chroma's Push/Pop mutators); `combined:a,b` pushes a and b's rules as one state. */
  next?: string | readonly string[];
}

export type RuleOrInclude = Rule | { include: string };

export interface LexerSpec {
  name: string;
  ensureNL?: boolean;
  notMultiline?: boolean;
  dotAll?: boolean;
  caseInsensitive?: boolean;
  rules: Readonly<Record<string, readonly RuleOrInclude[]>>;
}

export const rule = (pattern: string, emit: Emit, next?: string | readonly string[]): Rule =>
  next === undefined ? { pattern, emit } : { pattern, emit, next };
export const include = (state: string): { include: string } => ({ include: state });
export const bygroups = (...groups: Array<string | Using | null>): ByGroups => ({ groups });
export const using = (lexer: string, remap?: Record<string, string>): Using =>
  remap === undefined ? { using: lexer } : { using: lexer, remap };
export const usingSelf = (state: string): Using => ({ using: '', self: true, state });

/** Chroma's Words(prefix, suffix, words...): an alternation of escaped words. */
export function words(prefix: string, suffix: string, ...list: string[]): string {
  return `${prefix}(${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})${suffix}`;
}

interface Compiled {
  re: RegExp;
  emit: Emit;
  push: string[];
  pop: number;
}

/**
 * Go's regexp2 syntax as JavaScript: leading inline flags become RegExp flags, `\A`/`\z` become
 * lookarounds, and a `]` first in a class is literal (as in .NET) rather than JS's empty class.
 */
function compile(pattern: string, spec: LexerSpec): RegExp {
  let flags = 'y';
  if (!spec.notMultiline) flags += 'm';
  if (spec.caseInsensitive) flags += 'i';
  if (spec.dotAll) flags += 's';
  let src = pattern;
  for (let m = /^\(\?([ims]+)\)/.exec(src); m !== null; m = /^\(\?([ims]+)\)/.exec(src)) {
    for (const f of m[1] ?? '') if (!flags.includes(f)) flags += f;
    src = src.slice(m[0].length);
  }
  // regexp2 (Chroma's engine) lets `[^\W\d]` match digits too, as Hugo's output shows for Go
  // templates (`{{ add $i 1 }}` lexes `1` as a name): it behaves as `\w`.
  src = src.replaceAll('[^\\W\\d]', '\\w');
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src.charAt(i);
    if (c === '\\') {
      const n = src.charAt(i + 1);
      if (!inClass && n === 'A') out += '(?<![\\s\\S])';
      else if (!inClass && n === 'z') out += '(?![\\s\\S])';
      else if (!inClass && n === 'Z') out += '(?=\\n?(?![\\s\\S]))';
      else out += c + n;
      i++;
    } else if (c === '[' && !inClass) {
      inClass = true;
      out += c;
      if (src.charAt(i + 1) === '^') (out += '^'), i++;
      if (src.charAt(i + 1) === ']') (out += '\\]'), i++;
    } else {
      if (c === ']') inClass = false;
      out += c;
    }
  }
  // Unicode classes (`\p{L}`) need the `u` flag, whose stricter syntax the other patterns avoid.
  if (/\\p\{/.test(out)) flags += 'u';
  return new RegExp(`(?:${out})`, flags);
}

/** Anything that turns text into tokens: a regex lexer or a delegating one (see delegate.ts). */
export interface Tokeniser {
  readonly name: string;
  tokenise(text: string, state?: string, nested?: boolean): Token[];
}

const registry = new Map<string, Tokeniser>();

/** A lexer by Chroma name, or undefined when vellum does not implement it. */
export const lexerNamed = (name: string): Tokeniser | undefined => registry.get(name);

export function registerLexer(lexer: Tokeniser): void {
  registry.set(lexer.name, lexer);
}

export class Lexer implements Tokeniser {
  readonly name: string;
  private readonly spec: LexerSpec;
  private readonly states = new Map<string, Compiled[]>();
  private readonly combined = new Set<string>();

  constructor(spec: LexerSpec) {
    this.name = spec.name;
    this.spec = spec;
    for (const state of Object.keys(spec.rules)) this.states.set(state, this.expand(state, new Set()));
    // Chroma's Combined(a, b): a state whose rules are a's then b's, pushed as one.
    for (const name of this.combined) {
      this.states.set(name, name.slice('combined:'.length).split(',').flatMap((s) => this.states.get(s) ?? []));
    }
    registerLexer(this);
  }

  private expand(state: string, seen: Set<string>): Compiled[] {
    const rules = this.spec.rules[state];
    if (rules === undefined) throw new Error(`${this.spec.name}: no state ${state}`);
    if (seen.has(state)) throw new Error(`${this.spec.name}: ${state} includes itself`);
    const out: Compiled[] = [];
    for (const r of rules) {
      if ('include' in r) {
        out.push(...this.expand(r.include, new Set([...seen, state])));
        continue;
      }
      const next = r.next === undefined ? [] : typeof r.next === 'string' ? [r.next] : [...r.next];
      let pop = 0;
      const push: string[] = [];
      for (const n of next) {
        const p = /^#pop(?::(\d+))?$/.exec(n);
        if (p !== null) pop += Number(p[1] ?? 1);
        else {
          if (n.startsWith('combined:')) this.combined.add(n);
          push.push(n);
        }
      }
      out.push({ re: compile(r.pattern, this.spec), emit: r.emit, push, pop });
    }
    return out;
  }

  /** Chroma's Tokenise: `nested` lexers (Using) get no final newline added. */
  tokenise(input: string, state = 'root', nested = false): Token[] {
    let text = input.replace(/\r\n?/g, '\n');
    if (!nested && this.spec.ensureNL && !text.endsWith('\n')) text += '\n';
    const out: Token[] = [];
    let stack = [state];
    let pos = 0;
    while (pos < text.length && stack.length > 0) {
      const top = stack[stack.length - 1] as string;
      const rules = this.states.get(top);
      if (rules === undefined) throw new Error(`${this.spec.name}: unknown state ${top}`);
      let matched: RegExpExecArray | null = null;
      let hit: Compiled | undefined;
      for (const r of rules) {
        r.re.lastIndex = pos;
        matched = r.re.exec(text);
        if (matched !== null) {
          hit = r;
          break;
        }
      }
      if (matched === null || hit === undefined) {
        // Pygments' recovery, kept by Chroma: an unmatched newline resets the stack to the start state.
        if (text.charAt(pos) === '\n' && top !== state) {
          stack = [state];
          continue;
        }
        const cp = text.codePointAt(pos) ?? 0;
        const len = cp > 0xffff ? 2 : 1;
        out.push({ type: 'Error', value: text.slice(pos, pos + len) });
        pos += len;
        continue;
      }
      pos += matched[0].length;
      if (hit.pop > 0) stack = stack.slice(0, Math.max(0, stack.length - hit.pop));
      // `#push` (Chroma's Push() without states) pushes the current state again.
      for (const p of hit.push) stack.push(p === '#push' ? top : p);
      this.emit(hit.emit, matched, out);
      // A rule that matches nothing and changes no state would loop forever; Chroma would too.
      if (matched[0].length === 0 && hit.pop === 0 && hit.push.length === 0) {
        out.push({ type: 'Error', value: text.charAt(pos) });
        pos++;
      }
    }
    if (pos < text.length) out.push({ type: 'Error', value: text.slice(pos) });
    return out;
  }

  private emit(emit: Emit, m: RegExpExecArray, out: Token[]): void {
    if (emit === null) return;
    if (typeof emit === 'string') {
      out.push({ type: emit, value: m[0] });
      return;
    }
    if ('lexerGroup' in emit) {
      const sub = registry.get(emit.resolve(m[emit.lexerGroup] ?? '') ?? '');
      emit.groups.forEach((type, i) => {
        const value = m[i + 1] ?? '';
        if (i + 1 === emit.codeGroup && sub !== undefined) out.push(...sub.tokenise(value));
        else if (value !== '') out.push({ type, value });
      });
      return;
    }
    if ('groups' in emit) {
      // Chroma emits the whole match as an Error when the group counts disagree.
      if (emit.groups.length !== m.length - 1) {
        out.push({ type: 'Error', value: m[0] });
        return;
      }
      emit.groups.forEach((g, i) => {
        const value = m[i + 1];
        if (g === null || value === undefined || value === '') return;
        if (typeof g === 'string') out.push({ type: g, value });
        else this.nested(g, value, out);
      });
      return;
    }
    this.nested(emit, m[0], out);
  }

  private nested(u: Using, text: string, out: Token[]): void {
    const lexer = u.self === true ? this : registry.get(u.using);
    if (lexer === undefined) throw new Error(`${this.spec.name}: no lexer ${u.using}`);
    for (const t of lexer.tokenise(text, u.state ?? 'root', true)) {
      out.push(u.remap?.[t.type] === undefined ? t : { type: u.remap[t.type] as string, value: t.value });
    }
  }
}
