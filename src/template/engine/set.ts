/**
 * A set of named templates sharing one function map, as Go's *Template and
 * Hugo's template namespace: parse once, escape once per entry template,
 * execute many times.
 */

import type { Tree } from './ast.js';
import { builtins } from './builtins.js';
import { TemplateError } from './errors.js';
import { escapeTemplate, escaperFuncs } from './escape/index.js';
import { execute, type ExecEnv, type ExecResult, type TemplateFunc } from './exec.js';
import { parse } from './parser.js';
import { isEmptyList } from './print.js';

export type FuncMap = Record<string, TemplateFunc>;

export interface TemplateSetOptions {
  /** Functions beyond Go's builtins; a name here replaces the builtin of that name. */
  funcs?: FuncMap;
  /** Contextual HTML escaping as html/template (default); false gives plain text/template. */
  escape?: boolean;
  /** How deep `{{ template }}` calls may nest in one execution (default 100). */
  maxDepth?: number;
}

/**
 * Go allows 100000 nested template calls (its stacks grow); a JavaScript stack
 * runs out after a few hundred levels of typical nesting, so the bound is 100,
 * far beyond any recursive menu or tree template.
 */
export const DEFAULT_MAX_DEPTH = 100;

export class TemplateSet {
  private readonly trees: Map<string, Tree>;
  private readonly funcs: Map<string, TemplateFunc>;
  private readonly escape: boolean;
  private readonly maxDepth: number;
  /** Escaped copies of every template reached from an executed entry; reset by add(). */
  private escaped = new Map<string, Tree>();
  private readonly escapedEntries = new Set<string>();
  private env: ExecEnv | null = null;

  constructor(options: TemplateSetOptions = {}, shared?: { trees: Map<string, Tree>; funcs: Map<string, TemplateFunc> }) {
    this.escape = options.escape ?? true;
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    if (shared) {
      this.trees = new Map(shared.trees);
      this.funcs = shared.funcs;
    } else {
      this.trees = new Map();
      this.funcs = new Map(Object.entries({ ...builtins, ...(this.escape ? escaperFuncs : {}), ...options.funcs }));
    }
  }

  /**
   * Parses `text` as template `name`; its defines and blocks join the set. A
   * later definition replaces an earlier one (so a page's `define "main"`
   * overrides baseof's `block "main"`), except that an empty one never does,
   * as in Go. Throws a TemplateError (code 'template-parse').
   */
  add(name: string, text: string, file?: string): this {
    const trees = parse(text, { name, file, hasFunction: (fn) => this.funcs.has(fn) });
    for (const tree of trees) {
      const old = this.trees.get(tree.name);
      if (old !== undefined && tree.name !== name && isEmptyList(tree.root)) continue;
      this.trees.set(tree.name, tree);
    }
    this.escaped = new Map();
    this.escapedEntries.clear();
    this.env = null;
    return this;
  }

  has(name: string): boolean {
    return this.trees.has(name);
  }

  lookup(name: string): Tree | undefined {
    return this.trees.get(name);
  }

  /** The names of all templates in the set, defines included. */
  names(): string[] {
    return [...this.trees.keys()];
  }

  /** A copy sharing the parsed trees (which are never mutated) and the function map. */
  clone(): TemplateSet {
    return new TemplateSet({ escape: this.escape, maxDepth: this.maxDepth }, { trees: this.trees, funcs: this.funcs });
  }

  /** Executes template `name` with `data` as dot; throws a TemplateError (code 'template-exec'). */
  execute(name: string, data: unknown): string {
    return this.run(name, data).output;
  }

  /** For Hugo partials: the value of a `{{ return }}` if one ran, and the rendered text. */
  executeWithReturn(name: string, data: unknown): ExecResult {
    return this.run(name, data);
  }

  private run(name: string, data: unknown): ExecResult {
    const env = this.prepare(name);
    const tree = env.lookup(name);
    if (tree === undefined) {
      throw new TemplateError({ code: 'template-exec', template: name, message: `no such template "${name}"` });
    }
    return execute(env, tree, data);
  }

  private prepare(name: string): ExecEnv {
    if (this.escape && !this.escapedEntries.has(name) && this.trees.has(name)) {
      // The escaper analyses the entry and everything it reaches, once, writing copies.
      escapeTemplate((n) => this.trees.get(n), name, this.escaped);
      this.escapedEntries.add(name);
    }
    if (this.env === null) {
      const source = this.escape ? this.escaped : this.trees;
      this.env = { funcs: this.funcs, lookup: (n) => source.get(n), maxDepth: this.maxDepth };
    }
    return this.env;
  }
}
