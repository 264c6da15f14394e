/**
 * Hugo's `.TableOfContents` (markup/tableofcontents): the headings become a tree first, then HTML.
 * Every h1 starts a new top-level row, so a page with several h1s gets one list per h1; a skipped
 * level becomes an empty `<li>` around the deeper list. The markup, including its two-space
 * indentation and blank line between rows, is Hugo's byte for byte.
 */

export interface TocEntry {
  level: number;
  id: string;
  html: string;
}

interface Node {
  id: string;
  html: string;
  children: Node[];
}

const empty = (): Node => ({ id: '', html: '', children: [] });

function buildTree(entries: readonly TocEntry[]): Node[] {
  const rows: Node[] = [];
  let row = -1;
  for (const entry of entries) {
    if (entry.level === 1 || row === -1) row++;
    while (rows.length <= row) rows.push(empty());
    const node: Node = { id: entry.id, html: entry.html, children: [] };
    if (entry.level === 1) {
      rows[row] = node;
      continue;
    }
    let parent = rows[row] as Node;
    for (let i = 1; i < entry.level - 1; i++) {
      if (parent.children.length === 0) parent.children.push(empty());
      parent = parent.children[parent.children.length - 1] as Node;
    }
    parent.children.push(node);
  }
  return rows;
}

export interface TocOptions {
  startLevel: number;
  endLevel: number;
  ordered: boolean;
}

export function renderToc(entries: readonly TocEntry[], options: TocOptions): string {
  const tag = options.ordered ? 'ol' : 'ul';
  let out = '<nav id="TableOfContents">';
  const indent = (n: number): void => {
    out += '  '.repeat(n);
  };
  const writeList = (level: number, depth: number, nodes: readonly Node[]): void => {
    if (level < options.startLevel) {
      for (const node of nodes) writeList(level + 1, depth, node.children);
      return;
    }
    if (options.endLevel !== -1 && level > options.endLevel) return;
    if (nodes.length > 0) {
      out += '\n';
      indent(depth + 1);
      out += `<${tag}>\n`;
    }
    for (const node of nodes) {
      indent(depth + 2);
      out += '<li>';
      if (node.id !== '' || node.html !== '') out += `<a href="#${node.id}">${node.html}</a>`;
      writeList(level + 1, depth + 2, node.children);
      out += '</li>\n';
    }
    if (nodes.length > 0) {
      indent(depth + 1);
      out += `</${tag}>\n`;
      indent(depth);
    }
  };
  writeList(1, 0, buildTree(entries));
  return `${out}</nav>`;
}
