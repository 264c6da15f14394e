/** Hugo's strings namespace (tpl/strings), with the top-level aliases Hugo registers. */
import { SafeHTML } from '../engine/values.js';
import { htmlEscapeString, toIntE, toStringE } from './go.js';
import { expand, goMatches, goRegExp } from './regexp.js';
import { titleCase } from './title.js';
import { truncateHTML } from './truncate.js';
import { stripHTML } from './transform.js';
import type { FuncDef, Namespace } from './registry.js';

const str = toStringE;

/** Go's unicode.IsSpace over a whole string, as strings.Fields splits. */
const fields = (s: string): string[] => s.split(/[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/).filter((w) => w !== '');

/** Go's strings.Trim family: cutset is a set of characters (code points). */
function trimSet(s: string, cutset: string, left: boolean, right: boolean): string {
  const set = new Set(cutset);
  const chars = [...s];
  let a = 0;
  let b = chars.length;
  if (left) while (a < b && set.has(chars[a]!)) a++;
  if (right) while (b > a && set.has(chars[b - 1]!)) b--;
  return chars.slice(a, b).join('');
}

/** Go's strings.ToUpper/ToLower map each rune alone: "ß" stays "ß", "İ" becomes "i". */
function simpleCase(s: string, to: 'upper' | 'lower'): string {
  let out = '';
  for (const ch of s) {
    const mapped = to === 'upper' ? ch.toUpperCase() : ch.toLowerCase();
    out += [...mapped].length === 1 ? mapped : ch === '\u0130' ? 'i' : ch;
  }
  return out;
}

/** Hugo's substr (0.94+): rune-based, negative start/length count from the end, never an error for bounds. */
function substr(a: unknown, start: unknown, ...rest: unknown[]): string {
  const rs = [...str(a)];
  const rlen = rs.length;
  let s = toIntE(start);
  if (rest.length > 1) throw new Error('too many arguments');
  const length = rest.length === 0 ? rlen : toIntE(rest[0]);
  if (s < 0) s = Math.max(0, rlen + s);
  if (s > rlen - 1) return '';
  let end = rlen;
  if (length === 0) return '';
  if (length < 0) end += length;
  else end = s + length;
  if (s >= end || end < 0) return '';
  return rs.slice(s, Math.min(end, rlen)).join('');
}

export const stringsNamespace: Namespace = (hooks) => {
  const defs: FuncDef[] = [
    { name: 'strings.Chomp', aliases: ['chomp'], fn: (s: unknown) => {
      const out = str(s).replace(/[\r\n]+$/, '');
      return s instanceof SafeHTML ? new SafeHTML(out) : out;
    }, examples: [['{{ chomp "<p>Blockhead</p>\\n" | safeHTML }}', '<p>Blockhead</p>']] },
    { name: 'strings.Contains', fn: (s: unknown, sub: unknown) => str(s).includes(str(sub)),
      examples: [['{{ strings.Contains "abc" "b" }}', 'true'], ['{{ strings.Contains "abc" "d" }}', 'false']] },
    { name: 'strings.ContainsAny', fn: (s: unknown, chars: unknown) => [...str(chars)].some((c) => str(s).includes(c)),
      examples: [['{{ strings.ContainsAny "abc" "xyzc" }}', 'true'], ['{{ strings.ContainsAny "abc" "" }}', 'false']] },
    { name: 'strings.ContainsNonSpace', fn: (s: unknown) => /[^\t\n\v\f\r \u0085\u00a0]/.test(str(s)),
      examples: [['{{ strings.ContainsNonSpace "\\n " }}', 'false'], ['{{ strings.ContainsNonSpace " a " }}', 'true']] },
    { name: 'strings.Count', fn: (sub: unknown, s: unknown) => {
      const needle = str(sub);
      const hay = str(s);
      if (needle === '') return [...hay].length + 1;
      return hay.split(needle).length - 1;
    }, examples: [['{{ strings.Count "a" "banana" }}', '3'], ['{{ "aaabaab" | strings.Count "a" }}', '5']] },
    { name: 'strings.CountRunes', aliases: ['countrunes'], fn: (s: unknown) => [...stripHTML(str(s))].filter((c) => !/\s/.test(c)).length,
      examples: [['{{ countrunes "Hello <b>wörld</b>" }}', '10']] },
    { name: 'strings.CountWords', aliases: ['countwords'], fn: (s: unknown) => {
      const text = stripHTML(str(s));
      const cjk = /\p{Script=Han}|\p{Script=Hangul}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(text);
      let count = 0;
      for (const word of fields(text)) {
        const runes = [...word].length;
        count += !cjk || new TextEncoder().encode(word).length === runes ? 1 : runes;
      }
      return count;
    }, examples: [['{{ countwords "Hello <b>world</b>, this is  a test." }}', '6']] },
    { name: 'strings.FindRE', aliases: ['findRE'], fn: (expr: unknown, content: unknown, limit?: unknown) => {
      const re = goRegExp(str(expr));
      const n = limit === undefined ? -1 : toIntE(limit);
      return n === 0 ? [] : goMatches(re, str(content), n).map((m) => m[0]);
    }, examples: [['{{ findRE "[a-z]+" "ab 12 cd ef" 2 }}', '[ab cd]'], ['{{ findRE "x" "abc" }}', '[]']] },
    { name: 'strings.FindRESubmatch', aliases: ['findRESubmatch'], fn: (expr: unknown, content: unknown, limit?: unknown) => {
      const n = limit === undefined ? -1 : toIntE(limit);
      return n === 0 ? [] : goMatches(goRegExp(str(expr)), str(content), n).map((m) => [...m].map((g) => g ?? ''));
    }, examples: [['{{ findRESubmatch "(\\\\w)(\\\\d)" "a1 b2" }}', '[[a1 a 1] [b2 b 2]]']] },
    { name: 'strings.FirstUpper', fn: (s: unknown) => {
      const t = str(s);
      const first = String.fromCodePoint(t.codePointAt(0) ?? 0);
      return t === '' ? '' : first.toUpperCase() + t.slice(first.length);
    }, examples: [['{{ strings.FirstUpper "hello world" }}', 'Hello world']] },
    { name: 'strings.HasPrefix', fn: (s: unknown, p: unknown) => str(s).startsWith(str(p)),
      examples: [['{{ strings.HasPrefix "Hugo" "Hu" }}', 'true']] },
    { name: 'strings.HasSuffix', fn: (s: unknown, p: unknown) => str(s).endsWith(str(p)),
      examples: [['{{ strings.HasSuffix "Hugo" "Hu" }}', 'false']] },
    { name: 'strings.Repeat', fn: (n: unknown, s: unknown) => {
      const count = toIntE(n);
      if (count < 0) throw new Error('strings: negative Repeat count');
      return str(s).repeat(count);
    }, examples: [['{{ strings.Repeat 3 "ab" }}', 'ababab'], ['{{ "yo" | strings.Repeat 2 }}', 'yoyo']] },
    { name: 'strings.Replace', aliases: ['replace'], fn: (s: unknown, old: unknown, repl: unknown, limit?: unknown) => {
      const n = limit === undefined ? -1 : toIntE(limit);
      let text = str(s);
      const o = str(old);
      const r = str(repl);
      if (n < 0) return text.split(o).join(r);
      let out = '';
      for (let i = 0; i < n; i++) {
        const at = text.indexOf(o);
        if (at < 0) break;
        out += text.slice(0, at) + r;
        text = text.slice(at + o.length);
      }
      return out + text;
    }, examples: [['{{ replace "Batman and Robin" "Robin" "Catwoman" }}', 'Batman and Catwoman'], ['{{ replace "aaa" "a" "b" 2 }}', 'bba']] },
    { name: 'strings.ReplaceRE', aliases: ['replaceRE'], fn: (pattern: unknown, repl: unknown, s: unknown, limit?: unknown) => {
      const re = goRegExp(str(pattern));
      const n = limit === undefined ? -1 : toIntE(limit);
      const template = str(repl);
      const text = str(s);
      let out = '';
      let last = 0;
      for (const m of goMatches(re, text, n)) {
        out += text.slice(last, m.index) + expand(template, m);
        last = m.index + m[0].length;
      }
      return out + text.slice(last);
    }, examples: [
      ['{{ replaceRE "^https?://([^/]+).*" "$1" "http://gohugo.io/docs" }}', 'gohugo.io'],
      ['{{ replaceRE "(\\\\w+)@(\\\\w+)" "$2 at $1" "joe@example" }}', 'example at joe'],
      ['{{ replaceRE "a" "b" "aaa" 2 }}', 'bba'],
    ] },
    { name: 'strings.RuneCount', fn: (s: unknown) => [...str(s)].length, examples: [['{{ strings.RuneCount "héllo" }}', '5']] },
    { name: 'strings.SliceString', aliases: ['slicestr'], fn: (s: unknown, ...bounds: unknown[]) => {
      const rs = [...str(s)];
      const start = bounds.length > 0 ? toIntE(bounds[0]) : 0;
      const end = bounds.length > 1 ? toIntE(bounds[1]) : rs.length;
      if (start < 0 || end > rs.length || start > end) throw new Error('slice bounds out of range');
      return rs.slice(start, end).join('');
    }, examples: [['{{ slicestr "BatMan" 0 3 }}', 'Bat'], ['{{ slicestr "BatMan" 3 }}', 'Man']] },
    { name: 'strings.Split', aliases: ['split'], fn: (s: unknown, delim: unknown) => {
      const d = str(delim);
      return d === '' ? [...str(s)] : str(s).split(d);
    }, examples: [['{{ split "tag1,tag2,tag3" "," }}', '[tag1 tag2 tag3]'], ['{{ split "abc" "" }}', '[a b c]']] },
    { name: 'strings.Substr', aliases: ['substr'], fn: substr, examples: [
      ['{{ substr "abcdef" 1 }}', 'bcdef'], ['{{ substr "abcdef" -2 }}', 'ef'], ['{{ substr "abcdef" 1 2 }}', 'bc'],
      ['{{ substr "abcdef" 1 -1 }}', 'bcde'], ['{{ substr "abcdef" 10 }}', ''], ['{{ substr "héllo" 1 3 }}', 'éll'],
    ] },
    { name: 'strings.Title', aliases: ['title'], fn: (s: unknown) => titleCase(str(s), hooks.titleCaseStyle), examples: [
      ['{{ title "the lord of the rings: a tale of two cities and the return of the king" }}', 'The Lord of the Rings: A Tale of Two Cities and the Return of the King'],
      ['{{ title "WHAT is in a name? an OVERVIEW of go" }}', 'WHAT Is in a Name? an OVERVIEW of Go'],
      ['{{ title "from the top, over the rainbow; with love by me" }}', 'From the Top, Over the Rainbow; With Love by Me'],
      ['{{ title "hello-world foo_bar o\'neil" }}', 'Hello-World Foo_bar O&#39;neil'],
    ] },
    { name: 'strings.ToLower', aliases: ['lower'], fn: (s: unknown) => simpleCase(str(s), 'lower'), examples: [['{{ lower "BatMan" }}', 'batman']] },
    { name: 'strings.ToUpper', aliases: ['upper'], fn: (s: unknown) => simpleCase(str(s), 'upper'), examples: [['{{ upper "BatMan" }}', 'BATMAN']] },
    { name: 'strings.Trim', aliases: ['trim'], fn: (s: unknown, cutset: unknown) => trimSet(str(s), str(cutset), true, true),
      examples: [['{{ trim "++Batman--" "+-" }}', 'Batman']] },
    { name: 'strings.TrimLeft', fn: (cutset: unknown, s: unknown) => trimSet(str(s), str(cutset), true, false),
      examples: [['{{ strings.TrimLeft "x" "xxhix" }}', 'hix']] },
    { name: 'strings.TrimRight', fn: (cutset: unknown, s: unknown) => trimSet(str(s), str(cutset), false, true),
      examples: [['{{ strings.TrimRight "x" "xhixx" }}', 'xhi']] },
    { name: 'strings.TrimPrefix', fn: (prefix: unknown, s: unknown) => {
      const p = str(prefix);
      const t = str(s);
      return p !== '' && t.startsWith(p) ? t.slice(p.length) : t;
    }, examples: [['{{ strings.TrimPrefix "x" "xxhi" }}', 'xhi']] },
    { name: 'strings.TrimSuffix', fn: (suffix: unknown, s: unknown) => {
      const p = str(suffix);
      const t = str(s);
      return p !== '' && t.endsWith(p) ? t.slice(0, t.length - p.length) : t;
    }, examples: [['{{ strings.TrimSuffix "x" "hixx" }}', 'hix']] },
    { name: 'strings.Truncate', aliases: ['truncate'], fn: (...args: unknown[]) => truncateHTML(args), examples: [
      ['{{ truncate 10 "Hello World and everyone" }}', 'Hello …'],
      ['{{ truncate 5 "abcdefghij" }}', 'abcde …'],
      ['{{ truncate 10 "..." "Hello World and everyone" }}', 'Hello...'],
      ['{{ truncate 30 "short" }}', 'short'],
      ['{{ truncate 10 "<p>Hello <b>World and</b> everyone</p>" }}', '&lt;p&gt;Hello …'],
    ] },
  ];
  return defs;
};

export { htmlEscapeString };
