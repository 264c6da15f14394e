/**
 * The parser: tokens → trees. One call parses one source text into its
 * top-level tree plus one tree per `define` and `block`, as Go's
 * text/template/parse does. Function names are checked here, so an unknown
 * function is a parse error (`function "partal" not defined`), and every
 * variable must be declared before use.
 */

import type {
  ArgNode,
  CommandNode,
  IfNode,
  ListNode,
  Node,
  PipeNode,
  RangeNode,
  StringNode,
  TemplateNode,
  Tree,
  VariableNode,
  WithNode,
} from './ast.js';
import { errorAt } from './errors.js';
import { lex, type Token } from './lexer.js';
import { parseNumber, unquote } from './literals.js';
import { isEmptyList } from './print.js';

export interface ParseOptions {
  name: string;
  file?: string;
  /** Whether a function of that name exists (builtins included). */
  hasFunction: (name: string) => boolean;
}

/** What `{{end}}` or `{{else}}` leave behind while a list is being parsed. */
type Terminator = { kind: 'end'; pos: number } | { kind: 'else'; pos: number; chained: 'if' | 'with' | null };

/** Parses `text`; the first tree is the top level (named `options.name`), the rest are its defines and blocks. */
export function parse(text: string, options: ParseOptions): Tree[] {
  return new Parser(text, options).parseFile();
}

class Parser {
  private readonly tokens: Token[];
  private index = 0;
  private vars: string[] = ['$'];
  private rangeDepth = 0;
  private readonly defines: Tree[] = [];
  /** The tree being built, for error positions. */
  private tree: Tree;

  constructor(
    private readonly text: string,
    private readonly options: ParseOptions,
  ) {
    this.tokens = lex(text);
    const file = options.file ?? options.name;
    this.tree = { name: options.name, file, source: text, root: { kind: 'list', pos: 0, nodes: [] } };
  }

  parseFile(): Tree[] {
    const top = this.tree;
    const nodes = top.root.nodes;
    for (;;) {
      const token = this.peek();
      if (token.type === 'eof') break;
      if (token.type === 'leftDelim') {
        const after = this.peekAfterDelim();
        if (after.type === 'keyword' && after.val === 'define') {
          this.next();
          this.nextNonSpace();
          this.parseDefinition(after);
          continue;
        }
      }
      const node = this.textOrAction();
      if (node.kind === 'end' || node.kind === 'else') this.fail(node.pos, `unexpected {{${node.kind}}}`);
      nodes.push(node);
    }
    return [top, ...this.defines];
  }

  // {{define "name"}} itemList {{end}}
  private parseDefinition(keyword: Token): void {
    const name = this.templateName('define clause');
    this.expect('rightDelim', 'define clause');
    const { list, end } = this.withScope(['$'], () => this.itemList(keyword, `define ${JSON.stringify(name)}`));
    if (end.kind !== 'end') this.fail(end.pos, 'unexpected {{else}} in define');
    this.addDefine(name, list, keyword.pos);
  }

  // {{block "name" pipeline}} itemList {{end}}: a define plus a {{template}} in its place.
  private blockControl(keyword: Token): TemplateNode {
    const name = this.templateName('block clause');
    const pipe = this.pipeline('block', 'rightDelim');
    const { list, end } = this.withScope(['$'], () => this.itemList(keyword, `block ${JSON.stringify(name)}`));
    if (end.kind !== 'end') this.fail(end.pos, 'unexpected {{else}} in block');
    this.addDefine(name, list, keyword.pos);
    return { kind: 'template', pos: keyword.pos, name, pipe };
  }

  private addDefine(name: string, root: ListNode, pos: number): void {
    const previous = this.defines.findIndex((t) => t.name === name);
    const tree: Tree = { name, file: this.tree.file, source: this.text, root };
    if (previous === -1) {
      this.defines.push(tree);
      return;
    }
    // Go: two non-empty definitions in one file are an error; an empty one never replaces.
    if (!isEmptyList(root) && !isEmptyList(this.defines[previous]!.root)) {
      this.fail(pos, `multiple definition of template "${name}"`);
    }
    if (!isEmptyList(root)) this.defines[previous] = tree;
  }

  private withScope<T>(vars: string[], body: () => T): T {
    const saved = this.vars;
    const savedRange = this.rangeDepth;
    this.vars = vars;
    this.rangeDepth = 0;
    try {
      return body();
    } finally {
      this.vars = saved;
      this.rangeDepth = savedRange;
    }
  }

  /** Parses nodes up to a `{{end}}` or `{{else}}`; EOF first is an error naming the opener. */
  private itemList(opener: Token, context: string): { list: ListNode; end: Terminator } {
    const list: ListNode = { kind: 'list', pos: this.peek().pos, nodes: [] };
    for (;;) {
      if (this.peek().type === 'eof') {
        this.fail(opener.pos, `unexpected EOF: missing {{ end }} for {{ ${context} }}`);
      }
      const node = this.textOrAction();
      if (node.kind === 'end' || node.kind === 'else') return { list, end: node };
      list.nodes.push(node);
    }
  }

  private textOrAction(): Node | Terminator {
    const token = this.next();
    if (token.type === 'text') return { kind: 'text', pos: token.pos, text: token.val };
    if (token.type === 'leftDelim') return this.action();
    if (token.type === 'error') this.fail(token.pos, token.val);
    return this.unexpected(token, 'input');
  }

  // An action after `{{`: a control keyword or a pipeline.
  private action(): Node | Terminator {
    const token = this.nextNonSpace();
    if (token.type === 'keyword') {
      switch (token.val) {
        case 'if':
          return this.control('if', token);
        case 'with':
          return this.control('with', token);
        case 'range':
          return this.control('range', token);
        case 'end':
          this.expect('rightDelim', 'end');
          return { kind: 'end', pos: token.pos };
        case 'else':
          return this.elseControl(token);
        case 'template':
          return this.templateControl(token);
        case 'block':
          return this.blockControl(token);
        case 'define':
          return this.fail(token.pos, '{{define}} is only allowed at the top level of a template');
        case 'break':
        case 'continue':
          if (this.rangeDepth === 0) this.fail(token.pos, `{{${token.val}}} outside {{range}}`);
          this.expect('rightDelim', token.val);
          return { kind: token.val, pos: token.pos };
        case 'return': {
          const close = this.peekNonSpace();
          if (close.type === 'rightDelim') {
            this.nextNonSpace();
            return { kind: 'return', pos: token.pos, pipe: null };
          }
          return { kind: 'return', pos: token.pos, pipe: this.pipeline('return', 'rightDelim') };
        }
      }
    }
    this.backup();
    const pos = this.peek().pos;
    return { kind: 'action', pos, pipe: this.pipeline('command', 'rightDelim') };
  }

  // {{else}}, or {{else if …}} / {{else with …}} which chain a nested control.
  private elseControl(token: Token): Terminator {
    const next = this.peekNonSpace();
    if (next.type === 'keyword' && (next.val === 'if' || next.val === 'with')) {
      return { kind: 'else', pos: token.pos, chained: next.val };
    }
    this.expect('rightDelim', 'else');
    return { kind: 'else', pos: token.pos, chained: null };
  }

  // {{if|with|range pipeline}} itemList [{{else}} itemList] {{end}}
  private control(kind: 'if' | 'with' | 'range', keyword: Token): IfNode | WithNode | RangeNode {
    const savedVars = this.vars.length;
    const pipe = this.pipeline(kind, 'rightDelim');
    if (kind === 'range') this.rangeDepth++;
    let { list, end } = this.itemList(keyword, kind);
    if (kind === 'range') this.rangeDepth--;
    let elseList: ListNode | null = null;
    if (end.kind === 'else') {
      if (end.chained !== null) {
        if (end.chained !== kind) this.fail(end.pos, `unexpected {{else ${end.chained}}} in {{${kind}}}`);
        // The nested control consumes the single shared {{end}}.
        const nestedKeyword = this.nextNonSpace();
        elseList = { kind: 'list', pos: end.pos, nodes: [this.control(kind, nestedKeyword)] };
      } else {
        const rest = this.itemList(keyword, kind);
        if (rest.end.kind !== 'end') this.fail(rest.end.pos, `expected {{ end }} after {{ else }} of {{ ${kind} }}; found another {{ else }}`);
        elseList = rest.list;
      }
    }
    this.vars.length = savedVars;
    return { kind, pos: keyword.pos, pipe, list, elseList } as IfNode | WithNode | RangeNode;
  }

  // {{template "name"}} or {{template "name" pipeline}}
  private templateControl(keyword: Token): TemplateNode {
    const name = this.templateName('template clause');
    const next = this.peekNonSpace();
    if (next.type === 'rightDelim') {
      this.nextNonSpace();
      return { kind: 'template', pos: keyword.pos, name, pipe: null };
    }
    return { kind: 'template', pos: keyword.pos, name, pipe: this.pipeline('template', 'rightDelim') };
  }

  private templateName(context: string): string {
    const token = this.nextNonSpace();
    if (token.type !== 'string' && token.type !== 'rawString') this.unexpected(token, context);
    return this.unquote(token);
  }

  /**
   * pipeline: [decl :=|=] command ['|' command]*
   * decl: $x | $x, $y (two only in range)
   */
  private pipeline(context: string, end: 'rightDelim' | 'rightParen'): PipeNode {
    const start = this.peekNonSpace();
    const pipe: PipeNode = { kind: 'pipe', pos: start.pos, isAssign: false, decl: [], cmds: [] };
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== 'variable') break;
      const save = this.index;
      this.nextNonSpace();
      const next = this.peekNonSpace();
      if (next.type === 'declare' || next.type === 'assign') {
        this.nextNonSpace();
        pipe.isAssign = next.type === 'assign';
        if (pipe.isAssign && !this.vars.includes(v.val)) this.fail(v.pos, `undefined variable "${v.val}"`);
        pipe.decl.push(this.variable(v));
        break;
      }
      if (next.type === 'comma') {
        this.nextNonSpace();
        pipe.decl.push(this.variable(v));
        if (context === 'range' && pipe.decl.length < 2 && this.peekNonSpace().type === 'variable') continue;
        const tooMany = context !== 'range' || pipe.decl.length >= 2;
        this.fail(next.pos, tooMany ? `too many declarations in ${context}` : 'range can only initialize variables');
      }
      this.index = save;
      break;
    }
    // Declared variables are visible only after the whole pipeline, as in Go.
    const declared = pipe.isAssign ? [] : pipe.decl.map((d) => d.ident[0]!);
    for (;;) {
      const token = this.peekNonSpace();
      if (token.type === end) {
        this.nextNonSpace();
        break;
      }
      if (!operandStart.has(token.type)) this.unexpected(this.nextNonSpace(), context);
      pipe.cmds.push(this.command(context));
    }
    if (pipe.cmds.length === 0) this.fail(start.pos, `missing value for ${context}`);
    pipe.cmds.forEach((cmd, i) => {
      const first = cmd.args[0]!;
      if (i > 0 && ['bool', 'dot', 'nil', 'number', 'string'].includes(first.kind)) {
        this.fail(first.pos, `non executable command in pipeline stage ${i + 1}`);
      }
    });
    this.vars.push(...declared);
    return pipe;
  }

  private variable(token: Token): VariableNode {
    return { kind: 'variable', pos: token.pos, ident: [token.val] };
  }

  // command: operand (space operand)*, ended by '|', '}}' or ')'.
  private command(context: string): CommandNode {
    const cmd: CommandNode = { kind: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.type === 'space') continue;
      if (token.type === 'rightDelim' || token.type === 'rightParen') {
        this.backup();
        break;
      }
      if (token.type === 'pipe') break;
      if (token.type === 'error') this.fail(token.pos, token.val);
      this.unexpected(token, 'operand');
    }
    if (cmd.args.length === 0) this.fail(cmd.pos, `missing value for ${context}`);
    return cmd;
  }

  // operand: term .Field*
  private operand(): ArgNode | null {
    const node = this.term();
    if (!node || this.peek().type !== 'field') return node;
    const fields: string[] = [];
    while (this.peek().type === 'field') fields.push(this.next().val.slice(1));
    switch (node.kind) {
      case 'field':
        return { kind: 'field', pos: node.pos, ident: [...node.ident, ...fields] };
      case 'variable':
        return { kind: 'variable', pos: node.pos, ident: [...node.ident, ...fields] };
      case 'chain':
        return { kind: 'chain', pos: node.pos, node: node.node, field: [...node.field, ...fields] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        return this.fail(node.pos, `unexpected . after term ${JSON.stringify(termText(this.text, node))}`);
      default:
        return { kind: 'chain', pos: node.pos, node, field: fields };
    }
  }

  // term: literal | function | . | .Field | $var | '(' pipeline ')'
  private term(): ArgNode | null {
    const token = this.nextNonSpace();
    switch (token.type) {
      case 'identifier': {
        let name = token.val;
        // Hugo's namespaced functions (`strings.HasPrefix`) may be registered under their dotted name.
        // The longest registered name wins, so Hugo's `js.Build` is not Go's `js` escaper followed by a field.
        while (this.peek().type === 'field' && this.options.hasFunction(name + this.peek().val)) name += this.next().val;
        while (!this.options.hasFunction(name) && this.peek().type === 'field') name += this.next().val;
        if (!this.options.hasFunction(name)) this.fail(token.pos, `function "${name}" not defined`);
        return { kind: 'identifier', pos: token.pos, name };
      }
      case 'dot':
        return { kind: 'dot', pos: token.pos };
      case 'nil':
        return { kind: 'nil', pos: token.pos };
      case 'variable':
        if (!this.vars.includes(token.val)) this.fail(token.pos, `undefined variable "${token.val}"`);
        return this.variable(token);
      case 'field':
        return { kind: 'field', pos: token.pos, ident: [token.val.slice(1)] };
      case 'bool':
        return { kind: 'bool', pos: token.pos, value: token.val === 'true' };
      case 'char':
      case 'number': {
        const n = parseNumber(token.val);
        if (typeof n === 'string') return this.fail(token.pos, n);
        return { kind: 'number', pos: token.pos, text: token.val, ...n };
      }
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString':
        return { kind: 'string', pos: token.pos, text: token.val, value: this.unquote(token) } satisfies StringNode;
      case 'error':
        return this.fail(token.pos, token.val);
      default:
        this.backup();
        return null;
    }
  }

  private unquote(token: Token): string {
    try {
      return unquote(token.val);
    } catch (error) {
      return this.fail(token.pos, (error as Error).message);
    }
  }

  // Token stream helpers.
  private peek(): Token {
    return this.tokens[this.index] ?? this.tokens[this.tokens.length - 1]!;
  }
  private next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }
  private backup(): void {
    this.index--;
  }
  private nextNonSpace(): Token {
    let token = this.next();
    while (token.type === 'space') token = this.next();
    return token;
  }
  private peekNonSpace(): Token {
    const save = this.index;
    const token = this.nextNonSpace();
    this.index = save;
    return token;
  }
  private peekAfterDelim(): Token {
    const save = this.index;
    this.next();
    const token = this.nextNonSpace();
    this.index = save;
    return token;
  }
  private expect(type: Token['type'], context: string): Token {
    const token = this.nextNonSpace();
    if (token.type !== type) this.unexpected(token, context);
    return token;
  }
  private unexpected(token: Token, context: string): never {
    if (token.type === 'error') this.fail(token.pos, token.val);
    return this.fail(token.pos, `unexpected ${describe(token)} in ${context}`);
  }
  private fail(pos: number, message: string): never {
    throw errorAt('template-parse', this.tree, pos, message);
  }
}

const operandStart = new Set<Token['type']>(['bool', 'char', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen']);

/** How Go's parser names a token in messages. */
function describe(token: Token): string {
  switch (token.type) {
    case 'eof':
      return 'EOF';
    case 'keyword':
      return `<${token.val}>`;
    case 'rightDelim':
      return '"}}"';
    default:
      return token.val.length > 10 ? `${JSON.stringify(token.val.slice(0, 10))}...` : JSON.stringify(token.val);
  }
}

function termText(text: string, node: ArgNode): string {
  if (node.kind === 'string' || node.kind === 'number') return node.text;
  if (node.kind === 'bool') return String(node.value);
  if (node.kind === 'nil') return 'nil';
  return text.slice(node.pos, node.pos + 1);
}
