import { describe, expect, it } from 'vitest';
import { nodeToString, parse, TemplateError, type Tree } from '../../../src/template/engine/index.js';

const known = new Set(['printf', 'print', 'index', 'len', 'slice', 'eq', 'partial', 'strings.HasPrefix', 'urls']);
const parseText = (text: string, funcs = known): Tree[] => parse(text, { name: 't', file: 'layouts/t.html', hasFunction: (n) => funcs.has(n) });
const print = (text: string): string => nodeToString(parseText(text)[0]!.root);

describe('parsing prints back as canonical template source', () => {
  it.each([
    ['fields and chains', '{{ .A.B }} {{ $.Site.Title }}', '{{.A.B}} {{$.Site.Title}}'],
    ['declarations and pipelines', '{{ $x := .A | printf "%s" }}{{ $x = 2 }}{{ $x }}', '{{$x := .A | printf "%s"}}{{$x = 2}}{{$x}}'],
    ['parenthesised pipelines with fields', '{{ (index .M "k").Y.Z }}', '{{(index .M "k").Y.Z}}'],
    ['nested parentheses as arguments', '{{ printf "%d" (len (slice 1 2)) }}', '{{printf "%d" (len (slice 1 2))}}'],
    ['else if nests an if in the else branch', '{{ if .A }}a{{ else if .B }}b{{ else }}c{{ end }}', '{{if .A}}a{{else}}{{if .B}}b{{else}}c{{end}}{{end}}'],
    ['else with nests a with', '{{ with .X }}{{ . }}{{ else with .Y }}y{{ end }}', '{{with .X}}{{.}}{{else}}{{with .Y}}y{{end}}{{end}}'],
    ['range with two variables, break and continue', '{{ range $i, $v := .L }}{{ $i }}{{ break }}{{ continue }}{{ end }}', '{{range $i, $v := .L}}{{$i}}{{break}}{{continue}}{{end}}'],
    ['range else', '{{ range .L }}x{{ else }}none{{ end }}', '{{range .L}}x{{else}}none{{end}}'],
    ['template calls', '{{ template "a" }}{{ template "b" .X }}', '{{template "a"}}{{template "b" .X}}'],
    ['return', '{{ return }}{{ return .X | len }}', '{{return}}{{return .X | len}}'],
    ['literals keep their spelling', '{{ 0x1F }} {{ -1.5e3 }} {{ \'a\' }} {{ "a\\nb" }} {{ `r` }} {{ true }} {{ nil | print }}', "{{0x1F}} {{-1.5e3}} {{'a'}} {{\"a\\nb\"}} {{`r`}} {{true}} {{nil | print}}"],
    ['trim markers remove the whitespace beside them', 'a  \n {{- .X -}} \n\t b', 'a{{.X}}b'],
    ['a minus without a space is a number', '{{-3}}', '{{-3}}'],
    ['comments vanish, with or without trim markers', 'a {{/* one */}} b {{- /* two */ -}} c', 'a  bc'],
    ['a trimmed comment keeps the character right after it', 'x {{- /* c */ -}}<a>', 'x<a>'],
    ['a trailing pipe is accepted, as in Go', '{{ .A | }}', '{{.A}}'],
    ['actions may span lines', '{{ printf\n  "%s"\n  .A }}', '{{printf "%s" .A}}'],
    ['dotted function names', '{{ strings.HasPrefix .A "x" }}', '{{strings.HasPrefix .A "x"}}'],
  ])('%s', (_name, text, expected) => {
    expect(print(text)).toBe(expected);
  });

  it('a registered namespace function makes a chain, as Hugo registers them', () => {
    const [tree] = parseText('{{ urls.Parse "x" }}');
    const action = tree!.root.nodes[0]!;
    expect(action.kind === 'action' && action.pipe.cmds[0]!.args[0]!.kind).toBe('chain');
  });

  it('defines and blocks become their own trees; a block leaves a template call in place', () => {
    const trees = parseText('a{{ define "x" }}X{{ end }}{{ block "b" . }}B{{ .Y }}{{ end }}');
    expect(trees.map((t) => [t.name, nodeToString(t.root)])).toEqual([
      ['t', 'a{{template "b" .}}'],
      ['x', 'X'],
      ['b', 'B{{.Y}}'],
    ]);
  });

  it('every node records where it starts', () => {
    const [tree] = parseText('ab{{ if .X }}{{ .Y }}{{ end }}');
    const node = tree!.root.nodes[1]!;
    expect(node.kind).toBe('if');
    if (node.kind !== 'if') return;
    expect(node.pos).toBe(5);
    expect(node.pipe.pos).toBe(8);
    expect(node.list.nodes[0]!.pos).toBe(16);
  });
});

describe('parse errors name the position and what was expected', () => {
  // Messages follow Go's text/template wording as Hugo 0.111.3 reports them,
  // with clearer text where Go only says "unexpected EOF" or "invalid syntax".
  it.each([
    ['{{ end }}', 'unexpected {{end}}', 1, 4],
    ['{{ else }}', 'unexpected {{else}}', 1, 4],
    ['{{ range }}x{{ end }}', 'missing value for range', 1, 10],
    ['{{ }}', 'missing value for command', 1, 4],
    ['{{ break }}', '{{break}} outside {{range}}', 1, 4],
    ['{{ "a""b" }}', 'unexpected "\\"b\\"" in operand', 1, 7],
    ['{{ 3 }', 'unexpected "}" in operand', 1, 6],
    ['{{ / }}', 'unexpected "/" in command', 1, 4],
    ['{{ template .x }}', 'unexpected ".x" in template clause', 1, 13],
    ['{{ printf "%s }}', 'unterminated quoted string', 1, 11],
    ['{{ (1 }}', 'unclosed left paren', 1, 7],
    ['{{ 1) }}', 'unexpected right paren', 1, 5],
    ['{{ "x" | 1 }}', 'non executable command in pipeline stage 2', 1, 10],
    ['{{ "\\q" }}', 'unknown escape sequence \\q in "\\q"', 1, 4],
    ['{{ 0x }}', 'illegal number syntax: "0x"', 1, 4],
    ['{{ 1_ }}', 'illegal number syntax: "1_"', 1, 4],
    ['{{ 1.5.x }}', 'unexpected . after term "1.5"', 1, 4],
    ['{{/* x */ }}', 'comment ends before closing delimiter', 1, 8],
    ['{{ .A', 'unclosed action', 1, 1],
    ['{{ partal "x" }}', 'function "partal" not defined', 1, 4],
    ['{{ $y }}', 'undefined variable "$y"', 1, 4],
    ['{{ $y = 1 }}', 'undefined variable "$y"', 1, 4],
    ['{{ if true }}{{ $x := 1 }}{{ end }}{{ $x }}', 'undefined variable "$x"', 1, 39],
    ['{{ if true }}', 'unexpected EOF: missing {{ end }} for {{ if }}', 1, 4],
    ['line 1\n  {{ if .A }}\n{{ range .B }}', 'unexpected EOF: missing {{ end }} for {{ range }}', 3, 4],
    ['{{ define "d" }}x', 'unexpected EOF: missing {{ end }} for {{ define "d" }}', 1, 4],
    ['{{ if 1 }}a{{ else }}b{{ else }}c{{ end }}', 'expected {{ end }} after {{ else }} of {{ if }}; found another {{ else }}', 1, 26],
    ['{{ with $x, $y := 1 }}{{ end }}', 'too many declarations in with', 1, 11],
    ['{{ range $a, $b, $c := .L }}{{ end }}', 'too many declarations in range', 1, 16],
    ['{{ define "a" }}x{{ end }}{{ define "a" }}y{{ end }}', 'multiple definition of template "a"', 1, 30],
  ])('%j', (text, message, line, column) => {
    let error: unknown;
    try {
      parseText(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    const e = error as TemplateError;
    expect({ reason: e.reason, line: e.line, column: e.column }).toEqual({ reason: message, line, column });
    expect(e.code).toBe('template-parse');
    expect(e.file).toBe('layouts/t.html');
    expect(e.message).toBe(`layouts/t.html:${line}:${column}: ${message}`);
    expect(e.toJSON().frame).toContain('^');
  });
});
