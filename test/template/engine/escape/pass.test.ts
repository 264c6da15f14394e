import { describe, expect, it } from 'vitest';
import type { Tree } from '../../../../src/template/engine/ast.js';
import { escapeTemplate } from '../../../../src/template/engine/escape/index.js';
import { parse } from '../../../../src/template/engine/parser.js';
import { nodeToString } from '../../../../src/template/engine/print.js';
import { escapeSources, funcs, render } from './harness.js';

const show = (t: Tree | undefined): string => (t === undefined ? '(missing)' : nodeToString(t.root));

describe('the escaping pass', () => {
  it('appends escapers to printing actions and leaves declarations alone', () => {
    const { escaped } = escapeSources({ 'main.html': '{{ $x := .A }}<a href="{{ $x }}?q={{ .B | print }}">{{ . }}</a>' });
    expect(show(escaped.get('main.html'))).toBe(
      '{{$x := .A}}<a href="{{$x | _html_template_urlfilter | _html_template_urlnormalizer | _html_template_attrescaper}}?q=' +
        '{{.B | print | _html_template_urlescaper | _html_template_attrescaper}}">{{. | _html_template_htmlescaper}}</a>',
    );
  });

  it('merges a trailing html or urlquery with the escaper it stands for', () => {
    const { escaped } = escapeSources({ 'main.html': '{{ .A | html }}<a title="{{ html .A .B }}" href="/?q={{ .C | urlquery }}">x</a>' });
    expect(show(escaped.get('main.html'))).toBe(
      '{{.A | html}}<a title="{{_eval_args_ .A .B | html}}" href="/?q={{.C | urlquery | _html_template_attrescaper}}">x</a>',
    );
  });

  it('does not stack an attribute escaper on a JS string escaper', () => {
    const { escaped } = escapeSources({ 'main.html': `<a onclick="f('{{ . }}')">x</a>` });
    expect(show(escaped.get('main.html'))).toBe(`<a onclick="f('{{. | _html_template_jsstrescaper}}')">x</a>`);
  });

  it('escapes a template called from another context under a derived name and renames the call', () => {
    const { escaped } = escapeSources({
      'main.html': '{{ define "v" }}{{ . }}{{ end }}<p>{{ template "v" .A }}</p><script>var a = {{ template "v" .B }};</script>',
    });
    expect([...escaped.keys()].sort()).toEqual(['main.html', 'v', 'v$htmltemplate_stateJS_elementScript']);
    expect(show(escaped.get('main.html'))).toContain('{{template "v$htmltemplate_stateJS_elementScript" .B}}');
    expect(show(escaped.get('v'))).toBe('{{. | _html_template_htmlescaper}}');
    expect(show(escaped.get('v$htmltemplate_stateJS_elementScript'))).toBe('{{. | _html_template_jsvalescaper}}');
  });

  it('never changes the trees it reads', () => {
    const text = '{{ define "v" }}<b>{{ . }}</b>{{ end }}<!-- c --><a href="{{ .A }}">{{ template "v" .B }}</a>';
    const trees = new Map(parse(text, { name: 'main.html', file: 'main.html', hasFunction: (f) => funcs.has(f) }).map((t) => [t.name, t]));
    const before = JSON.stringify([...trees.values()]);
    escapeTemplate((n) => trees.get(n), 'main.html', new Map());
    expect(JSON.stringify([...trees.values()])).toBe(before);
  });

  it('drops HTML comments from template text', () => {
    expect(render('a<!-- secret -->b<!--\n-->c')).toBe('abc');
  });

  it('reuses templates already escaped for an earlier entry point', () => {
    const sources: Record<string, string> = {
      'a.html': '<p>{{ template "shared" . }}</p>',
      'b.html': '<div>{{ template "shared" . }}</div>',
      'shared': '<i>{{ . }}</i>',
    };
    const trees = new Map<string, Tree>();
    for (const [name, text] of Object.entries(sources)) {
      for (const t of parse(text, { name, file: name, hasFunction: (f) => funcs.has(f) })) trees.set(t.name, t);
    }
    const out = new Map<string, Tree>();
    escapeTemplate((n) => trees.get(n), 'a.html', out);
    const shared = out.get('shared');
    escapeTemplate((n) => trees.get(n), 'b.html', out);
    expect(out.get('shared')).toBe(shared);
    expect(show(out.get('shared'))).toBe('<i>{{. | _html_template_htmlescaper}}</i>');
    expect(show(out.get('b.html'))).toBe('<div>{{template "shared" .}}</div>');
  });

  it('finds the output context of a recursive template', () => {
    expect(render('{{ define "r" }}{{ if . }}<b>{{ template "r" false }}</b>{{ end }}{{ end }}<p>{{ template "r" true }}</p>')).toBe(
      '<p><b></b></p>',
    );
  });

  it('names the template, line and column of an escaping error', () => {
    expect(() => render('<p>\n  {{ if .A }}<script>{{ end }}</p>')).toThrow(
      /^layouts\/main\.html:2:\d+: \{\{if\}\} branches end in different contexts: \{stateJS /,
    );
  });

  it('reports a missing template with the call position', () => {
    expect(() => render('x\n{{ template "nope" . }}')).toThrow(/^layouts\/main\.html:2:\d+: no such template "nope"$/);
  });
});
