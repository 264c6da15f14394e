import { describe, expect, it } from 'vitest';
import { attrType } from '../../../../src/template/engine/escape/attr.js';
import type { Context } from '../../../../src/template/engine/escape/context.js';
import { mangle, nudge, textContext } from '../../../../src/template/engine/escape/context.js';
import { contextAfterText } from '../../../../src/template/engine/escape/after-text.js';
import { decodeCSS, nextJSCtx } from '../../../../src/template/engine/escape/transition.js';

/** The context after all of `text`, from HTML text, in Go's `%v`-like short form. */
function after(text: string): string {
  let c: Context = textContext();
  let s = text;
  while (s.length > 0) {
    const [c1, n] = contextAfterText(c, s);
    c = c1;
    s = s.slice(n);
    if (c.state === 'Error') break;
  }
  const parts: string[] = [c.state];
  if (c.delim !== 'None') parts.push(`delim=${c.delim}`);
  if (c.urlPart !== 'None') parts.push(`url=${c.urlPart}`);
  if (c.jsCtx !== 'Regexp') parts.push(`js=${c.jsCtx}`);
  if (c.attr !== 'None') parts.push(`attr=${c.attr}`);
  if (c.element !== 'None') parts.push(`el=${c.element}`);
  return parts.join(' ');
}

describe('the context after template text', () => {
  it.each([
    ['plain text', 'Hello, world', 'Text'],
    ['a lone < in text', 'a < b', 'Text'],
    ['an open tag', '<a', 'Tag'],
    ['an attribute name', '<a hr', 'AttrName'],
    ['after an attribute name', '<a href ', 'AfterName attr=URL'],
    ['before an attribute value', '<a href=', 'BeforeValue attr=URL'],
    ['in a double-quoted URL', '<a href="', 'URL delim=DoubleQuote attr=URL'],
    ['in a URL path', '<a href="/a', 'URL delim=DoubleQuote url=PreQuery attr=URL'],
    ['in a URL query', '<a href="/a?b=', 'URL delim=DoubleQuote url=QueryOrFrag attr=URL'],
    ['in a single-quoted attribute', "<p title='x", 'Attr delim=SingleQuote'],
    ['in an unquoted attribute', '<p title=x', 'Attr delim=SpaceOrTagEnd'],
    ['after an unquoted attribute', '<p title=x ', 'Tag'],
    ['an HTML comment', '<!-- x', 'HTMLCmt'],
    ['after an HTML comment', '<!-- x -->', 'Text'],
    ['title content', '<title>x', 'RCDATA el=Title'],
    ['textarea content ignores tags', '<textarea><b>', 'RCDATA el=Textarea'],
    ['after a closed title', '<title>x</title>', 'Text'],
    ['script content', '<script>', 'JS el=Script'],
    ['after a JS value', '<script>x', 'JS js=DivOp el=Script'],
    ['a JS double-quoted string', '<script>"a', 'JSDqStr el=Script'],
    ['a JS single-quoted string', "<script>'a", 'JSSqStr el=Script'],
    ['an escaped quote stays in the string', '<script>"a\\"', 'JSDqStr el=Script'],
    ['after a JS string', '<script>"a"', 'JS js=DivOp el=Script'],
    ['a JS regexp', '<script>x = /a', 'JSRegexp el=Script'],
    ['a slash in a regexp charset', '<script>x = /[/]', 'JSRegexp el=Script'],
    ['a JS division', '<script>x / ', 'JS el=Script'],
    ['a JS line comment', '<script>// x', 'JSLineCmt el=Script'],
    ['a JS block comment', '<script>/* x', 'JSBlockCmt el=Script'],
    ['template literals are plain code in Go 1.20', '<script>`a', 'JS js=DivOp el=Script'],
    ['after script', '<script>x</script>', 'Text'],
    ['script end tag inside a JS string still ends the script', '<script>"</script>', 'Text'],
    ['a non-JS script type', '<script type="text/template">', 'Text'],
    ['style content', '<style>', 'CSS el=Style'],
    ['a CSS string', '<style>p { content: "', 'CSSDqStr el=Style'],
    ['a CSS url()', '<style>p { background: url(', 'CSSURL el=Style'],
    ['a quoted CSS url()', "<style>p { background: url( 'a", 'CSSSqURL url=PreQuery el=Style'],
    ['a CSS comment', '<style>/* x', 'CSSBlockCmt el=Style'],
    ['an onclick attribute', '<a onclick="', 'JS delim=DoubleQuote attr=Script'],
    ['entities are decoded in attributes', '<a onclick="f(&quot;x', 'JSDqStr delim=DoubleQuote attr=Script'],
    ['a style attribute', '<p style="color: ', 'CSS delim=DoubleQuote attr=Style'],
    ['a srcset attribute', '<img srcset="', 'Srcset delim=DoubleQuote attr=Srcset'],
    ['a quote in an unquoted value is an error', '<p title=a"b', 'Error'],
    ['a quote in an attribute name is an error', '<p a"b', 'Error'],
  ])('%s', (_what, text, expected) => {
    expect(after(text)).toBe(expected);
  });
});

describe('nextJSCtx decides whether a slash starts a regexp', () => {
  it.each([
    ['x', 'DivOp'],
    ['x = ', 'Regexp'],
    ['return', 'Regexp'],
    ['typeof ', 'Regexp'],
    ['a++', 'DivOp'],
    ['a+', 'Regexp'],
    ['a---', 'Regexp'],
    ['42.', 'DivOp'],
    ['x.', 'Regexp'],
    [')', 'DivOp'],
    ['}', 'Regexp'],
    ['', 'DivOp'],
  ])('after %j it is %s', (text, expected) => {
    expect(nextJSCtx(text, 'DivOp')).toBe(expected);
  });
});

describe('attribute types follow Go attrType', () => {
  it.each([
    ['href', 'url'],
    ['data-href', 'url'],
    ['data-action', 'url'],
    ['xlink:href', 'url'],
    ['xmlns:svg', 'url'],
    ['my-src', 'url'],
    ['imageuri', 'url'],
    ['srclang', 'plain'],
    ['onclick', 'js'],
    ['data-onload', 'js'],
    ['style', 'css'],
    ['srcset', 'srcset'],
    ['title', 'plain'],
    ['data-title', 'plain'],
    ['content', 'unsafe'],
  ])('%s is %s', (name, expected) => {
    expect(attrType(name)).toBe(expected);
  });
});

describe('context helpers', () => {
  it('names a template copy after its starting context as Go does', () => {
    const c: Context = { ...textContext(), state: 'JS', element: 'Script' };
    expect(mangle(c, 'p')).toBe('p$htmltemplate_stateJS_elementScript');
    expect(mangle({ ...c, state: 'URL', delim: 'DoubleQuote', urlPart: 'PreQuery', jsCtx: 'DivOp', attr: 'URL', element: 'None' }, 'p')).toBe(
      'p$htmltemplate_stateURL_delimDoubleQuote_urlPartPreQuery_jsCtxDivOp_attrURL',
    );
    expect(mangle(textContext(), 'p')).toBe('p');
  });

  it('nudges an action after `=` into an unquoted value', () => {
    const c = nudge({ ...textContext(), state: 'BeforeValue', attr: 'URL' });
    expect([c.state, c.delim, c.attr]).toEqual(['URL', 'SpaceOrTagEnd', 'None']);
  });

  it('decodes CSS escapes', () => {
    expect(decodeCSS('\\41 B\\"x\\\\')).toBe('AB"x\\');
  });
});
