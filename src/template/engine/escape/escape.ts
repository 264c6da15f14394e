/**
 * The contextual escaping pass, modelled on Go's html/template escape.go: it
 * walks a template (and every template it calls) tracking the HTML context,
 * records for each action which escapers its output needs, and for each text
 * node how comments and stray `<` are rewritten. Edits are applied to copies of
 * the trees only once the whole analysis succeeds, so a failed branch (or a
 * guessed output context that turns out wrong) leaves nothing behind.
 */

import type { ActionNode, AnyNode, IfNode, ListNode, Node, RangeNode, TemplateNode, TextNode, Tree, WithNode } from '../ast.js';
import type { Context, Problem } from './context.js';
import { contextString, eqContext, errorContext, isComment, mangle, nudge } from './context.js';
import { nodeToString } from '../print.js';
import { contextAfterText } from './after-text.js';

export type Lookup = (name: string) => Tree | undefined;

/** Contexts that break/continue jump back with, per enclosing range. */
interface RangeContext {
  outer: RangeContext | undefined;
  breaks: { c: Context; pos: number }[];
  continues: { c: Context; pos: number }[];
}

/** What the pass shares across one escapeTemplate call (and its conditional sub-passes). */
export interface Shared {
  lookup: Lookup;
  /** dname → the copy of the tree being escaped under that name. */
  copies: Map<string, Tree>;
}

const predefinedEscapers = new Set(['html', 'urlquery']);

export class Escaper {
  /** dname → output context (assumed while a body is being analysed). */
  readonly output: Map<string, Context>;
  readonly called = new Set<string>();
  readonly actionEdits = new Map<ActionNode, string[]>();
  readonly templateEdits = new Map<TemplateNode, string>();
  readonly textEdits = new Map<TextNode, string>();
  rangeContext: RangeContext | undefined;
  /** The tree whose nodes are being visited, for error positions. */
  tree: Tree | undefined;

  constructor(
    readonly shared: Shared,
    output: Map<string, Context>,
  ) {
    this.output = new Map(output);
  }

  escape(c: Context, n: Node): Context {
    switch (n.kind) {
      case 'action':
        return this.escapeAction(c, n);
      case 'text':
        return this.locate(this.escapeText(c, n), n.pos);
      case 'if':
        return this.escapeBranch(c, n, 'if');
      case 'with':
        return this.escapeBranch(c, n, 'with');
      case 'range':
        return this.escapeBranch(c, n, 'range');
      case 'list':
        return this.escapeList(c, n);
      case 'template':
        return this.escapeTemplateCall(c, n);
      case 'break':
        this.rangeContext?.breaks.push({ c, pos: n.pos });
        return { ...c, state: 'Dead' };
      case 'continue':
        this.rangeContext?.continues.push({ c, pos: n.pos });
        return { ...c, state: 'Dead' };
      case 'return':
        // Hugo's partial `return` hands back a value; nothing is printed.
        return c;
      default: {
        const never: never = n;
        throw new Error(`unexpected node ${String(never)}`);
      }
    }
  }

  /** Gives an error found while reading text the position of that text. */
  private locate(c: Context, pos: number): Context {
    if (c.state === 'Error' && c.err !== undefined && c.err.pos === undefined) {
      c.err.pos = pos;
      c.err.tree = this.tree;
    }
    return c;
  }

  private fail(message: string, node: AnyNode): Context {
    const c = errorContext(message, node.pos);
    (c.err as Problem).tree = this.tree;
    return c;
  }

  escapeList(c: Context, list: ListNode | null): Context {
    if (list === null) return c;
    for (const n of list.nodes) {
      c = this.escape(c, n);
      // Code after {{break}} or {{continue}} never runs.
      if (c.state === 'Dead') break;
    }
    return c;
  }

  /** Escapes `list` in a child pass whose edits are kept only if `keep` approves its result. */
  escapeListConditionally(c: Context, list: ListNode, keep: ((e: Escaper, c: Context) => boolean) | null): [Context, boolean] {
    const e1 = new Escaper(this.shared, this.output);
    e1.rangeContext = this.rangeContext;
    e1.tree = this.tree;
    const c1 = e1.escapeList(c, list);
    const ok = keep !== null && keep(e1, c1);
    if (ok) {
      for (const [k, v] of e1.output) this.output.set(k, v);
      for (const k of e1.called) this.called.add(k);
      for (const [k, v] of e1.actionEdits) this.actionEdits.set(k, v);
      for (const [k, v] of e1.templateEdits) this.templateEdits.set(k, v);
      for (const [k, v] of e1.textEdits) this.textEdits.set(k, v);
    }
    return [c1, ok];
  }

  private escapeAction(c: Context, n: ActionNode): Context {
    // `{{ $x := … }}` declares a variable and prints nothing.
    if (n.pipe.decl.length !== 0) return c;
    c = nudge(c);
    const cmds = n.pipe.cmds;
    for (let i = 0; i < cmds.length; i++) {
      const first = cmds[i]?.args[0];
      if (first?.kind !== 'identifier' || !predefinedEscapers.has(first.name)) continue;
      // `html`/`urlquery` may end a pipeline (they merge with the escaper), nothing more.
      if (i < cmds.length - 1 || (c.state === 'Attr' && c.delim === 'SpaceOrTagEnd' && first.name === 'html')) {
        return this.fail(`predefined escaper ${JSON.stringify(first.name)} disallowed in template`, n);
      }
    }
    const s: string[] = [];
    switch (c.state) {
      case 'Error':
        return c;
      case 'URL':
      case 'CSSDqStr':
      case 'CSSSqStr':
      case 'CSSDqURL':
      case 'CSSSqURL':
      case 'CSSURL':
        switch (c.urlPart) {
          case 'None':
          case 'PreQuery':
            // Only the start of a URL decides its scheme.
            if (c.urlPart === 'None') s.push('_html_template_urlfilter');
            s.push(c.state === 'CSSDqStr' || c.state === 'CSSSqStr' ? '_html_template_cssescaper' : '_html_template_urlnormalizer');
            break;
          case 'QueryOrFrag':
            s.push('_html_template_urlescaper');
            break;
          case 'Unknown':
            return this.fail(`${nodeToString(n)} appears in an ambiguous context within a URL`, n);
        }
        break;
      case 'JS':
        s.push('_html_template_jsvalescaper');
        // A slash after a value is a division.
        c = { ...c, jsCtx: 'DivOp' };
        break;
      case 'JSDqStr':
      case 'JSSqStr':
        s.push('_html_template_jsstrescaper');
        break;
      case 'JSRegexp':
        s.push('_html_template_jsregexpescaper');
        break;
      case 'CSS':
        s.push('_html_template_cssvaluefilter');
        break;
      case 'Text':
        s.push('_html_template_htmlescaper');
        break;
      case 'RCDATA':
        s.push('_html_template_rcdataescaper');
        break;
      case 'Attr':
        break;
      case 'AttrName':
      case 'Tag':
        c = { ...c, state: 'AttrName' };
        s.push('_html_template_htmlnamefilter');
        break;
      case 'Srcset':
        s.push('_html_template_srcsetescaper');
        break;
      default:
        if (!isComment(c.state)) throw new Error(`unexpected escaping state ${c.state}`);
        s.push('_html_template_commentescaper');
    }
    if (c.delim === 'SpaceOrTagEnd') s.push('_html_template_nospaceescaper');
    else if (c.delim !== 'None') s.push('_html_template_attrescaper');
    this.actionEdits.set(n, s);
    return c;
  }

  /**
   * Follows the context through template text. In HTML text a `<` that starts
   * no tag becomes `&lt;`; HTML comments, and JS/CSS comments outside
   * attributes, are dropped (a JS block comment leaves a space or a newline).
   */
  private escapeText(c: Context, n: TextNode): Context {
    const s = n.text;
    let out = '';
    let written = 0;
    let i = 0;
    while (i !== s.length) {
      const [c1, nread] = contextAfterText(c, s.slice(i));
      const i1 = i + nread;
      if (c.state === 'Text' || c.state === 'RCDATA') {
        let end = i1;
        if (c1.state !== c.state) {
          const lt = s.lastIndexOf('<', end - 1);
          if (lt >= i) end = lt;
        }
        for (let j = i; j < end; j++) {
          if (s[j] === '<' && s.slice(j, j + 9).toUpperCase() !== '<!DOCTYPE') {
            out += s.slice(written, j) + '&lt;';
            written = j + 1;
          }
        }
      } else if (isComment(c.state) && c.delim === 'None') {
        // A block comment with a line break still separates lines (ES5 §7.4).
        if (c.state === 'JSBlockCmt') out += /[\n\r\u2028\u2029]/.test(s.slice(written, i1)) ? '\n' : ' ';
        else if (c.state === 'CSSBlockCmt') out += ' ';
        written = i1;
      }
      if (c.state !== c1.state && isComment(c1.state) && c1.delim === 'None') {
        // Keep what precedes the comment opener.
        out += s.slice(written, i1 - (c1.state === 'HTMLCmt' ? 4 : 2));
        written = i1;
      }
      if (i === i1 && c.state === c1.state) throw new Error(`escaper made no progress in ${c.state} at ${JSON.stringify(s.slice(i))}`);
      c = c1;
      i = i1;
    }
    if (written !== 0 && c.state !== 'Error') {
      if (!isComment(c.state) || c.delim !== 'None') out += s.slice(written);
      this.textEdits.set(n, out);
    }
    return c;
  }

  private escapeBranch(c: Context, n: IfNode | WithNode | RangeNode, kind: 'if' | 'with' | 'range'): Context {
    if (n.kind !== 'range') return join(this.escapeList(c, n.list), this.escapeList(c, n.elseList), n, kind, this.tree);
    this.rangeContext = { outer: this.rangeContext, breaks: [], continues: [] };
    let c0 = this.escapeList(c, n.list);
    if (c0.state !== 'Error') c0 = joinRange(c0, this.rangeContext, this.tree);
    this.rangeContext = this.rangeContext.outer;
    if (c0.state === 'Error') return c0;
    // The body can run again: running it twice must end where running it once does.
    this.rangeContext = { outer: this.rangeContext, breaks: [], continues: [] };
    const [c1] = this.escapeListConditionally(c0, n.list, null);
    c0 = join(c0, c1, n, kind, this.tree);
    if (c0.state === 'Error') {
      this.rangeContext = this.rangeContext.outer;
      const err = c0.err as Problem;
      return { ...c0, err: { ...err, pos: n.pos, tree: this.tree, message: `on range loop re-entry: ${err.message}` } };
    }
    c0 = joinRange(c0, this.rangeContext, this.tree);
    this.rangeContext = this.rangeContext.outer;
    if (c0.state === 'Error') return c0;
    return join(c0, this.escapeList(c, n.elseList), n, kind, this.tree);
  }

  private escapeTemplateCall(c: Context, n: TemplateNode): Context {
    const [out, dname] = this.escapeTree(c, n, n.name);
    if (dname !== n.name) this.templateEdits.set(n, dname);
    return out;
  }

  /** Escapes template `name` for starting context `c`; returns its output context and derived name. */
  escapeTree(c: Context, node: AnyNode | null, name: string): [Context, string] {
    const dname = mangle(c, name);
    this.called.add(dname);
    const known = this.output.get(dname);
    if (known !== undefined) return [known, dname];
    const t = this.shared.lookup(name);
    if (t === undefined) {
      const message = `no such template ${JSON.stringify(name)}`;
      return [node === null ? errorContext(message) : this.fail(message, node), dname];
    }
    let copy = this.shared.copies.get(dname);
    if (copy === undefined) {
      copy = { ...t, name: dname, root: structuredClone(t.root) };
      this.shared.copies.set(dname, copy);
    }
    return [this.computeOutCtx(c, copy), dname];
  }

  /** A recursive template needs a guess of its own output context; try the input, then the first result. */
  private computeOutCtx(c: Context, t: Tree): Context {
    let [c1, ok] = this.escapeTemplateBody(c, t);
    if (!ok) {
      const [c2, ok2] = this.escapeTemplateBody(c1, t);
      if (ok2) {
        c1 = c2;
        ok = true;
      }
    }
    if (!ok && c1.state !== 'Error') {
      const outer = this.tree;
      this.tree = t;
      const failed = this.fail(`cannot compute output context for template ${t.name}`, t.root);
      this.tree = outer;
      return failed;
    }
    return c1;
  }

  private escapeTemplateBody(c: Context, t: Tree): [Context, boolean] {
    const keep = (e1: Escaper, c1: Context): boolean => {
      if (c1.state === 'Error') return false;
      // Not called recursively: c1 is exact. Otherwise it must match the guess.
      if (!e1.called.has(t.name)) return true;
      return eqContext(c, c1);
    };
    this.output.set(t.name, c);
    const outer = this.tree;
    this.tree = t;
    try {
      return this.escapeListConditionally(c, t.root, keep);
    } finally {
      this.tree = outer;
    }
  }
}

/** The context after a branch whose arms end in `a` and `b`, or an error if they cannot agree. */
export function join(a: Context, b: Context, node: AnyNode, kind: string, tree: Tree | undefined): Context {
  if (a.state === 'Error') return a;
  if (b.state === 'Error') return b;
  if (a.state === 'Dead') return b;
  if (b.state === 'Dead') return a;
  if (eqContext(a, b)) return a;
  if (eqContext({ ...a, urlPart: b.urlPart }, b)) return { ...a, urlPart: 'Unknown' };
  if (eqContext({ ...a, jsCtx: b.jsCtx }, b)) return { ...a, jsCtx: 'Unknown' };
  // `<p title={{if .C}}{{.}}{{end}}`: a nudged context may join an unnudged one.
  const na = nudge(a);
  const nb = nudge(b);
  if (!(eqContext(na, a) && eqContext(nb, b))) {
    const e = join(na, nb, node, kind, tree);
    if (e.state !== 'Error') return e;
  }
  const c = errorContext(`{{${kind}}} branches end in different contexts: ${contextString(a)}, ${contextString(b)}`, node.pos);
  (c.err as Problem).tree = tree;
  return c;
}

function joinRange(c0: Context, rc: RangeContext, tree: Tree | undefined): Context {
  for (const [jumps, what] of [[rc.breaks, 'break'], [rc.continues, 'continue']] as const) {
    for (const j of jumps) {
      c0 = join(c0, j.c, { kind: 'break', pos: j.pos }, 'range', tree);
      if (c0.state === 'Error') {
        const err = c0.err as Problem;
        return { ...c0, err: { ...err, pos: j.pos, tree, message: `at range loop ${what}: ${err.message}` } };
      }
    }
  }
  return c0;
}

