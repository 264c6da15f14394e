import { describe, expect, it } from 'vitest';
import { escaperFuncs } from '../../../../src/template/engine/escape/index.js';
import { stripTags } from '../../../../src/template/engine/escape/html.js';
import { GoFloat, SafeCSS, SafeHTML, SafeHTMLAttr, SafeJS, SafeJSStr, SafeURL } from '../../../../src/template/engine/values.js';

const call = (name: string, ...args: unknown[]): unknown => {
  const fn = escaperFuncs[`_html_template_${name}`];
  if (fn === undefined) throw new Error(`no escaper ${name}`);
  return fn(...args);
};

// Values cross-checked against Hugo 0.111.3 where a template can produce them
// (see fixtures/hugo-contexts.json); the rest follow Go 1.20's html/template.
describe('escaper functions', () => {
  it.each([
    ['htmlescaper', ["<a href='x'>+\"&\0"], '&lt;a href=&#39;x&#39;&gt;&#43;&#34;&amp;\ufffd'],
    ['htmlescaper', [new SafeHTML('<b>')], '<b>'],
    ['htmlescaper', [null], ''],
    ['htmlescaper', [undefined], ''],
    ['htmlescaper', [new GoFloat(1000000)], '1e&#43;06'],
    ['htmlescaper', [new SafeJS('<x>')], '&lt;x&gt;'],
    ['rcdataescaper', [new SafeHTML('a &amp; <b>')], 'a &amp; &lt;b&gt;'],
    ['attrescaper', [new SafeHTML('<b title="x">bold</b> & more')], 'bold & more'],
    ['attrescaper', ['"onmouseover=alert(1)'], '&#34;onmouseover=alert(1)'],
    ['nospaceescaper', ['a b=`c`\ufdd0'], 'a&#32;b&#61;&#96;c&#96;&#xfdd0;'],
    ['htmlnamefilter', ['Title'], 'title'],
    ['htmlnamefilter', ['onclick'], 'ZgotmplZ'],
    ['htmlnamefilter', [''], 'ZgotmplZ'],
    ['htmlnamefilter', [new SafeHTMLAttr('onclick="f()"')], 'onclick="f()"'],
    ['commentescaper', ['anything'], ''],
    ['urlfilter', ['javascript:alert(1)'], '#ZgotmplZ'],
    ['urlfilter', ['Mailto:x@y'], 'Mailto:x@y'],
    ['urlfilter', ['/a:b'], '/a:b'],
    ['urlfilter', [new SafeURL('javascript:x')], 'javascript:x'],
    ['urlnormalizer', ["/a b/é?q='x'&y=%41%zz"], '/a%20b/%c3%a9?q=%27x%27&y=%41%25zz'],
    ['urlescaper', ['a b&c=d/é'], 'a%20b%26c%3dd%2f%c3%a9'],
    ['urlescaper', [new SafeURL('a b&c')], 'a%20b&c'],
    ['srcsetescaper', ['/a.png 1x, javascript:x 2x'], '/a.png 1x,#ZgotmplZ'],
    ['srcsetescaper', [new SafeURL('/a,b.png')], '/a%2cb.png'],
    ['jsvalescaper', ['</script>&\u2028'], '"\\u003c/script\\u003e\\u0026\\u2028"'],
    ['jsvalescaper', [42], ' 42 '],
    ['jsvalescaper', [-1.5], ' -1.5 '],
    ['jsvalescaper', [true], ' true '],
    ['jsvalescaper', [null], ' null '],
    ['jsvalescaper', [NaN], ' /* json: unsupported value: NaN */null '],
    ['jsvalescaper', [{ b: [1, 'x'], a: null }], '{"a":null,"b":[1,"x"]}'],
    ['jsvalescaper', [new Map([['k', 1]])], '{"k":1}'],
    ['jsvalescaper', [new SafeJS('f()')], 'f()'],
    ['jsvalescaper', [new SafeJSStr('a\\"b')], '"a\\"b"'],
    ['jsvalescaper', [new SafeHTML('<p>')], '"\\u003cp\\u003e"'],
    ['jsvalescaper', [{ String: () => 'str' }], '"str"'],
    ['jsvalescaper', ['a', 1], '"a1"'],
    ['jsstrescaper', ['</script>"\'\\\n+'], '\\u003c\\/script\\u003e\\u0022\\u0027\\\\\\n\\u002b'],
    ['jsstrescaper', [new SafeJSStr('a\\nb"')], 'a\\nb\\u0022'],
    ['jsregexpescaper', ['a.b*(c)'], 'a\\.b\\*\\(c\\)'],
    ['jsregexpescaper', [''], '(?:)'],
    ['cssescaper', ['a"b</style>'], 'a\\22 b\\3c\\2fstyle\\3e '],
    ['cssvaluefilter', ['expression(alert(1))'], 'ZgotmplZ'],
    ['cssvaluefilter', ['\\65xpression'], 'ZgotmplZ'],
    ['cssvaluefilter', ['-moz-binding'], 'ZgotmplZ'],
    ['cssvaluefilter', ['a--b'], 'ZgotmplZ'],
    ['cssvaluefilter', ['10px solid #fff'], '10px solid #fff'],
    ['cssvaluefilter', [new SafeCSS('a;b')], 'a;b'],
  ])('%s(%j) is %j', (name, args, expected) => {
    expect(call(name, ...args)).toBe(expected);
  });

  it('reports a cyclic value in JS as a comment instead of looping', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(call('jsvalescaper', cyclic)).toBe(' /* json: unsupported value: encountered a cycle */null ');
  });

  it('_eval_args_ prints its arguments like fmt.Sprint', () => {
    expect(escaperFuncs['_eval_args_']?.('<b>')).toBe('<b>');
    expect(escaperFuncs['_eval_args_']?.(1, 2, 'x')).toBe('1 2x');
  });
});

describe('stripTags keeps only the text of trusted HTML', () => {
  it.each([
    ['<b>bold</b>', 'bold'],
    ['I <3 Ponies!', 'I <3 Ponies!'],
    ['<div title="1>2">x</div>', 'x'],
    ['a<!-- c -->b', 'ab'],
    ['<script>var a = "<b>";</script>after', 'after'],
  ])('%j → %j', (html, expected) => {
    expect(stripTags(html)).toBe(expected);
  });
});
