import type { MarkdownIt, StateCore, Token } from 'markdown-it';

/**
 * GFM tables as Goldmark finds them (extension/table.go, v1.5.4): not a block of their own but a
 * paragraph whose line is a delimiter row. The line before it is the header, every later line of
 * the paragraph a row, and earlier lines stay a paragraph. A header with fewer cells than the
 * delimiter row is padded (more cells: no table); rows are padded or cut to fit. markdown-it's
 * own table rule demands matching pipes and counts, so it is replaced by this.
 */

type Align = '' | 'left' | 'center' | 'right';

function delimiterRow(line: string): Align[] | null {
  if (!/^[ \t\-|:]*$/.test(line) || /^(?: {4}|\t)/.test(line)) return null;
  let cols = line.split('|');
  if (cols.length > 0 && (cols[0] as string).trim() === '') cols = cols.slice(1);
  if (cols.length > 0 && (cols[cols.length - 1] as string).trim() === '') cols = cols.slice(0, -1);
  if (cols.length === 0) return null;
  const aligns: Align[] = [];
  for (const col of cols) {
    const c = col.trim();
    if (/^:-+$/.test(c)) aligns.push('left');
    else if (/^-+:$/.test(c)) aligns.push('right');
    else if (/^:-+:$/.test(c)) aligns.push('center');
    else if (/^-+$/.test(c)) aligns.push('');
    else return null;
  }
  return aligns;
}

/** parseRow: cells split at `|` not preceded by `\`, outer pipes dropped, padded to the columns. */
function row(line: string, columns: number, isHeader: boolean): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|')) text = text.slice(0, -1);
  const cells: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !(text.charCodeAt(i) === 0x7c && text.charCodeAt(i - 1) !== 0x5c)) continue;
    if (!isHeader && cells.length >= columns) break;
    let cell = text.slice(start, i).trim();
    // An escaped pipe inside a code span is a pipe (Goldmark drops its backslash there).
    if (cell.includes('`')) cell = cell.replace(/`[^`]*`/g, (code) => code.replace(/\\\|/g, '|'));
    cells.push(cell);
    start = i + 1;
  }
  if (text === '') cells.length = 0;
  while (cells.length < columns) cells.push('');
  return cells;
}

function transform(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const open = tokens[i] as Token;
    const inline = tokens[i + 1] as Token;
    if (open.type !== 'paragraph_open' || inline.type !== 'inline' || !inline.content.includes('\n')) continue;
    const lines = inline.content.split('\n');
    let at = -1;
    let aligns: Align[] | null = null;
    for (let k = 1; k < lines.length && aligns === null; k++) {
      aligns = delimiterRow(lines[k] as string);
      at = k;
    }
    if (aligns === null) continue;
    const header = row(lines[at - 1] as string, aligns.length, true);
    if (header.length !== aligns.length) continue;

    const out: Token[] = [];
    const level = open.level;
    const push = (type: string, tag: string, nesting: 1 | 0 | -1, content?: string, align?: Align): void => {
      const token = new state.Token(type, tag, nesting);
      token.block = nesting !== 0 || type === 'inline';
      token.level = level;
      if (align) token.attrs = [['style', `text-align:${align}`]];
      if (content !== undefined) {
        token.content = content;
        token.children = [];
        token.block = true;
      }
      out.push(token);
    };
    const cells = (values: string[], tag: 'th' | 'td'): void => {
      push('tr_open', 'tr', 1);
      values.forEach((value, c) => {
        push(`${tag}_open`, tag, 1, undefined, aligns?.[c] ?? '');
        push('inline', '', 0, value);
        push(`${tag}_close`, tag, -1);
      });
      push('tr_close', 'tr', -1);
    };
    push('table_open', 'table', 1);
    push('thead_open', 'thead', 1);
    cells(header, 'th');
    push('thead_close', 'thead', -1);
    if (at + 1 < lines.length) {
      push('tbody_open', 'tbody', 1);
      for (const line of lines.slice(at + 1)) cells(row(line, aligns.length, false), 'td');
      push('tbody_close', 'tbody', -1);
    }
    push('table_close', 'table', -1);

    if (at - 1 > 0) {
      // The lines before the header stay a paragraph.
      inline.content = lines.slice(0, at - 1).join('\n');
      tokens.splice(i + 3, 0, ...out);
      i += 2 + out.length;
    } else {
      tokens.splice(i, 3, ...out);
      i += out.length - 1;
    }
  }
}

export function tablePlugin(md: MarkdownIt): void {
  md.disable('table');
  // Before continuation lines lose their indent: a delimiter row indented four spaces is text.
  md.core.ruler.before('goldmark_paragraph_lines', 'goldmark_tables', transform);
}
