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
  const open: string[] = [];
  let currentLen = 0;
  let lastWordIndex = 0;
  let lastNonSpace = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (isHTML && ch === '<') {
      const m = tagRE.exec(text.slice(i));
      if (m !== null) {
        const name = m[2]!.toLowerCase();
        if (m[1] === '/') {
          const at = open.lastIndexOf(name);
          if (at >= 0) open.splice(at, 1);
        } else if (m[3] === undefined && !voidElements.has(name)) {
          open.push(name);
        }
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
      const closing = open.reverse().map((t) => `</${t}>`).join('');
      return new SafeHTML((isHTML ? out : htmlEscapeString(out)) + ellipsis + (isHTML ? closing : ''));
    }
    i += ch.length;
  }
  return new SafeHTML(isHTML ? text : htmlEscapeString(text));
}
