/**
 * A strict JSON (RFC 8259) reader that reports where it stopped. JSON.parse
 * only says where in its message text, and not always (V8's "Unexpected
 * token" messages carry no position), so errors would have to be recovered by
 * matching messages; this reader keeps the offset as data instead.
 */

export class JSONSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based character offset into the parsed text. */
    readonly offset: number,
  ) {
    super(message);
    this.name = 'JSONSyntaxError';
  }
}

export function parseJSON(text: string): unknown {
  const reader = new Reader(text);
  reader.skipSpace();
  const value = reader.value();
  reader.skipSpace();
  if (reader.pos < text.length) reader.fail(`unexpected ${reader.here()} after the JSON value`);
  return value;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  fail(message: string, at = this.pos): never {
    throw new JSONSyntaxError(message, at);
  }

  here(): string {
    const ch = this.text[this.pos];
    return ch === undefined ? 'end of input' : `character ${JSON.stringify(ch)}`;
  }

  skipSpace(): void {
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') break;
      this.pos++;
    }
  }

  expect(ch: string, what: string): void {
    if (this.text[this.pos] !== ch) this.fail(`expected ${what}, found ${this.here()}`);
    this.pos++;
  }

  // value = object | array | string | number | true | false | null
  value(): unknown {
    const ch = this.text[this.pos];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (match !== null && match[0] !== '' && match[0] !== '-') {
      this.pos += match[0].length;
      return Number(match[0]);
    }
    return this.fail(`expected a value (string, number, object, array, true, false or null), found ${this.here()}`);
  }

  // object = "{" [ string ":" value *( "," string ":" value ) ] "}"
  object(): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail(`expected a double-quoted key, found ${this.here()}`);
      const key = this.string();
      this.skipSpace();
      this.expect(':', '":" after the key');
      this.skipSpace();
      // defineProperty: a "__proto__" key is data, not the prototype.
      Object.defineProperty(result, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      this.expect('}', '"," or "}" after a value in an object');
      return result;
    }
  }

  // array = "[" [ value *( "," value ) ] "]"
  array(): unknown[] {
    const result: unknown[] = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      result.push(this.value());
      this.skipSpace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      this.expect(']', '"," or "]" after a value in a list');
      return result;
    }
  }

  string(): string {
    const start = this.pos;
    this.pos++;
    let out = '';
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail('unterminated string: add the closing \'"\'', start);
      if (ch === '"') {
        this.pos++;
        return out;
      }
      if (ch === '\\') {
        const esc = this.text[this.pos + 1] ?? '';
        if (esc === 'u') {
          const hex = this.text.slice(this.pos + 2, this.pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('expected four hex digits after "\\u"', this.pos + 2);
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 6;
          continue;
        }
        const decoded = ESCAPES[esc];
        if (decoded === undefined) this.fail(`invalid escape "\\${esc}" in a string`);
        out += decoded;
        this.pos += 2;
        continue;
      }
      if (ch.charCodeAt(0) < 0x20) this.fail('control character (such as a line break) in a string; write it as an escape like \\n');
      out += ch;
      this.pos++;
    }
  }
}
