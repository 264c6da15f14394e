import type { Token, Tokeniser } from './engine.js';
import { registerLexer } from './engine.js';

/** Chroma's Coalesce: neighbouring tokens of one type become one; empty tokens vanish. */
export function coalesce(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.value === '') continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.type === t.type && prev.value.length < 8192) prev.value += t.value;
    else out.push({ ...t });
  }
  return out;
}

interface Insertion {
  start: number;
  end: number;
  tokens: Token[];
}

/**
 * Chroma's DelegatingLexer (delegate.go): the language lexer runs first; the text of its `Other`
 * tokens is joined and lexed by the root lexer (HTML for Markdown), whose tokens are then woven
 * back around the language's own tokens. Chroma only records where an insertion ends when an
 * `Other` token follows it; the last one keeps end 0, and that arithmetic is kept here.
 */
export class DelegatingLexer implements Tokeniser {
  constructor(
    readonly name: string,
    private readonly root: Tokeniser,
    private readonly language: Tokeniser,
  ) {
    registerLexer(this);
  }

  tokenise(text: string, state = 'root', nested = false): Token[] {
    const tokens = coalesce(this.language.tokenise(text, state, nested));
    let others = '';
    const insertions: Insertion[] = [];
    let insert: Insertion | undefined;
    let offset = 0;
    let last: Token | undefined;
    for (const t of tokens) {
      if (t.type === 'Other') {
        if (last !== undefined && insert !== undefined && last.type !== 'Other') insert.end = offset;
        others += t.value;
      } else {
        if (last === undefined || last.type === 'Other') {
          insert = { start: offset, end: 0, tokens: [] };
          insertions.push(insert);
        }
        insert?.tokens.push(t);
      }
      last = t;
      offset += t.value.length;
    }
    if (insertions.length === 0) return this.root.tokenise(text, state, nested);

    const rootTokens = coalesce(this.root.tokenise(others, state, nested));
    const out: Token[] = [];
    offset = 0;
    let ti = 0;
    let ii = 0;
    let t: Token | undefined = rootTokens[ti++];
    let ins: Insertion | undefined = insertions[ii++];
    while (t !== undefined || ins !== undefined) {
      if (t === undefined || (ins !== undefined && ins.start < offset + t.value.length)) {
        if (ins === undefined) break;
        // Go's splitToken: the part of t before the insertion, and the rest.
        let head: Token | undefined;
        if (t !== undefined) {
          const at = ins.start - offset;
          if (at <= 0) head = undefined;
          else if (at >= t.value.length) (head = t), (t = undefined);
          else (head = { type: t.type, value: t.value.slice(0, at) }), (t = { type: t.type, value: t.value.slice(at) });
        }
        if (head !== undefined) {
          out.push(head);
          offset += head.value.length;
        }
        out.push(...ins.tokens);
        offset += ins.end - ins.start;
        if (t === undefined) t = rootTokens[ti++];
        ins = insertions[ii++];
      } else {
        out.push(t);
        offset += t.value.length;
        t = rootTokens[ti++];
      }
    }
    return out;
  }
}
