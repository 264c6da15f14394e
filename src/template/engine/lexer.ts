/**
 * The lexer of Go's template language: text and `{{ }}` actions become a flat
 * list of tokens, each with its character offset. It runs once per template
 * source, so clarity wins over speed here.
 *
 * Differences from Go's lexer are deliberate and small: `{{- ` / ` -}}` trim
 * markers are applied here to the neighbouring text (as Go does), and comments
 * are dropped (Go drops them unless asked to keep them).
 */

export type TokenType =
  | 'text'
  | 'leftDelim'
  | 'rightDelim'
  | 'space'
  | 'identifier'
  | 'keyword'
  | 'field'
  | 'variable'
  | 'dot'
  | 'string'
  | 'rawString'
  | 'number'
  | 'char'
  | 'bool'
  | 'nil'
  | 'pipe'
  | 'declare'
  | 'assign'
  | 'comma'
  /** Any other printable ASCII character; the parser reports it as unexpected, as Go does. */
  | 'punct'
  | 'leftParen'
  | 'rightParen'
  | 'eof'
  | 'error';

export interface Token {
  type: TokenType;
  pos: number;
  /** The token as written; for `error`, the message. */
  val: string;
}

/** Words that start a control action (Go's keyword table, plus Hugo's `return`). */
const keywords = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'template', 'with', 'return']);

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlnum = (c: string | undefined): boolean => c !== undefined && (c === '_' || /[\p{L}\p{Nd}]/u.test(c));
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

const LEFT = '{{';
const RIGHT = '}}';
const COMMENT_OPEN = '/*';
const COMMENT_CLOSE = '*/';

export function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  /** Set by a ` -}}`: the next text loses its leading whitespace. */
  let trimNext = false;

  const emit = (type: TokenType, start: number, val: string): void => {
    tokens.push({ type, pos: start, val });
  };
  const fail = (at: number, message: string): Token[] => {
    tokens.push({ type: 'error', pos: at, val: message });
    return tokens;
  };

  while (pos <= text.length) {
    const open = text.indexOf(LEFT, pos);
    const end = open === -1 ? text.length : open;
    // A left trim marker is `{{-` followed by a space; `{{-3}}` is the number -3.
    const trimLeft = open !== -1 && text[open + 2] === '-' && isSpace(text[open + 3]);
    let chunk = text.slice(pos, end);
    let chunkPos = pos;
    if (trimNext) {
      const trimmed = chunk.replace(/^[ \t\r\n]+/, '');
      chunkPos += chunk.length - trimmed.length;
      chunk = trimmed;
      trimNext = false;
    }
    if (trimLeft) chunk = chunk.replace(/[ \t\r\n]+$/, '');
    if (chunk.length > 0) emit('text', chunkPos, chunk);
    if (open === -1) break;

    // Inside an action.
    const actionStart = open;
    pos = open + LEFT.length + (trimLeft ? 2 : 0);
    // A comment must follow the delimiter (and trim marker) directly.
    if (text.startsWith(COMMENT_OPEN, pos)) {
      const close = text.indexOf(COMMENT_CLOSE, pos + 2);
      if (close === -1) return fail(actionStart, 'unclosed comment');
      let after = close + 2;
      const right = atRightDelim(text, after);
      if (right === 0) return fail(close, 'comment ends before closing delimiter');
      if (right === 2) trimNext = true;
      after += right === 2 ? 2 + RIGHT.length : RIGHT.length; // " -}}" or "}}"
      pos = after;
      continue;
    }
    emit('leftDelim', actionStart, LEFT);
    let parenDepth = 0;
    for (;;) {
      const right = atRightDelim(text, pos);
      if (right !== 0) {
        if (parenDepth > 0) return fail(pos, 'unclosed left paren');
        emit('rightDelim', pos, RIGHT);
        pos += right === 2 ? 2 + RIGHT.length : RIGHT.length;
        if (right === 2) trimNext = true;
        break;
      }
      const c = text[pos];
      if (c === undefined) return fail(actionStart, 'unclosed action');
      const start = pos;
      if (isSpace(c)) {
        while (isSpace(text[pos]) && atRightDelim(text, pos) !== 2) pos++;
        if (pos === start) {
          // ` -}}` right here: the space belongs to the trim marker.
          continue;
        }
        emit('space', start, text.slice(start, pos));
      } else if (c === '=') {
        emit('assign', pos++, '=');
      } else if (c === ':') {
        if (text[pos + 1] !== '=') return fail(pos, 'expected :=');
        emit('declare', pos, ':=');
        pos += 2;
      } else if (c === '|') {
        emit('pipe', pos++, '|');
      } else if (c === ',') {
        emit('comma', pos++, ',');
      } else if (c === '(') {
        parenDepth++;
        emit('leftParen', pos++, '(');
      } else if (c === ')') {
        if (parenDepth === 0) return fail(pos, 'unexpected right paren');
        parenDepth--;
        emit('rightParen', pos++, ')');
      } else if (c === '"') {
        pos++;
        for (;;) {
          const d = text[pos];
          if (d === '\\') pos += 2;
          else if (d === undefined || d === '\n') return fail(start, 'unterminated quoted string');
          else if (d === '"') break;
          else pos++;
        }
        pos++;
        emit('string', start, text.slice(start, pos));
      } else if (c === '`') {
        const close = text.indexOf('`', pos + 1);
        if (close === -1) return fail(start, 'unterminated raw quoted string');
        pos = close + 1;
        emit('rawString', start, text.slice(start, pos));
      } else if (c === "'") {
        pos++;
        for (;;) {
          const d = text[pos];
          if (d === '\\') pos += 2;
          else if (d === undefined || d === '\n') return fail(start, 'unterminated character constant');
          else if (d === "'") break;
          else pos++;
        }
        pos++;
        emit('char', start, text.slice(start, pos));
      } else if (c === '$') {
        pos++;
        while (isAlnum(text[pos])) pos++;
        emit('variable', start, text.slice(start, pos));
      } else if (c === '.') {
        if (isDigit(text[pos + 1])) {
          const n = scanNumber(text, pos);
          if (n.error) return fail(start, n.error);
          pos = n.end;
          emit('number', start, text.slice(start, pos));
        } else {
          pos++;
          while (isAlnum(text[pos])) pos++;
          emit(pos === start + 1 ? 'dot' : 'field', start, text.slice(start, pos));
        }
      } else if (isDigit(c) || ((c === '-' || c === '+') && (isDigit(text[pos + 1]) || (text[pos + 1] === '.' && isDigit(text[pos + 2]))))) {
        const n = scanNumber(text, pos);
        if (n.error) return fail(start, n.error);
        pos = n.end;
        emit('number', start, text.slice(start, pos));
      } else if (isAlnum(c)) {
        while (isAlnum(text[pos])) pos++;
        const word = text.slice(start, pos);
        if (!atTerminator(text, pos)) return fail(pos, `bad character ${quoteRune(text.codePointAt(pos) ?? 0)}`);
        if (keywords.has(word)) emit('keyword', start, word);
        else if (word === 'true' || word === 'false') emit('bool', start, word);
        else if (word === 'nil') emit('nil', start, word);
        else emit('identifier', start, word);
      } else if (c >= '!' && c <= '~') {
        emit('punct', pos++, c);
      } else {
        return fail(pos, `unrecognized character in action: ${quoteRune(text.codePointAt(pos) ?? 0)}`);
      }
    }
  }
  emit('eof', text.length, '');
  return tokens;
}

/** 0: not at a right delimiter; 1: at `}}`; 2: at ` -}}` (the trim marker). */
function atRightDelim(text: string, pos: number): 0 | 1 | 2 {
  if (isSpace(text[pos]) && text[pos + 1] === '-' && text.startsWith(RIGHT, pos + 2)) return 2;
  return text.startsWith(RIGHT, pos) ? 1 : 0;
}

function atTerminator(text: string, pos: number): boolean {
  const c = text[pos];
  if (c === undefined || isSpace(c)) return true;
  if ('.,|:()'.includes(c)) return true;
  return text.startsWith(RIGHT, pos);
}

/** Go's lexer accepts a sign, a base prefix, digits with `_`, a fraction and an exponent. */
function scanNumber(text: string, start: number): { end: number; error?: string } {
  let pos = start;
  if (text[pos] === '+' || text[pos] === '-') pos++;
  let digits = /[0-9_]/;
  let exponent = /[eE]/;
  if (text[pos] === '0' && /[xXoObB]/.test(text[pos + 1] ?? '')) {
    const base = (text[pos + 1] ?? '').toLowerCase();
    pos += 2;
    digits = base === 'x' ? /[0-9a-fA-F_]/ : base === 'o' ? /[0-7_]/ : /[01_]/;
    if (base === 'x') exponent = /[pP]/;
  }
  while (digits.test(text[pos] ?? '')) pos++;
  if (text[pos] === '.') {
    pos++;
    while (digits.test(text[pos] ?? '')) pos++;
  }
  if (exponent.test(text[pos] ?? '')) {
    pos++;
    if (text[pos] === '+' || text[pos] === '-') pos++;
    while (/[0-9_]/.test(text[pos] ?? '')) pos++;
  }
  if (isAlnum(text[pos])) {
    // Go reports the whole malformed word.
    let end = pos;
    while (isAlnum(text[end])) end++;
    return { end, error: `bad number syntax: "${text.slice(start, end)}"` };
  }
  return { end: pos };
}

/** Go's %#U form: `U+007D '}'`. */
export function quoteRune(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} '${String.fromCodePoint(code)}'`;
}
