/**
 * Contextual auto-escaping for the Go template engine, as Go's html/template
 * does it: `escapeTemplate` analyses a template set entry point once and writes
 * escaped copies of the trees it reaches; `escaperFuncs` are the functions the
 * inserted escaper commands call at execution time.
 */

import type { CommandNode, PipeNode, Tree } from '../ast.js';
import { positionAt } from '../../../errors/index.js';
import { TemplateError } from '../errors.js';
import type { Context, Problem } from './context.js';
import { contextString, textContext } from './context.js';
import { cssEscaper, cssValueFilter } from './css.js';
import { Escaper } from './escape.js';
import type { Lookup } from './escape.js';
import { attrEscaper, commentEscaper, htmlEscaper, htmlNameFilter, nospaceEscaper, rcdataEscaper } from './html.js';
import { jsRegexpEscaper, jsStrEscaper, jsValEscaper } from './js.js';
import { sprint } from '../fmt.js';
import { srcsetEscaper, urlEscaper, urlFilter, urlNormalizer } from './url.js';

// Output contexts of the templates already escaped into an `out` map, so later
// entry points reuse them instead of analysing shared templates again (Go keeps
// the same per-namespace record).
const knownContexts = new WeakMap<Map<string, Tree>, Map<string, Context>>();

/**
 * Escapes template `name` starting in HTML text. Writes escaped copies of it
 * and of every template it reaches into `out` (under derived names for calls
 * from other contexts, e.g. `name$htmltemplate_stateJS_elementScript`); the
 * trees returned by `lookup` are never modified. Throws a VellumError with code
 * `template-parse` when the template cannot be escaped safely.
 */
export function escapeTemplate(lookup: Lookup, name: string, out: Map<string, Tree>): void {
  let known = knownContexts.get(out);
  if (known === undefined) {
    known = new Map();
    knownContexts.set(out, known);
  }
  const e = new Escaper({ lookup, copies: new Map() }, known);
  const [c] = e.escapeTree(textContext(), null, name);
  const tree = out.get(name) ?? lookup(name);
  if (c.state === 'Error') throw toError(c.err ?? { message: 'cannot escape template' }, tree, name);
  if (c.state !== 'Text') {
    // Go gives no position; the end of the template is where a tag was left open.
    throw toError({ message: `ends in a non-text context: ${contextString(c)}`, pos: tree === undefined ? undefined : endOf(tree) }, tree, name);
  }
  commit(e, out, known);
}

function commit(e: Escaper, out: Map<string, Tree>, known: Map<string, Context>): void {
  for (const [n, s] of e.actionEdits) ensurePipelineContains(n.pipe, s);
  for (const [n, dname] of e.templateEdits) n.name = dname;
  for (const [n, text] of e.textEdits) n.text = text;
  for (const [dname, c] of e.output) {
    const copy = e.shared.copies.get(dname);
    if (copy !== undefined && !out.has(dname)) out.set(dname, copy);
    known.set(dname, c);
  }
}

function endOf(tree: Tree): number {
  const last = tree.root.nodes[tree.root.nodes.length - 1];
  if (last === undefined) return tree.root.pos;
  return last.kind === 'text' ? last.pos + last.text.length : last.pos;
}

function toError(problem: Problem, fallback: Tree | undefined, name: string): TemplateError {
  const tree = problem.tree ?? fallback;
  const at = tree !== undefined && problem.pos !== undefined ? positionAt(tree.source, problem.pos) : { line: 0, column: 0 };
  return new TemplateError({
    code: 'template-parse',
    template: tree?.name ?? name,
    message: problem.message,
    file: tree?.file,
    line: at.line,
    column: at.column,
    source: tree?.source,
  });
}

// `html` and `urlquery` are Go's own escapers; when a pipeline ends in one, it
// stands in for the equivalent contextual escaper instead of escaping twice.
const predefinedEscapers = new Set(['html', 'urlquery']);
const equivalentEscaper: Record<string, string> = {
  _html_template_attrescaper: 'html',
  _html_template_htmlescaper: 'html',
  _html_template_rcdataescaper: 'html',
  _html_template_urlescaper: 'urlquery',
  _html_template_urlnormalizer: 'urlquery',
};
// An escaper whose output is already safe where the next one would apply.
const redundantAfter: Record<string, ReadonlySet<string>> = {
  _html_template_commentescaper: new Set(['_html_template_attrescaper', '_html_template_nospaceescaper', '_html_template_htmlescaper']),
  _html_template_cssescaper: new Set(['_html_template_attrescaper']),
  _html_template_jsregexpescaper: new Set(['_html_template_attrescaper']),
  _html_template_jsstrescaper: new Set(['_html_template_attrescaper']),
  _html_template_urlescaper: new Set(['_html_template_urlnormalizer']),
};

const normalize = (fn: string): string => equivalentEscaper[fn] ?? fn;

function identOf(cmd: CommandNode | undefined): string | undefined {
  const first = cmd?.args[0];
  return first?.kind === 'identifier' ? first.name : undefined;
}

function identCmd(name: string, pos: number): CommandNode {
  return { kind: 'command', pos, args: [{ kind: 'identifier', pos, name }] };
}

/** Appends escapers `s` to pipeline `p`, merging a trailing `html`/`urlquery` and skipping redundant ones. */
function ensurePipelineContains(p: PipeNode, s: string[]): void {
  if (s.length === 0) return;
  s = [...s];
  let keep = p.cmds.length;
  const last = p.cmds[keep - 1];
  const esc = identOf(last);
  if (last !== undefined && esc !== undefined && predefinedEscapers.has(esc)) {
    if (p.cmds.length === 1 && last.args.length > 1) {
      // `{{html .X .Y}}` becomes `{{_eval_args_ .X .Y | html}}` so html can merge.
      const first = last.args[0] as { pos: number };
      last.args[0] = { kind: 'identifier', pos: first.pos, name: '_eval_args_' };
      p.cmds.push(identCmd(esc, p.pos));
      keep++;
    }
    let dup = false;
    for (let i = 0; i < s.length; i++) {
      if (normalize(esc) === normalize(s[i] as string)) {
        s[i] = esc;
        dup = true;
      }
    }
    if (dup) keep--;
  }
  const cmds = p.cmds.slice(0, keep);
  const present = new Set(cmds.map(identOf).filter((x): x is string => x !== undefined).map(normalize));
  for (const name of s) {
    if (present.has(normalize(name))) continue;
    const prev = identOf(cmds[cmds.length - 1]);
    if (prev !== undefined && redundantAfter[prev]?.has(name)) continue;
    cmds.push(identCmd(name, p.pos));
  }
  p.cmds = cmds;
}

/** Go's `_eval_args_`: the arguments printed as fmt.Sprint would. */
function evalArgs(...args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args);
}

/** The functions escaper commands call; merge into the set's func map. */
export const escaperFuncs: Record<string, (...args: unknown[]) => unknown> = {
  _eval_args_: evalArgs,
  _html_template_attrescaper: attrEscaper,
  _html_template_commentescaper: commentEscaper,
  _html_template_cssescaper: cssEscaper,
  _html_template_cssvaluefilter: cssValueFilter,
  _html_template_htmlescaper: htmlEscaper,
  _html_template_htmlnamefilter: htmlNameFilter,
  _html_template_jsregexpescaper: jsRegexpEscaper,
  _html_template_jsstrescaper: jsStrEscaper,
  _html_template_jsvalescaper: jsValEscaper,
  _html_template_nospaceescaper: nospaceEscaper,
  _html_template_rcdataescaper: rcdataEscaper,
  _html_template_srcsetescaper: srcsetEscaper,
  _html_template_urlescaper: urlEscaper,
  _html_template_urlfilter: urlFilter,
  _html_template_urlnormalizer: urlNormalizer,
};
