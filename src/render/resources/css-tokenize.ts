/**
 * The CSS tokenizer behind `resources.Minify`. It splits tokens where
 * tdewolff/parse v2.6.5 (the lexer under Hugo 0.111.3's minifier) splits
 * them, which differs from CSS Syntax 3 in places that change the output:
 * `url("x")` is one token quotes included, `--name` is its own token type,
 * and a string broken by a newline is a bad string that keeps the newline.
 */

export type CssTokenType =
  | 'ident' | 'function' | 'at-keyword' | 'hash' | 'string' | 'bad-string' | 'url' | 'bad-url'
  | 'delim' | 'number' | 'percentage' | 'dimension' | 'unicode-range' | 'match' | 'column'
  | 'whitespace' | 'cdo' | 'cdc' | 'colon' | 'semicolon' | 'comma'
  | '[' | ']' | '(' | ')' | '{' | '}' | 'comment' | 'custom-property-name' | 'eof';

export interface CssToken {
  type: CssTokenType;
  text: string;
}

const isWhitespace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isNewline = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === '\f';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const isNameStart = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c.charCodeAt(0) >= 0x80);
const isName = (c: string | undefined): boolean => isNameStart(c) || isDigit(c) || c === '-';

/** Splits CSS source into tokens; the last token is always `eof`. */
export class CssLexer {
  private pos = 0;
  constructor(private readonly src: string) {}

  next(): CssToken {
    const start = this.pos;
    const t = this.scan();
    return { type: t, text: t === 'eof' ? '' : this.src.slice(start, this.pos) };
  }

  /** How much of the source, from the start, is one identifier (0 when none). */
  identLength(): number {
    return this.name(true) ? this.pos : 0;
  }

  private at(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  private scan(): CssTokenType {
    const c = this.at();
    if (c === undefined) return 'eof';
    const save = this.pos;
    switch (c) {
      case ' ': case '\t': case '\n': case '\r': case '\f':
        while (isWhitespace(this.at())) this.pos++;
        return 'whitespace';
      case ':': this.pos++; return 'colon';
      case ';': this.pos++; return 'semicolon';
      case ',': this.pos++; return 'comma';
      case '(': case ')': case '[': case ']': case '{': case '}':
        this.pos++;
        return c;
      case '#':
        this.pos++;
        if (this.name(false)) return 'hash';
        break;
      case '"': case "'":
        return this.string();
      case '.': case '+': {
        const t = this.numeric();
        if (t) return t;
        break;
      }
      case '-': {
        const t = this.numeric() ?? this.identlike();
        if (t) return t;
        if (this.src.startsWith('-->', this.pos)) { this.pos += 3; return 'cdc'; }
        if (this.at(1) === '-') {
          this.pos++;
          if (this.name(true)) return 'custom-property-name';
          this.pos = save;
        }
        break;
      }
      case '@':
        this.pos++;
        if (this.name(true)) return 'at-keyword';
        this.pos = save;
        break;
      case '$': case '*': case '^': case '~': case '|':
        if (this.at(1) === '=') { this.pos += 2; return 'match'; }
        if (c === '|' && this.at(1) === '|') { this.pos += 2; return 'column'; }
        break;
      case '/':
        if (this.at(1) === '*') {
          const end = this.src.indexOf('*/', this.pos + 2);
          this.pos = end === -1 ? this.src.length : end + 2;
          return 'comment';
        }
        break;
      case '<':
        if (this.src.startsWith('<!--', this.pos)) { this.pos += 4; return 'cdo'; }
        break;
      case 'u': case 'U':
        if (this.unicodeRange()) return 'unicode-range';
        return this.identlike() ?? this.delim();
      default: {
        const t = this.numeric() ?? this.identlike();
        if (t) return t;
      }
    }
    return this.delim();
  }

  private delim(): CssTokenType {
    this.pos += this.src.codePointAt(this.pos)! > 0xffff ? 2 : 1;
    return 'delim';
  }

  private escape(): boolean {
    if (this.at() !== '\\' || this.at(1) === undefined || isNewline(this.at(1))) return false;
    this.pos++;
    if (isHex(this.at())) {
      let n = 0;
      while (n < 6 && isHex(this.at())) { this.pos++; n++; }
      if (this.at() === '\r' && this.at(1) === '\n') this.pos += 2;
      else if (isWhitespace(this.at())) this.pos++;
    } else {
      this.pos += this.src.codePointAt(this.pos)! > 0xffff ? 2 : 1;
    }
    return true;
  }

  /** An identifier (optionally after one `-`) or, for hashes, any name characters. */
  private name(ident: boolean): boolean {
    const save = this.pos;
    if (ident) {
      if (this.at() === '-') this.pos++;
      if (isNameStart(this.at())) this.pos++;
      else if (!this.escape()) { this.pos = save; return false; }
    } else if (isName(this.at())) this.pos++;
    else if (!this.escape()) return false;
    for (;;) {
      if (isName(this.at())) this.pos++;
      else if (!this.escape()) return true;
    }
  }

  private number(): boolean {
    const save = this.pos;
    if (this.at() === '+' || this.at() === '-') this.pos++;
    const intDigits = isDigit(this.at());
    while (isDigit(this.at())) this.pos++;
    if (this.at() === '.' && isDigit(this.at(1))) {
      this.pos++;
      while (isDigit(this.at())) this.pos++;
    } else if (!intDigits) {
      this.pos = save;
      return false;
    }
    if ((this.at() === 'e' || this.at() === 'E')) {
      const mark = this.pos;
      this.pos++;
      if (this.at() === '+' || this.at() === '-') this.pos++;
      if (!isDigit(this.at())) this.pos = mark;
      while (isDigit(this.at())) this.pos++;
    }
    return true;
  }

  private numeric(): CssTokenType | undefined {
    if (!this.number()) return undefined;
    if (this.at() === '%') { this.pos++; return 'percentage'; }
    return this.name(true) ? 'dimension' : 'number';
  }

  private string(): CssTokenType {
    const quote = this.at();
    this.pos++;
    for (;;) {
      const c = this.at();
      if (c === undefined) return 'string';
      if (isNewline(c)) { this.pos++; return 'bad-string'; }
      if (c === quote) { this.pos++; return 'string'; }
      if (c === '\\') {
        if (!this.escape()) {
          this.pos++;
          if (this.at() === '\r' && this.at(1) === '\n') this.pos += 2;
          else if (isNewline(this.at())) this.pos++;
        }
      } else this.pos++;
    }
  }

  private unicodeRange(): boolean {
    if (this.at(1) !== '+' || !(isHex(this.at(2)) || this.at(2) === '?')) return false;
    const save = this.pos;
    this.pos += 2;
    let n = 0;
    while (n < 6 && isHex(this.at())) { this.pos++; n++; }
    while (n < 6 && this.at() === '?') { this.pos++; n++; }
    if (this.at() === '-' && isHex(this.at(1))) {
      this.pos++;
      n = 0;
      while (n < 6 && isHex(this.at())) { this.pos++; n++; }
    }
    return this.pos > save;
  }

  private badUrlRest(): void {
    while (this.at() !== undefined) {
      if (this.at() === ')') { this.pos++; return; }
      if (!this.escape()) this.pos++;
    }
  }

  /** Ident, function, or — for `url(` — the whole url token, quoted or not. */
  private identlike(): CssTokenType | undefined {
    const start = this.pos;
    if (!this.name(true)) return undefined;
    if (this.at() !== '(') return 'ident';
    const name = this.src.slice(start, this.pos).replaceAll('\\', '');
    this.pos++;
    if (name.toLowerCase() !== 'url') return 'function';
    while (isWhitespace(this.at())) this.pos++;
    const c = this.at();
    if (c === '"' || c === "'") {
      if (this.string() === 'bad-string') { this.badUrlRest(); return 'bad-url'; }
    } else {
      for (;;) {
        const d = this.at();
        if (d === undefined || d === ')' || isWhitespace(d)) break;
        if (d === '"' || d === "'" || d === '(' || d === '\\' || d.charCodeAt(0) <= 0x1f || d === '\x7f') {
          if (d === '\\' && this.escape()) continue;
          this.badUrlRest();
          return 'bad-url';
        }
        this.pos++;
      }
    }
    while (isWhitespace(this.at())) this.pos++;
    if (this.at() === ')') this.pos++;
    else if (this.at() !== undefined) { this.badUrlRest(); return 'bad-url'; }
    return 'url';
  }
}

/** Whether the whole text lexes as one identifier (tdewolff's css.IsIdent). */
export function isIdent(text: string): boolean {
  return new CssLexer(text).identLength() === text.length;
}

/** Whether the text can stand unquoted inside `url(…)`. */
export function isUrlUnquoted(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const d = text[i]!;
    if (d === ')' || d === '"' || d === "'" || d === '(' || d === ' ' || d.charCodeAt(0) <= 0x1f || d === '\x7f') return false;
    if (d === '\\') {
      if (i + 1 >= text.length || isNewline(text[i + 1])) return false;
      i++;
    }
  }
  return true;
}
