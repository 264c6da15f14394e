/**
 * The parse tree of Go's template language. Every node is a plain object with
 * a `kind` and `pos` (a 0-based character offset into its template's source);
 * the tree that holds the nodes knows the source, so line and column are
 * computed only when an error needs them.
 *
 * The contextual escaper (escape/) annotates this tree once per template set by
 * appending escaper commands to action pipelines and rewriting text nodes;
 * the executor then needs no knowledge of HTML at all, as in Go.
 */

export type Pos = number;

export interface TextNode { kind: 'text'; pos: Pos; text: string }
/** `{{ pipeline }}` */
export interface ActionNode { kind: 'action'; pos: Pos; pipe: PipeNode }
/** `$x, $y := cmd | cmd` or `$x = cmd`; `decl` is empty for a plain pipeline. */
export interface PipeNode { kind: 'pipe'; pos: Pos; isAssign: boolean; decl: VariableNode[]; cmds: CommandNode[] }
/** One stage of a pipeline: a function or method call, or a single operand. */
export interface CommandNode { kind: 'command'; pos: Pos; args: ArgNode[] }

/** `.A.B` */
export interface FieldNode { kind: 'field'; pos: Pos; ident: string[] }
/** `$x.A.B`; ident[0] is the variable name including `$`. */
export interface VariableNode { kind: 'variable'; pos: Pos; ident: string[] }
/** `(pipeline).A.B` or `$x.A` after a non-field operand */
export interface ChainNode { kind: 'chain'; pos: Pos; node: ArgNode; field: string[] }
export interface DotNode { kind: 'dot'; pos: Pos }
export interface NilNode { kind: 'nil'; pos: Pos }
export interface BoolNode { kind: 'bool'; pos: Pos; value: boolean }
/**
 * A number literal. `isFloat` is set for literals Go types as float64 (`1.0`,
 * `1e3`), so `eq 10 10.0` can be false as in Go; `isChar` for `'a'`.
 */
export interface NumberNode { kind: 'number'; pos: Pos; text: string; value: number; isFloat: boolean; isChar: boolean }
/** `"…"` or `` `…` ``; `value` is unquoted, `text` is as written. */
export interface StringNode { kind: 'string'; pos: Pos; text: string; value: string }
/** A function name such as `printf` or `strings.HasPrefix`. */
export interface IdentifierNode { kind: 'identifier'; pos: Pos; name: string }

export type ArgNode =
  | FieldNode
  | VariableNode
  | ChainNode
  | DotNode
  | NilNode
  | BoolNode
  | NumberNode
  | StringNode
  | IdentifierNode
  | PipeNode;

/** `{{if pipeline}} list {{else}} elseList {{end}}`; `else if` nests an IfNode in elseList. */
export interface IfNode { kind: 'if'; pos: Pos; pipe: PipeNode; list: ListNode; elseList: ListNode | null }
export interface WithNode { kind: 'with'; pos: Pos; pipe: PipeNode; list: ListNode; elseList: ListNode | null }
export interface RangeNode { kind: 'range'; pos: Pos; pipe: PipeNode; list: ListNode; elseList: ListNode | null }
export interface BreakNode { kind: 'break'; pos: Pos }
export interface ContinueNode { kind: 'continue'; pos: Pos }
/** `{{template "name" pipeline}}`, also what `{{block}}` leaves in place. */
export interface TemplateNode { kind: 'template'; pos: Pos; name: string; pipe: PipeNode | null }
/** Hugo's `{{ return pipeline }}` in partials. */
export interface ReturnNode { kind: 'return'; pos: Pos; pipe: PipeNode | null }
export interface ListNode { kind: 'list'; pos: Pos; nodes: Node[] }

export type Node =
  | TextNode
  | ActionNode
  | IfNode
  | WithNode
  | RangeNode
  | BreakNode
  | ContinueNode
  | TemplateNode
  | ReturnNode
  | ListNode;

export type AnyNode = Node | ArgNode | CommandNode;

/** One parsed template: a file's top level, or a `define`/`block` body. */
export interface Tree {
  name: string;
  /** The file it came from, for messages (e.g. `layouts/_default/single.html`). */
  file: string;
  /** The whole text of that file, so positions can become line:column. */
  source: string;
  root: ListNode;
}
