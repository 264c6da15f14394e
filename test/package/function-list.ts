/**
 * The template function list in docs/templates.md, generated from
 * `functionDocs` (the registry every function is declared in), so the docs
 * cannot drift from the code. `UPDATE_DOCS=1 npx vitest run test/package/docs.test.ts`
 * rewrites the block after a function is added.
 */

import { functionDocs, namespaces, type FuncHooks } from '../../src/template/funcs/index.js';

export const START = '<!-- functions:start: generated from functionDocs; run `UPDATE_DOCS=1 npx vitest run test/package/docs.test.ts` after changing the registry -->';
export const END = '<!-- functions:end -->';

/**
 * Functions registered only so that every layout parses (as Hugo parses them
 * all at start-up) and that fail when called: found by calling each with no
 * arguments. The registry has no flag for this yet.
 */
const probeHooks: FuncHooks = {
  markdownify: () => '', relURL: () => '', absURL: () => '', partial: () => '', now: () => { throw new Error('no clock'); }, warn: () => {},
};
const probeDefs = namespaces.flatMap((ns) => ns(probeHooks, {}));

function isUnsupported(name: string): boolean {
  const def = probeDefs.find((d) => d.name === name);
  if (def === undefined) return false;
  try {
    def.fn();
  } catch (error) {
    return error instanceof Error && error.message.includes('is not supported by vellum');
  }
  return false;
}

export function functionListMarkdown(defs = functionDocs): string {
  const groups = new Map<string, string[]>();
  const unsupported: string[] = [];
  for (const def of defs) {
    if (isUnsupported(def.name)) {
      unsupported.push(`\`${def.name}\``);
      continue;
    }
    const dot = def.name.indexOf('.');
    const namespace = dot < 0 ? '(global)' : def.name.slice(0, dot);
    const aliases = def.aliases.length === 0 ? '' : ` (${def.aliases.map((a) => `\`${a}\``).join(', ')})`;
    if (!groups.has(namespace)) groups.set(namespace, []);
    groups.get(namespace)!.push(`\`${def.name}\`${aliases}`);
  }
  const lines = [START, '', '| Namespace | Functions (short aliases in parentheses) |', '| --- | --- |'];
  for (const [namespace, names] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| ${namespace} | ${names.join(', ')} |`);
  }
  if (unsupported.length > 0) {
    lines.push('', `Parsed but not supported (a template that calls one fails with a message naming the feature): ${unsupported.join(', ')}.`);
  }
  lines.push('', END);
  return lines.join('\n');
}
