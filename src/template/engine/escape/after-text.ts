/**
 * Reading template text inside an attribute value: where the value ends, and
 * the entity-decoded view of it that the transitions see, as Go's
 * html/template contextAfterText does.
 */

import type { Context } from './context.js';
import { errorContext, textContext } from './context.js';
import { transitions, tSpecialTagEnd } from './transition.js';

const quote = (s: string): string => JSON.stringify(s);

const delimEnds: Record<Context['delim'], RegExp> = {
  None: /$^/,
  DoubleQuote: /"/,
  SingleQuote: /'/,
  SpaceOrTagEnd: /[ \t\n\f\r>]/,
};

/** Script `type`s whose content is JavaScript (or JSON), as Go's isJSType. */
function isJSType(mime: string): boolean {
  const t = (mime.split(';')[0] ?? '').trim().toLowerCase();
  return (
    t === '' ||
    ['application/ecmascript', 'application/javascript', 'application/json', 'application/ld+json', 'application/x-ecmascript',
      'application/x-javascript', 'module', 'text/ecmascript', 'text/javascript', 'text/javascript1.0', 'text/javascript1.1',
      'text/javascript1.2', 'text/javascript1.3', 'text/javascript1.4', 'text/javascript1.5', 'text/jscript', 'text/livescript',
      'text/x-ecmascript', 'text/x-javascript'].includes(t)
  );
}

/**
 * The context after reading a prefix of `s`, and how much was read. Inside an
 * attribute value the text is entity-decoded first, so
 * `onclick="alert(&quot;x&quot;)"` is seen as the JS it stands for.
 */
export function contextAfterText(c: Context, s: string): [Context, number] {
  if (c.delim === 'None') {
    const [c1, i] = tSpecialTagEnd(c, s);
    // An end tag was seen right here: the element's content is over.
    if (i === 0) return [c1, 0];
    return transitions[c.state](c, s.slice(0, i));
  }
  const m = delimEnds[c.delim].exec(s);
  const i = m === null ? s.length : m.index;
  if (c.delim === 'SpaceOrTagEnd') {
    // Characters HTML parsers disagree about in unquoted values.
    const bad = /["'<=`]/.exec(s.slice(0, i));
    if (bad !== null) return [errorContext(`${quote(bad[0])} in unquoted attr: ${quote(s.slice(0, i))}`), s.length];
  }
  if (i === s.length) {
    let u = unescapeHTML(s);
    while (u.length > 0) {
      const [c1, n] = transitions[c.state](c, u);
      c = c1;
      u = u.slice(n);
    }
    return [c, s.length];
  }
  let element = c.element;
  // A non-JS `type` makes a script's content plain text.
  if (c.state === 'Attr' && c.element === 'Script' && c.attr === 'ScriptType' && !isJSType(s.slice(0, i))) element = 'None';
  // Leaving the value keeps only the state and element.
  return [{ ...textContext(), state: 'Tag', element }, c.delim === 'SpaceOrTagEnd' ? i : i + 1];
}

const namedEntities: Record<string, string> = {
  quot: '"', QUOT: '"', amp: '&', AMP: '&', lt: '<', LT: '<', gt: '>', GT: '>', apos: "'", nbsp: '\u00a0',
  sol: '/', bsol: '\\', lpar: '(', rpar: ')', num: '#', quest: '?', ast: '*', midast: '*', grave: '`',
  lsqb: '[', lbrack: '[', rsqb: ']', rbrack: ']', lcub: '{', lbrace: '{', rcub: '}', rbrace: '}', colon: ':',
  semi: ';', comma: ',', period: '.', excl: '!', equals: '=', plus: '+', percnt: '%', dollar: '$', Tab: '\t', NewLine: '\n',
};

/**
 * Decodes character references for context tracking. Numeric ones are exact;
 * of the named ones only those that stand for characters that can change a
 * context (quotes, slashes, brackets, …) are known, which is all that matters here.
 */
function unescapeHTML(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z]+);?/g, (all, ref: string) => {
    if (ref.startsWith('#')) {
      const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
    }
    return namedEntities[ref] ?? all;
  });
}
