/**
 * Runs template text through the real parser, this escaper and the real
 * executor, with the few Hugo functions the escaping cases use. A tiny adapter
 * so these tests do not depend on how TemplateSet wires the escaper in.
 */

import type { Tree } from '../../../../src/template/engine/ast.js';
import { builtins } from '../../../../src/template/engine/builtins.js';
import { escapeTemplate, escaperFuncs } from '../../../../src/template/engine/escape/index.js';
import { execute } from '../../../../src/template/engine/exec.js';
import { parse } from '../../../../src/template/engine/parser.js';
import { SafeCSS, SafeHTML, SafeHTMLAttr, SafeJS, SafeURL } from '../../../../src/template/engine/values.js';

const hugoFuncs: Record<string, (...args: any[]) => unknown> = {
  dict: (...kv: unknown[]) => {
    const m: Record<string, unknown> = {};
    for (let i = 0; i + 1 < kv.length; i += 2) m[String(kv[i])] = kv[i + 1];
    return m;
  },
  slice: (...items: unknown[]) => items,
  safeHTML: (v: unknown) => new SafeHTML(String(v)),
  safeHTMLAttr: (v: unknown) => new SafeHTMLAttr(String(v)),
  safeURL: (v: unknown) => new SafeURL(String(v)),
  safeCSS: (v: unknown) => new SafeCSS(String(v)),
  safeJS: (v: unknown) => new SafeJS(String(v)),
  // Enough of Hugo's jsonify for the fixture's values (no <, > or & in them).
  jsonify: (v: unknown) => new SafeHTML(JSON.stringify(v)),
};

export const funcs = new Map(Object.entries({ ...builtins, ...escaperFuncs, ...hugoFuncs }));

/** Parses each source (the first is the entry), escapes the entry and returns the escaped trees. */
export function escapeSources(sources: Record<string, string>): { trees: Map<string, Tree>; escaped: Map<string, Tree>; entry: string } {
  const trees = new Map<string, Tree>();
  for (const [name, text] of Object.entries(sources)) {
    for (const tree of parse(text, { name, file: `layouts/${name}`, hasFunction: (fn) => funcs.has(fn) })) trees.set(tree.name, tree);
  }
  const entry = Object.keys(sources)[0] as string;
  const escaped = new Map<string, Tree>();
  escapeTemplate((n) => trees.get(n), entry, escaped);
  return { trees, escaped, entry };
}

export function render(text: string, data: unknown = { Params: {} }, partials: Record<string, string> = {}): string {
  const { escaped, entry } = escapeSources({ 'main.html': text, ...partials });
  const tree = escaped.get(entry) as Tree;
  return execute({ funcs, lookup: (n) => escaped.get(n), maxDepth: 100 }, tree, data).output;
}
