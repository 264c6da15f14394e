/**
 * Nodes back to template source, in Go's canonical spelling (`{{if .X}}…{{end}}`),
 * so parser tests compare readable strings and error messages can quote the
 * failing operand (`executing "x" at <.Titel>`).
 */

import type { AnyNode, ListNode, PipeNode } from './ast.js';

export function nodeToString(node: AnyNode): string {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'list':
      return node.nodes.map(nodeToString).join('');
    case 'action':
      return `{{${nodeToString(node.pipe)}}}`;
    case 'pipe':
      return pipeToString(node);
    case 'command':
      return node.args.map((arg) => (arg.kind === 'pipe' ? `(${nodeToString(arg)})` : nodeToString(arg))).join(' ');
    case 'field':
      return node.ident.map((name) => `.${name}`).join('');
    case 'variable':
      return node.ident.join('.');
    case 'chain': {
      const base = node.node.kind === 'pipe' ? `(${nodeToString(node.node)})` : nodeToString(node.node);
      return base + node.field.map((name) => `.${name}`).join('');
    }
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(node.value);
    case 'number':
    case 'string':
      return node.text;
    case 'identifier':
      return node.name;
    case 'if':
    case 'with':
    case 'range': {
      const elseList = node.elseList === null ? '' : `{{else}}${nodeToString(node.elseList)}`;
      return `{{${node.kind} ${nodeToString(node.pipe)}}}${nodeToString(node.list)}${elseList}{{end}}`;
    }
    case 'break':
    case 'continue':
      return `{{${node.kind}}}`;
    case 'template':
      return `{{template ${JSON.stringify(node.name)}${node.pipe === null ? '' : ` ${nodeToString(node.pipe)}`}}}`;
    case 'return':
      return `{{return${node.pipe === null ? '' : ` ${nodeToString(node.pipe)}`}}}`;
    default:
      return assertNever(node);
  }
}

function pipeToString(pipe: PipeNode): string {
  const decl = pipe.decl.length === 0 ? '' : `${pipe.decl.map(nodeToString).join(', ')} ${pipe.isAssign ? '=' : ':='} `;
  return decl + pipe.cmds.map(nodeToString).join(' | ');
}

/** Go's IsEmptyTree: only whitespace text; such a define never replaces an existing one. */
export function isEmptyList(list: ListNode): boolean {
  return list.nodes.every((node) => (node.kind === 'text' ? node.text.trim() === '' : node.kind === 'list' && isEmptyList(node)));
}

function assertNever(node: never): never {
  throw new Error(`unknown node ${JSON.stringify(node)}`);
}
