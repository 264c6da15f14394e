/**
 * Hugo's shortcode syntax inside page content:
 *
 *   {{< name arg "quoted arg" key="value" >}}   rendered after Markdown
 *   {{% name %}}inner **markdown**{{% /name %}}  output goes through Markdown
 *   {{< name />}}                               self-closed
 *   a comment form ({{< followed by a slash-star, closed by star-slash >}})
 *                                               written out literally
 *
 * Whether a shortcode takes a closing tag depends on its template (Hugo: it
 * does when the template reads `.Inner`), so the parser asks `takesInner`.
 */

import { VellumError } from '../../errors/index.js';

export interface ShortcodeCall {
  name: string;
  /** `{{% %}}`: the output is Markdown, rendered with the page. */
  markdown: boolean;
  positional: string[];
  named: Map<string, string>;
  /** Raw text between the tags, with nested calls inside `children`; null when not closed. */
  inner: ShortcodeNode[] | null;
  innerText: string;
  /** Offset of `{{` in the body. */
  offset: number;
  /** 0-based position among its siblings, for `.Ordinal`. */
  ordinal: number;
}

export type ShortcodeNode = string | ShortcodeCall;

export interface ParseShortcodesOptions {
  /** Does the shortcode's template read `.Inner` (so it needs a closing tag)? undefined: no such shortcode. */
  takesInner(name: string): boolean | undefined;
  /** For messages: content file path and the line the body starts at in it. */
  file: string;
  bodyLine: number;
  source?: string;
}

const OPEN = /\{\{(<|%)(\/\*)?\s*/g;

/** Splits a body into text and shortcode calls; text without shortcodes is returned whole. */
export function parseShortcodes(body: string, options: ParseShortcodesOptions): ShortcodeNode[] {
  if (!body.includes('{{<') && !body.includes('{{%')) return [body];
  const parser = new Parser(body, options);
  const nodes = parser.parseList(null);
  return nodes;
}

class Parser {
  private pos = 0;
  constructor(private readonly text: string, private readonly options: ParseShortcodesOptions) {}

  // list := (text | call)* ; a closing tag for `closing` ends it
  parseList(closing: { name: string; delim: string } | null): ShortcodeNode[] {
    const out: ShortcodeNode[] = [];
    let textStart = this.pos;
    let ordinal = 0;
    for (;;) {
      OPEN.lastIndex = this.pos;
      const m = OPEN.exec(this.text);
      if (m === null) break;
      const start = m.index;
      const delim = m[1]!;
      const commented = m[2] !== undefined;
      if (commented) {
        // {{</* x */>}} prints the shortcode itself.
        const end = this.text.indexOf(`*/${delim === '<' ? '>' : '%'}}}`, m.index);
        if (end < 0) throw this.error(start, `unterminated shortcode comment; close it with "*/${delim === '<' ? '>' : '%'}}}"`);
        const inside = this.text.slice(m.index + 4, end);
        pushText(out, this.text.slice(textStart, start) + `{{${delim}${inside}${delim === '<' ? '>' : '%'}}}`);
        this.pos = end + 4;
        textStart = this.pos;
        continue;
      }
      this.pos = m.index + m[0].length;
      if (this.text[this.pos] === '/') {
        // A closing tag, `{{< /name >}}` or `{{</ name >}}`.
        this.pos++;
        this.skipSpace();
        const name = this.readName();
        this.skipSpace();
        this.expectClose(delim, start);
        if (closing === null || closing.name !== name) {
          throw this.error(start, closing === null ? `closing tag for shortcode "${name}" does not match an opening tag` : `closing tag "/${name}" does not match the open shortcode "${closing.name}"`);
        }
        pushText(out, this.text.slice(textStart, start));
        return out;
      }
      pushText(out, this.text.slice(textStart, start));
      out.push(this.parseCall(delim, start, ordinal++));
      textStart = this.pos;
    }
    if (closing !== null) throw this.error(this.text.length, `shortcode "${closing.name}" is not closed; add {{${closing.delim} /${closing.name} ${closing.delim === '<' ? '>' : '%'}}}`);
    pushText(out, this.text.slice(textStart));
    this.pos = this.text.length;
    return out;
  }

  // call := name (arg)* ("/")? close
  private parseCall(delim: string, start: number, ordinal: number): ShortcodeCall {
    const name = this.readName();
    if (name === '') throw this.error(start, 'expected a shortcode name after "{{' + delim + '"');
    const positional: string[] = [];
    const named = new Map<string, string>();
    let selfClosed = false;
    for (;;) {
      this.skipSpace();
      const rest = this.text.slice(this.pos, this.pos + 4);
      if (rest.startsWith('/' + (delim === '<' ? '>' : '%') + '}}')) {
        selfClosed = true;
        this.pos++;
        break;
      }
      if (rest.startsWith((delim === '<' ? '>' : '%') + '}}')) break;
      if (this.pos >= this.text.length) throw this.error(start, `shortcode "${name}" is not terminated; end it with "${delim === '<' ? '>' : '%'}}}"`);
      const argPos = this.pos;
      const key = /^([A-Za-z_][\w-]*)=/.exec(this.text.slice(this.pos));
      if (key !== null) {
        this.pos += key[0].length;
        named.set(key[1]!, this.readValue(argPos));
      } else {
        positional.push(this.readValue(argPos));
      }
    }
    if (positional.length > 0 && named.size > 0) {
      throw this.error(start, `shortcode "${name}" mixes positional and named parameters; use one kind`);
    }
    this.expectClose(delim, start);
    const takesInner = this.options.takesInner(name);
    if (takesInner === undefined) throw this.error(start, `no shortcode template "${name}"; add layouts/shortcodes/${name}.html`);
    const call: ShortcodeCall = { name, markdown: delim === '%', positional, named, inner: null, innerText: '', offset: start, ordinal };
    if (selfClosed) {
      if (!takesInner) throw this.error(start, `shortcode "${name}" does not use .Inner, so it cannot be self-closed; write {{${delim} ${name} ${delim === '<' ? '>' : '%'}}}`);
      call.inner = [];
      return call;
    }
    if (takesInner) {
      const innerStart = this.pos;
      const inner = this.parseList({ name, delim });
      const closeStart = this.text.lastIndexOf('{{', this.pos - 1);
      call.inner = inner;
      call.innerText = this.text.slice(innerStart, closeStart);
    }
    return call;
  }

  private readName(): string {
    const m = /^[\w./-]*[\w]/.exec(this.text.slice(this.pos));
    if (m === null) return '';
    this.pos += m[0].length;
    return m[0];
  }

  private readValue(argPos: number): string {
    const ch = this.text[this.pos];
    if (ch === '"') {
      let out = '';
      this.pos++;
      while (this.pos < this.text.length && this.text[this.pos] !== '"') {
        if (this.text[this.pos] === '\\' && this.text[this.pos + 1] === '"') {
          out += '"';
          this.pos += 2;
          continue;
        }
        out += this.text[this.pos++];
      }
      if (this.pos >= this.text.length) throw this.error(argPos, 'unterminated quoted string in shortcode parameter');
      this.pos++;
      return out;
    }
    if (ch === '`') {
      const end = this.text.indexOf('`', this.pos + 1);
      if (end < 0) throw this.error(argPos, 'unterminated raw string in shortcode parameter');
      const value = this.text.slice(this.pos + 1, end);
      this.pos = end + 1;
      return value;
    }
    const m = /^[^\s"`]+?(?=\s|\/?[>%]\}\}|$)/.exec(this.text.slice(this.pos));
    if (m === null) throw this.error(argPos, 'expected a shortcode parameter');
    this.pos += m[0].length;
    return m[0];
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  private expectClose(delim: string, start: number): void {
    const close = (delim === '<' ? '>' : '%') + '}}';
    if (!this.text.startsWith(close, this.pos)) throw this.error(start, `expected "${close}" to end the shortcode`);
    this.pos += close.length;
  }

  private error(offset: number, message: string): VellumError {
    let line = this.options.bodyLine;
    let lineStart = 0;
    for (let i = 0; i < offset && i < this.text.length; i++) {
      if (this.text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    return new VellumError({ code: 'shortcode', file: this.options.file, line, column: offset - lineStart + 1, message, source: this.options.source });
  }
}

function pushText(out: ShortcodeNode[], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (typeof last === 'string') out[out.length - 1] = last + text;
  else out.push(text);
}
