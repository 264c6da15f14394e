/**
 * A stand-in for the contextual escaper (escape/index.ts) until it lands:
 * same signature, but it treats every action as HTML text. It copies the
 * trees it reaches and appends `_html_template_htmlescaper` to each printing
 * action, as Go's html/template does in text context.
 */

import type { ActionNode, ListNode, Node, Tree } from './ast.js';
import { htmlEscape } from './builtins.js';
import { formatValue } from './fmt.js';
import { SafeHTML } from './values.js';

const ESCAPER = '_html_template_htmlescaper';

export const escaperFuncs: Record<string, (...args: any[]) => unknown> = {
  [ESCAPER]: (...args: unknown[]) => {
    if (args.length === 1) {
      const [value] = args;
      if (value instanceof SafeHTML) return value.value;
      if (value === null || value === undefined) return '';
      return htmlEscape(formatValue(value)).replace(/\+/g, '&#43;');
    }
    return htmlEscape(args.map((a) => (a == null ? '' : formatValue(a))).join('')).replace(/\+/g, '&#43;');
  },
};

export function escapeTemplate(lookup: (name: string) => Tree | undefined, name: string, out: Map<string, Tree>): void {
  if (out.has(name)) return;
  const tree = lookup(name);
  if (tree === undefined) return;
  const reached: string[] = [];
  out.set(name, { ...tree, root: copyList(tree.root, reached) });
  for (const next of reached) escapeTemplate(lookup, next, out);
}

function copyList(list: ListNode, reached: string[]): ListNode {
  return { ...list, nodes: list.nodes.map((node) => copyNode(node, reached)) };
}

function copyNode(node: Node, reached: string[]): Node {
  switch (node.kind) {
    case 'action':
      return escapeAction(node);
    case 'if':
    case 'with':
    case 'range':
      return { ...node, list: copyList(node.list, reached), elseList: node.elseList && copyList(node.elseList, reached) };
    case 'list':
      return copyList(node, reached);
    case 'template':
      reached.push(node.name);
      return node;
    default:
      return node;
  }
}

function escapeAction(node: ActionNode): ActionNode {
  if (node.pipe.decl.length > 0) return node;
  const pos = node.pipe.pos;
  const cmd = { kind: 'command' as const, pos, args: [{ kind: 'identifier' as const, pos, name: ESCAPER }] };
  return { ...node, pipe: { ...node.pipe, cmds: [...node.pipe.cmds, cmd] } };
}
