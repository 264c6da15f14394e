import { describe, expect, it } from 'vitest';
import { GoFloat, lookupField, missing, SafeHTML, TemplateError, TemplateSet } from '../../../src/template/engine/index.js';
import { hugoLike, render } from './helpers.js';

class Page {
  static goTypeName = 'Page';
  Title = 'Hello';
  Params = { tags: ['a', 'b'] };
  count = 0;
  get Kind(): string {
    return 'page';
  }
  Upper(s: string): string {
    return s.toUpperCase();
  }
  Join(a: string, b: string): string {
    return `${a}+${b}`;
  }
  Fail(): never {
    throw new Error('boom');
  }
  Bump(): number {
    return ++this.count;
  }
}

/** Hugo's Params: case-insensitive keys, resolved by the value itself. */
const params = {
  [lookupField](name: string): unknown {
    const values: Record<string, unknown> = { tagline: 'Hi there' };
    return values[name.toLowerCase()] ?? missing;
  },
};

function execError(text: string, data: unknown = {}, funcs = {}): TemplateError {
  try {
    render(text, data, funcs);
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('field resolution on JavaScript values', () => {
  it.each([
    ['a class property', '{{ .Title }}', 'Hello'],
    ['a getter', '{{ .Kind }}', 'page'],
    ['a zero-argument method on plain access', '{{ .Bump }}{{ .Bump }}', '12'],
    ['a method with arguments', '{{ .Upper "x" }}|{{ .Join "a" "b" }}', 'X|a+b'],
    ['a method with the piped value as its last argument', '{{ "y" | .Join "x" }}', 'x+y'],
    ['a nested plain object', '{{ index .Params.tags 1 }}', 'b'],
    ['a chain through a method result', '{{ (.Upper "ab").missing }}', 'ERR'],
  ])('%s', (_name, text, expected) => {
    if (expected === 'ERR') {
      expect(() => render(text, new Page())).toThrow(TemplateError);
      return;
    }
    expect(render(text, new Page())).toBe(expected);
  });

  it('a Map is a map: keys resolve, a missing key prints as no value', () => {
    expect(render('{{ .m.a }}|{{ .m.b }}', { m: new Map([['a', 1]]) })).toBe('1|<no value>');
  });

  it('a value with lookupField resolves its own fields (Hugo Params are case-insensitive)', () => {
    expect(render('{{ .Params.Tagline }}|{{ .Params.tagline }}|{{ .Params.other }}', { Params: params })).toBe(
      'Hi there|Hi there|<no value>',
    );
  });

  it('functions in plain objects are called like methods', () => {
    expect(render('{{ .Site.GetPage "x" }}', { Site: { GetPage: (p: string) => `page ${p}` } })).toBe('page x');
  });

  it('Object.prototype members are not fields', () => {
    expect(execError('{{ .constructor }}', new Page()).reason).toBe(
      'executing "t" at <.constructor>: can\'t evaluate field constructor in type Page',
    );
  });
});

describe('execution errors carry the template, position and Go-style context', () => {
  it.each([
    ['an unknown field on a struct', '{{ .Titel }}', new Page(), 'executing "t" at <.Titel>: can\'t evaluate field Titel in type Page', 1, 4],
    ['the failing segment of a chain', 'x\n  {{ .Params.tags.Foo }}', new Page(), 'executing "t" at <.Params.tags.Foo>: can\'t evaluate field Foo in type []interface {}', 2, 18],
    ['a field of a nil value', '{{ $x := .Nil }}{{ $x.a.b }}', { Nil: null }, 'executing "t" at <$x.a.b>: nil pointer evaluating interface {}.a', 1, 22],
    ['a field of a string', '{{ .Title.Foo }}', new Page(), 'executing "t" at <.Title.Foo>: can\'t evaluate field Foo in type string', 1, 10],
    ['a throwing method', '{{ .Fail }}', new Page(), 'executing "t" at <.Fail>: error calling Fail: boom', 1, 4],
    ['a throwing function', '{{ len 3 }}', {}, 'executing "t" at <len 3>: error calling len: len of type int', 1, 4],
    ['arguments to a non-function', '{{ 1 2 }}', {}, 'executing "t" at <1>: can\'t give argument to non-function 1', 1, 4],
    ['nil as a command', '{{ nil }}', {}, 'executing "t" at <nil>: nil is not a command', 1, 4],
    ['arguments to a plain field', '{{ .Title "x" }}', new Page(), 'executing "t" at <.Title>: Title is not a method but has arguments', 1, 4],
    ['range over an int (Go 1.20, Hugo 0.111)', '{{ range 3 }}{{ end }}', {}, 'executing "t" at <3>: range can\'t iterate over 3', 1, 10],
    ['a missing template', '{{ template "nope" }}', {}, 'executing "t" at <{{template "nope"}}>: no such template "nope"', 1, 4],
    ['and without arguments', '{{ and }}', {}, 'executing "t" at <and>: wrong number of args for and: want at least 1 got 0', 1, 4],
    ['printf without arguments', '{{ printf }}', {}, 'executing "t" at <printf>: wrong number of args for printf: want at least 1 got 0', 1, 4],
    ['index of a non-collection', '{{ index 1 1 }}', {}, 'executing "t" at <index 1 1>: error calling index: index of type int with args [1] failed: can\'t index item of type int', 1, 4],
  ])('%s', (_name, text, data, reason, line, column) => {
    const error = execError(text, data);
    expect({ reason: error.reason, line: error.line, column: error.column }).toEqual({ reason, line, column });
    expect(error.code).toBe('template-exec');
    expect(error.template).toBe('t');
    expect(error.source).toBe(text);
  });

  it('an error inside a define names the define and the file', () => {
    const set = new TemplateSet({ escape: false });
    set.add('page.html', '{{ define "main" }}\n{{ .Nope }}{{ end }}', 'layouts/page.html');
    set.add('baseof.html', '<main>{{ block "main" . }}{{ end }}</main>', 'layouts/baseof.html');
    let error: TemplateError | undefined;
    try {
      set.execute('baseof.html', new Page());
    } catch (e) {
      error = e as TemplateError;
    }
    expect(error?.message).toBe('layouts/page.html:2:4: executing "main" at <.Nope>: can\'t evaluate field Nope in type Page');
  });

  it('recursion through template stops at the depth limit with a clear message', () => {
    const set = new TemplateSet({ escape: false, maxDepth: 50 });
    set.add('loop', '{{ define "r" }}{{ template "r" . }}{{ end }}{{ template "r" . }}');
    expect(() => set.execute('loop', {})).toThrow('exceeded maximum template depth (50)');
  });

  it('the default depth limit (100) is reached before the JavaScript stack runs out', () => {
    const set = new TemplateSet({ escape: false, funcs: hugoLike });
    set.add('loop', '{{ define "r" }}{{ if true }}{{ with $ }}{{ range slice 1 }}{{ template "r" $ }}{{ end }}{{ end }}{{ end }}{{ end }}{{ template "r" . }}');
    expect(() => set.execute('loop', { a: 1 })).toThrow('exceeded maximum template depth (100)');
  });

  it('running out of JavaScript stack is a TemplateError, not a crash', () => {
    const set = new TemplateSet({ escape: false, maxDepth: 1_000_000, funcs: hugoLike });
    set.add('loop', '{{ define "r" }}{{ if true }}{{ with $ }}{{ range slice 1 }}{{ template "r" $ }}{{ end }}{{ end }}{{ end }}{{ end }}{{ template "r" . }}');
    expect(() => set.execute('loop', { a: 1 })).toThrow(/templates nested too deeply/);
  });

  it('a function may throw a TemplateError from a nested execution; it passes through unchanged', () => {
    const inner = new TemplateSet({ escape: false });
    inner.add('partial.html', '{{ .X.Y }}', 'layouts/partials/partial.html');
    const error = execError('{{ partial "x" . }}', {}, { partial: () => inner.execute('partial.html', { X: null }) });
    expect(error.file).toBe('layouts/partials/partial.html');
  });
});

describe('values and printing', () => {
  it.each([
    ['an integral GoFloat prints like Go', { v: new GoFloat(3) }, '{{ .v }}', '3'],
    ['a large GoFloat uses the exponent form', { v: new GoFloat(1e6) }, '{{ .v }}', '1e+06'],
    ['a JS float', { v: 0.1 + 0.2 }, '{{ .v }}', '0.30000000000000004'],
    ['eq tells ints from floats', { a: 10, b: new GoFloat(10) }, '{{ eq .a .b }}|{{ eq .a 10 }}|{{ eq .b 10.0 }}', 'false|true|true'],
    ['a Stringer prints through String()', { v: new (class Named { String(): string { return 'str!'; } })() }, '{{ printf "%v|%s" .v .v }}', 'str!|str!'],
    ['a Safe value prints its text', { v: new SafeHTML('<b>') }, '{{ .v }}', '<b>'],
    ['a struct without String prints its fields', { v: new (class P { a = 1; b = 'x' })() }, '{{ .v }}|{{ printf "%+v" .v }}', '{1 x}|{a:1 b:x}'],
    ['nil is <no value> in text mode', { v: null }, '{{ .v }}', '<no value>'],
    // Hugo 0.111.3: `.Site.Params.nope.a.b` with no "nope" prints nothing and is no error.
    ['fields of a missing map key are empty, not an error', {}, '{{ $x := .Missing }}{{ $x.a.b }}|{{ .Missing.a.b }}', '<no value>|<no value>'],
    ['map keys of a Map sort numerically', { m: new Map([[10, 'a'], [9, 'b'], [100, 'c']]) }, '{{ range $k, $v := .m }}{{ $k }}{{ $v }} {{ end }}{{ .m }}', '9b 10a 100c map[9:b 10:a 100:c]'],
    ['range over an iterable object', { s: new Set(['x', 'y']) }, '{{ range $i, $v := .s }}{{ $i }}{{ $v }}{{ end }}', '0x1y'],
    ['len counts UTF-8 bytes and Map entries', { m: new Map([[1, 1]]) }, '{{ len "héllo" }}|{{ len .m }}', '6|1'],
  ])('%s', (_name, data, text, expected) => {
    expect(render(text, data)).toBe(expected);
  });

  it('and/or do not evaluate arguments after the deciding one', () => {
    let calls = 0;
    const count = () => ++calls;
    expect(render('{{ or 1 count }}{{ and 0 count }}{{ or 0 count }}', {}, { count })).toBe('101');
    expect(calls).toBe(1);
  });

  it('the piped value is the last argument of a function', () => {
    expect(render('{{ "c" | f "a" "b" }}', {}, { f: (...args: string[]) => args.join(',') })).toBe('a,b,c');
  });
});

describe('template sets', () => {
  it('a later define overrides a block, as Hugo combines baseof.html and single.html', () => {
    const set = new TemplateSet({ escape: false, funcs: hugoLike });
    set.add('baseof.html', '<title>{{ block "title" . }}{{ .Title }}{{ end }}</title><main>{{ block "main" . }}default{{ end }}</main>');
    set.add('single.html', '{{ define "main" }}<h1>{{ .Title }}</h1>{{ end }}');
    expect(set.execute('baseof.html', new Page())).toBe('<title>Hello</title><main><h1>Hello</h1></main>');
  });

  it('an empty define does not replace an existing one, as in Go', () => {
    const set = new TemplateSet({ escape: false });
    set.add('a', '{{ define "x" }}kept{{ end }}{{ template "x" }}');
    set.add('b', '{{ define "x" }}  {{ end }}');
    expect(set.execute('a', {})).toBe('kept');
  });

  it('a clone shares the parsed trees but later definitions stay in the clone', () => {
    const base = new TemplateSet({ escape: false });
    base.add('baseof', '[{{ block "main" . }}base{{ end }}]');
    const one = base.clone().add('one', '{{ define "main" }}one{{ end }}');
    const two = base.clone().add('two', '{{ define "main" }}two{{ end }}');
    expect([base.execute('baseof', {}), one.execute('baseof', {}), two.execute('baseof', {})]).toEqual(['[base]', '[one]', '[two]']);
    expect(one.lookup('baseof')).toBe(two.lookup('baseof'));
  });

  it('executeWithReturn gives the value of {{ return }} and stops the template there', () => {
    const set = new TemplateSet({ escape: false, funcs: hugoLike });
    set.add('p', 'text {{ $x := slice 1 2 }}{{ if true }}{{ return $x }}{{ end }}never');
    expect(set.executeWithReturn('p', {})).toEqual({ output: 'text ', returned: [1, 2], hasReturn: true });
    set.add('q', 'plain');
    expect(set.executeWithReturn('q', {})).toEqual({ output: 'plain', returned: undefined, hasReturn: false });
  });

  it('a missing entry template is a TemplateError', () => {
    expect(() => new TemplateSet().execute('nope', {})).toThrow('no such template "nope"');
  });

  it('user functions replace builtins of the same name', () => {
    const set = new TemplateSet({ escape: false, funcs: { len: () => 'mine' } });
    set.add('t', '{{ len "abc" }}');
    expect(set.execute('t', {})).toBe('mine');
  });

  it('in HTML mode nil prints as empty and text is escaped', () => {
    const set = new TemplateSet({ funcs: hugoLike });
    set.add('t', '<p>{{ .Missing }}|{{ .Html }}|{{ .Safe }}</p>');
    expect(set.execute('t', { Html: '<a href="x">+</a>', Safe: new SafeHTML('<b>ok</b>') })).toBe(
      '<p>|&lt;a href=&#34;x&#34;&gt;&#43;&lt;/a&gt;|<b>ok</b></p>',
    );
  });

  it('escaping never changes the parsed trees', () => {
    const set = new TemplateSet();
    set.add('t', '{{ .X }}');
    const before = JSON.stringify(set.lookup('t'));
    set.execute('t', { X: 1 });
    expect(JSON.stringify(set.lookup('t'))).toBe(before);
  });
});

describe('errors in escaped templates', () => {
  it('name the template as written, not the escaper-derived copy', () => {
    const set = new TemplateSet();
    set.add('t', '{{ define "p" }}<b>{{ .X.Y }}</b>{{ end }}<p title="{{ template "p" . }}">', 'layouts/t.html');
    expect(() => set.execute('t', { X: null })).toThrow(
      'layouts/t.html:1:25: executing "p" at <.X.Y>: nil pointer evaluating interface {}.Y',
    );
  });
});
