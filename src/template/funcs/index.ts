/**
 * Hugo 0.111's template function library. Each namespace file lists its
 * functions with their aliases and examples; this file assembles the map the
 * engine receives and the documentation the example test runs.
 *
 * Hugo replaces some of Go's builtins with its own: eq ne lt le gt ge
 * (compare.ts) and slice (a constructor, not Go's slicing). print, printf,
 * println, index, len, and, or, not, html, js, urlquery, call stay Go's.
 */
import { castNamespace } from './cast.js';
import { collectionsNamespace } from './collections.js';
import { compareNamespace } from './compare.js';
import { cryptoNamespace } from './crypto.js';
import { encodingNamespace } from './encoding.js';
import { fmtNamespace } from './fmt.js';
import { inflectNamespace } from './inflect.js';
import { langNamespace } from './lang.js';
import { mathNamespace } from './math.js';
import { osNamespace } from './os.js';
import { partialsNamespace } from './partials.js';
import { pathNamespace } from './path.js';
import { reflectNamespace } from './reflect.js';
import { resourcesNamespace } from './resources.js';
import { safeNamespace } from './safe.js';
import { stringsNamespace } from './strings.js';
import { timeNamespace } from './time.js';
import { transformNamespace } from './transform.js';
import { urlsNamespace } from './urls.js';
import type { FuncDef, FuncHooks, Namespace, TemplateFunc } from './registry.js';

export type { FuncDef, FuncHooks, TemplateFunc } from './registry.js';
export { Scratch } from './scratch.js';
export { GoURL } from './urls.js';
export { hugoEq, hugoCompare } from './compare.js';
export { marshalJSON } from './encoding.js';
export { toStringE, toIntE, toFloatE } from './go.js';

/** The namespaces, in registration order (later names win, none collide). */
export const namespaces: readonly Namespace[] = [
  castNamespace, collectionsNamespace, compareNamespace, cryptoNamespace, encodingNamespace, fmtNamespace,
  inflectNamespace, langNamespace, mathNamespace, osNamespace, partialsNamespace, pathNamespace, reflectNamespace, safeNamespace,
  stringsNamespace, timeNamespace, transformNamespace, urlsNamespace, resourcesNamespace,
];

function definitions(hooks: FuncHooks, funcs: Record<string, TemplateFunc>): FuncDef[] {
  return namespaces.flatMap((ns) => ns(hooks, funcs));
}

/** Every function under its namespaced name and its aliases (`strings.ToUpper` and `upper`). */
export function createFuncMap(hooks: FuncHooks): Record<string, TemplateFunc> {
  const funcs: Record<string, TemplateFunc> = Object.create(null) as Record<string, TemplateFunc>;
  for (const def of definitions(hooks, funcs)) {
    funcs[def.name] = def.fn;
    for (const alias of def.aliases ?? []) funcs[alias] = def.fn;
  }
  return funcs;
}

const unavailable = (): never => {
  throw new Error('not available while listing documentation');
};
const docHooks: FuncHooks = {
  markdownify: unavailable, relURL: unavailable, absURL: unavailable, partial: unavailable, now: unavailable,
};

/** Names, aliases and examples of every function, for the example test and the docs. */
export const functionDocs: ReadonlyArray<{ name: string; aliases: string[]; examples: [string, string][] }> =
  definitions(docHooks, {}).map((d) => ({ name: d.name, aliases: d.aliases ?? [], examples: d.examples ?? [] }));
