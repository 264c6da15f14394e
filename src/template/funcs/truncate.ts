import { SafeHTML } from '../engine/values.js';
import { htmlEscapeString, toIntE, toStringE } from './go.js';

// Hugo's truncate: `truncate SIZE [ELLIPSIS] TEXT`.
// - Only trusted HTML input is read as HTML: its tags do not count and open
//   tags are closed after the ellipsis. Plain strings count every character
//   (tags and entities included) and the result is escaped.
// - The cut falls after the last whole word that fits, or mid-word when the
//   first word is already too long; CJK characters are words of their own.
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const tagRE = /^<(\/)?([^\s/>]+)[^>]*?(\/)?>/;
const cjkRE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function truncateHTML(args: unknown[]): SafeHTML {
  if (args.length < 2 || args.length > 3) throw new Error('truncate requires a length and a string');
  const length = toIntE(args[0]);
  const ellipsis = args.length === 3 ? toStringE(args[1]) : ' …';
  const input = args[args.length - 1];
  let text: string;
  try {
    text = toStringE(input);
  } catch {
    throw new Error('text to truncate must be a string');
  }
  const isHTML = input instanceof SafeHTML;
  const tags: { name: string; pos: number; open: boolean }[] = [];
  let currentLen = 0;
  let lastWordIndex = 0;
  let lastNonSpace = 0;
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (isHTML && ch === '<') {
      const m = tagRE.exec(text.slice(i));
      if (m !== null) {
        // A tag ends the word before it.
        lastWordIndex = lastNonSpace;
        const name = m[2]!.toLowerCase();
        if (m[3] === undefined && !voidElements.has(name)) tags.push({ name, pos: i, open: m[1] === undefined });
        i += m[0].length;
        continue;
      }
    }
    currentLen++;
    if (/\s/.test(ch)) lastWordIndex = lastNonSpace;
    else if (cjkRE.test(ch)) lastWordIndex = i;
    else lastNonSpace = i + ch.length;
    if (currentLen > length) {
      const end = lastWordIndex === 0 ? i : lastWordIndex;
      const out = text.slice(0, end);
      if (!isHTML) return new SafeHTML(htmlEscapeString(out) + ellipsis);
      return new SafeHTML(out + ellipsis + closeTags(tags, end));
    }
    i += ch.length;
  }
  return new SafeHTML(isHTML ? text : htmlEscapeString(text));
}

/** Closing tags for the elements still open before `end`, innermost first. */
function closeTags(tags: readonly { name: string; pos: number; open: boolean }[], end: number): string {
  let out = '';
  let closed: string | null = null;
  for (let i = tags.length - 1; i >= 0; i--) {
    const tag = tags[i]!;
    if (tag.pos >= end || closed !== null) {
      if (closed !== null && closed === tag.name) closed = null;
      continue;
    }
    if (tag.open) out += `</${tag.name}>`;
    else closed = tag.name;
  }
  return out;
}
