/**
 * The executor: walks a parsed (and, in HTML mode, escaped) tree against a
 * data value, with Go's text/template semantics. It knows nothing of HTML:
 * the escaper has already appended its escaping functions to the pipelines.
 *
 * This is the hot path, so control flow is plain return codes (no exceptions
 * for break/continue/return) and variables live in two parallel arrays.
 */

import type { ArgNode, CommandNode, Node, PipeNode, RangeNode, TemplateNode, Tree } from './ast.js';
import { ArgCountError, builtinAnd, builtinOr } from './builtins.js';
import { errorAt, TemplateError } from './errors.js';
import { formatValue } from './fmt.js';
import { sortedEntries } from './mapkeys.js';
import { nodeToString } from './print.js';
import { GoFloat, goTypeName, isPlainObject, lookupField, missing, truth, type FieldResolver } from './values.js';

export type TemplateFunc = (...args: any[]) => unknown;

export interface ExecEnv {
  funcs: ReadonlyMap<string, TemplateFunc>;
  lookup: (name: string) => Tree | undefined;
  maxDepth: number;
}

export interface ExecResult {
  output: string;
  returned: unknown;
  hasReturn: boolean;
}

const NONE = 0;
const BREAK = 1;
const CONTINUE = 2;
const RETURN = 3;
type Signal = typeof NONE | typeof BREAK | typeof CONTINUE | typeof RETURN;

/** Marks "no value piped in" (Go's missingVal), distinct from a piped nil. */
const NO_FINAL: unique symbol = Symbol('noFinal');
type Final = unknown;

const objectProto = Object.prototype;

export function execute(env: ExecEnv, tree: Tree, data: unknown): ExecResult {
  const state = new State(env, tree, data);
  try {
    state.walk(data, tree.root);
  } catch (error) {
    // Deep nesting can exhaust the JavaScript stack before maxDepth is reached.
    if (error instanceof RangeError && error.message.includes('call stack')) {
      throw new TemplateError({
        code: 'template-exec',
        template: tree.name,
        file: tree.file,
        source: tree.source,
        message: `executing "${tree.name}": templates nested too deeply (the JavaScript stack ran out before the depth limit ${env.maxDepth})`,
        cause: error,
      });
    }
    throw error;
  }
  return { output: state.out, returned: state.returned, hasReturn: state.hasReturn };
}

class State {
  out = '';
  names: string[] = ['$'];
  values: unknown[];
  depth = 0;
  returned: unknown = undefined;
  hasReturn = false;

  constructor(
    private readonly env: ExecEnv,
    private tree: Tree,
    data: unknown,
  ) {
    this.values = [data];
  }

  walk(dot: unknown, node: Node): Signal {
    switch (node.kind) {
      case 'text':
        this.out += node.text;
        return NONE;
      case 'action': {
        const value = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.out += printValue(value);
        return NONE;
      }
      case 'list': {
        const nodes = node.nodes;
        for (let i = 0; i < nodes.length; i++) {
          const signal = this.walk(dot, nodes[i]!);
          if (signal !== NONE) return signal;
        }
        return NONE;
      }
      case 'if':
      case 'with': {
        const mark = this.names.length;
        const value = this.evalPipeline(dot, node.pipe);
        let signal: Signal = NONE;
        if (truth(value)) signal = this.walk(node.kind === 'with' ? value : dot, node.list);
        else if (node.elseList !== null) signal = this.walk(dot, node.elseList);
        this.pop(mark);
        return signal;
      }
      case 'range':
        return this.walkRange(dot, node);
      case 'break':
        return BREAK;
      case 'continue':
        return CONTINUE;
      case 'template':
        return this.walkTemplate(dot, node);
      case 'return':
        this.returned = node.pipe === null ? undefined : this.evalPipeline(dot, node.pipe);
        this.hasReturn = true;
        return RETURN;
      default:
        return assertNever(node);
    }
  }

  private walkRange(dot: unknown, node: RangeNode): Signal {
    const mark = this.names.length;
    const value = this.evalPipeline(dot, node.pipe);
    const inner = this.names.length;
    const decls = node.pipe.decl.length;
    let ran = false;
    const one = (key: unknown, elem: unknown): Signal => {
      ran = true;
      if (decls > 0) this.values[inner - 1] = decls === 2 ? elem : elem;
      if (decls === 2) this.values[inner - 2] = key;
      const signal = this.walk(elem, node.list);
      this.pop(inner);
      return signal;
    };
    let signal: Signal = NONE;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        signal = one(i, value[i]);
        if (signal === BREAK || signal === RETURN) break;
      }
    } else if (value instanceof Map || isPlainObject(value)) {
      for (const [k, v] of sortedEntries(value)) {
        signal = one(k, v);
        if (signal === BREAK || signal === RETURN) break;
      }
    } else if (value !== null && value !== undefined) {
      if (typeof value === 'object' && Symbol.iterator in value) {
        let i = 0;
        for (const elem of value as Iterable<unknown>) {
          signal = one(i++, elem);
          if (signal === BREAK || signal === RETURN) break;
        }
      } else {
        // Go 1.20 (Hugo 0.111) cannot range over an int or a string.
        this.pop(mark);
        throw this.error(node.pipe, `range can't iterate over ${formatValue(value)}`);
      }
    }
    if (signal === RETURN) {
      this.pop(mark);
      return RETURN;
    }
    if (!ran && node.elseList !== null) signal = this.walk(dot, node.elseList);
    else signal = NONE;
    this.pop(mark);
    return signal;
  }

  private walkTemplate(dot: unknown, node: TemplateNode): Signal {
    const tree = this.env.lookup(node.name);
    if (tree === undefined) throw this.error(node, `no such template "${node.name}"`);
    if (this.depth >= this.env.maxDepth) throw this.error(node, `exceeded maximum template depth (${this.env.maxDepth})`);
    const newDot = node.pipe === null ? undefined : this.evalPipeline(dot, node.pipe);
    const { names, values, tree: savedTree } = this;
    this.names = ['$'];
    this.values = [newDot];
    this.tree = tree;
    this.depth++;
    // No try/finally: an error ends the whole execution, so nothing needs restoring then.
    const signal = this.walk(newDot, tree.root);
    this.depth--;
    this.names = names;
    this.values = values;
    this.tree = savedTree;
    return signal;
  }

  private pop(mark: number): void {
    this.names.length = mark;
    this.values.length = mark;
  }

  private varValue(name: string): unknown {
    const names = this.names;
    for (let i = names.length - 1; i >= 0; i--) if (names[i] === name) return this.values[i];
    throw new Error(`undefined variable: ${name}`);
  }

  private setVar(name: string, value: unknown): void {
    const names = this.names;
    for (let i = names.length - 1; i >= 0; i--) {
      if (names[i] === name) {
        this.values[i] = value;
        return;
      }
    }
  }

  evalPipeline(dot: unknown, pipe: PipeNode): unknown {
    const cmds = pipe.cmds;
    let value: unknown = NO_FINAL;
    for (let i = 0; i < cmds.length; i++) value = this.evalCommand(dot, cmds[i]!, value);
    const decl = pipe.decl;
    for (let i = 0; i < decl.length; i++) {
      const name = decl[i]!.ident[0]!;
      if (pipe.isAssign) this.setVar(name, value);
      else {
        this.names.push(name);
        this.values.push(value);
      }
    }
    return value;
  }

  private evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown {
    const first = cmd.args[0]!;
    switch (first.kind) {
      case 'field':
        return this.evalFieldChain(dot, dot, first, first.ident, 0, cmd.args, final);
      case 'chain':
        return this.evalFieldChain(dot, this.evalArg(dot, first.node), first, first.field, 0, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first.name, cmd, cmd.args, final);
      case 'variable': {
        const value = this.varValue(first.ident[0]!);
        if (first.ident.length === 1) {
          this.notAFunction(cmd.args, final);
          return value;
        }
        return this.evalFieldChain(dot, value, first, first.ident, 1, cmd.args, final);
      }
      case 'nil':
        throw this.error(first, 'nil is not a command');
      default:
        this.notAFunction(cmd.args, final);
        return this.evalArg(dot, first);
    }
  }

  private notAFunction(args: ArgNode[], final: Final): void {
    if (args.length > 1 || final !== NO_FINAL) {
      throw this.error(args[0]!, `can't give argument to non-function ${nodeToString(args[0]!)}`);
    }
  }

  private evalArg(dot: unknown, node: ArgNode): unknown {
    switch (node.kind) {
      case 'dot':
        return dot;
      case 'nil':
        return null;
      case 'string':
        return node.value;
      case 'bool':
        return node.value;
      case 'number':
        // An integral float literal (10.0) stays a float, so `eq 10 10.0` is false as in Go.
        return node.isFloat && Number.isInteger(node.value) ? new GoFloat(node.value) : node.value;
      case 'field':
        return this.evalFieldChain(dot, dot, node, node.ident, 0, null, NO_FINAL);
      case 'variable': {
        const value = this.varValue(node.ident[0]!);
        return node.ident.length === 1 ? value : this.evalFieldChain(dot, value, node, node.ident, 1, null, NO_FINAL);
      }
      case 'chain':
        return this.evalFieldChain(dot, this.evalArg(dot, node.node), node, node.field, 0, null, NO_FINAL);
      case 'identifier':
        return this.evalFunction(dot, node.name, node, null, NO_FINAL);
      case 'pipe':
        return this.evalPipeline(dot, node);
      default:
        return assertNever(node);
    }
  }

  /** `.A.B.C`: every field but the last is evaluated without arguments; the last gets them. */
  private evalFieldChain(
    dot: unknown,
    receiver: unknown,
    node: ArgNode,
    ident: string[],
    start: number,
    args: ArgNode[] | null,
    final: Final,
  ): unknown {
    const last = ident.length - 1;
    for (let i = start; i < last; i++) receiver = this.evalField(dot, ident, i, node, null, NO_FINAL, receiver);
    return this.evalField(dot, ident, last, node, args, final, receiver);
  }

  private evalField(
    dot: unknown,
    ident: string[],
    index: number,
    node: ArgNode,
    args: ArgNode[] | null,
    final: Final,
    receiver: unknown,
  ): unknown {
    const name = ident[index]!;
    const hasArgs = (args !== null && args.length > 1) || final !== NO_FINAL;
    // Go returns the zero value for a field of an invalid value (a missing map key, so
    // `.Site.Params.a.b` with no `a` is empty), but fails on a nil held in an interface.
    if (receiver === undefined) return undefined;
    if (receiver === null) {
      throw this.error(node, `nil pointer evaluating interface {}.${name}`, segmentPos(node, ident, index));
    }
    if (typeof receiver === 'object') {
      let value: unknown;
      let found = true;
      if (lookupField in receiver) {
        value = (receiver as FieldResolver)[lookupField](name);
        if (value === missing) value = undefined;
      } else if (receiver instanceof Map) {
        value = receiver.get(name);
      } else if (Array.isArray(receiver)) {
        // A slice has no fields, but a typed slice (Hugo's Pages, OutputFormats) has methods:
        // members of an Array subclass, never Array.prototype's own.
        found = Object.getPrototypeOf(receiver) !== Array.prototype && name in receiver && !(name in Array.prototype);
        if (found) value = (receiver as unknown as Record<string, unknown>)[name];
      } else if (receiver instanceof GoFloat) {
        found = false;
      } else if (isPlainObject(receiver)) {
        value = Object.hasOwn(receiver, name) ? receiver[name] : undefined;
      } else {
        // Object.prototype's members (constructor, toString…) are not template fields.
        found = name in receiver && !(name in objectProto);
        if (found) value = (receiver as Record<string, unknown>)[name];
      }
      if (found) {
        if (typeof value === 'function') return this.evalCall(dot, value as TemplateFunc, receiver, name, node, args, final);
        if (hasArgs) throw this.error(node, `${name} is not a method but has arguments`, segmentPos(node, ident, index));
        return value;
      }
    }
    throw this.error(node, `can't evaluate field ${name} in type ${goTypeName(receiver)}`, segmentPos(node, ident, index));
  }

  private evalFunction(dot: unknown, name: string, node: ArgNode | CommandNode, args: ArgNode[] | null, final: Final): unknown {
    const fn = this.env.funcs.get(name);
    if (fn === undefined) throw this.error(node, `"${name}" is not a defined function`);
    if (fn === builtinAnd || fn === builtinOr) return this.evalAndOr(dot, fn === builtinOr, node, args, final);
    return this.evalCall(dot, fn, undefined, name, node, args, final);
  }

  /** Go's and/or evaluate their arguments lazily and return the deciding value. */
  private evalAndOr(dot: unknown, isOr: boolean, node: ArgNode | CommandNode, args: ArgNode[] | null, final: Final): unknown {
    const count = (args === null ? 0 : args.length - 1) + (final === NO_FINAL ? 0 : 1);
    if (count === 0) throw this.error(node, `wrong number of args for ${isOr ? 'or' : 'and'}: want at least 1 got 0`);
    let value: unknown;
    if (args !== null) {
      for (let i = 1; i < args.length; i++) {
        value = this.evalArg(dot, args[i]!);
        if (truth(value) === isOr) return value;
      }
    }
    return final === NO_FINAL ? value : final;
  }

  private evalCall(
    dot: unknown,
    fn: TemplateFunc,
    receiver: unknown,
    name: string,
    node: ArgNode | CommandNode,
    args: ArgNode[] | null,
    final: Final,
  ): unknown {
    const argv: unknown[] = [];
    if (args !== null) for (let i = 1; i < args.length; i++) argv.push(this.evalArg(dot, args[i]!));
    if (final !== NO_FINAL) argv.push(final);
    try {
      return fn.apply(receiver, argv);
    } catch (error) {
      if (error instanceof TemplateError) throw error;
      if (error instanceof ArgCountError) throw this.error(node, error.message, undefined, error);
      const message = error instanceof Error ? error.message : String(error);
      throw this.error(node, `error calling ${name}: ${message}`, undefined, error);
    }
  }

  private error(node: ArgNode | CommandNode | Node, message: string, pos = node.pos, cause?: unknown): TemplateError {
    let context = nodeToString(node);
    if (context.length > 20) context = `${context.slice(0, 20)}...`;
    // Escaped copies for other contexts carry a derived name (`p$htmltemplate_stateAttr…`); users know `p`.
    const tree = this.tree;
    const marker = tree.name.indexOf('$htmltemplate_');
    const name = marker === -1 ? tree.name : tree.name.slice(0, marker);
    return errorAt('template-exec', { name, file: tree.file, source: tree.source }, pos, `executing "${name}" at <${context}>: ${message}`, cause);
  }
}

/** Where segment `index` of `.A.B.C` / `$x.A.B` starts, so the error points at the failing field. */
function segmentPos(node: ArgNode, ident: string[], index: number): number {
  let pos = node.pos;
  if (node.kind === 'field') {
    for (let i = 0; i < index; i++) pos += ident[i]!.length + 1;
    return pos;
  }
  if (node.kind === 'variable') {
    for (let i = 0; i < index; i++) pos += ident[i]!.length + (i === 0 ? 0 : 1);
    return pos;
  }
  return pos;
}

/** What an action prints: Go's `<no value>` for nil (the HTML escaper turns nil into ""). */
export function printValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '<no value>';
  return formatValue(value);
}

function assertNever(node: never): never {
  throw new Error(`unknown node ${JSON.stringify(node)}`);
}
