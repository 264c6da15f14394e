import type { Token } from './engine.js';
import { coalesce } from './delegate.js';
import type { ChromaStyle } from './styles/index.js';

// Go's html.EscapeString, which Chroma's formatter applies to each token.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };
const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * Chroma's SplitTokensIntoLines: a token spanning newlines is cut after each, its tail (even
 * empty) starting the next line; a last line holding one empty token is dropped.
 */
function splitLines(tokens: readonly Token[]): Token[][] {
  const lines: Token[][] = [];
  let line: Token[] = [];
  for (const t of tokens) {
    let value = t.value;
    for (let nl = value.indexOf('\n'); nl >= 0; nl = value.indexOf('\n')) {
      line.push({ type: t.type, value: value.slice(0, nl + 1) });
      lines.push(line);
      line = [];
      value = value.slice(nl + 1);
    }
    line.push({ type: t.type, value });
  }
  if (line.length > 0) lines.push(line);
  const last = lines[lines.length - 1];
  if (last !== undefined && last.length === 1 && last[0]?.value === '') lines.pop();
  return lines;
}

/** How Hugo's `markup.highlight` asks Chroma's HTML formatter to write a block (noClasses). */
export interface BlockOptions {
  style: ChromaStyle;
  lineNos: boolean;
  /** `lineNumbersInTable`: numbers in a table's first column rather than before each line. */
  lineNumbersInTable: boolean;
  lineNoStart: number;
  tabWidth: number;
}

/**
 * Chroma's HTML formatter with inline styles: each line in a flex span; line numbers, when
 * asked for, padded to the width of the last one (`%*d`), either leading each line or in a
 * two-column table whose cells repeat the `<pre>`.
 */
export function formatBlock(tokens: readonly Token[], codeAttrs: string, o: BlockOptions): string {
  // Empty code stays empty: Chroma never sees it, so no newline is added to make a line.
  const lines = tokens.length === 0 ? [] : splitLines(coalesce(tokens));
  const tab = `-moz-tab-size:${o.tabWidth};-o-tab-size:${o.tabWidth};tab-size:${o.tabWidth};`;
  const pre = `<pre tabindex="0" style="${o.style.pre}${tab}">`;
  const digits = String(o.lineNoStart + lines.length - 1).length;
  const number = (i: number): string =>
    `<span style="${o.style.lineNumbers}">${String(o.lineNoStart + i).padStart(digits, ' ')}`;
  let code = '';
  lines.forEach((line, i) => {
    const inline = o.lineNos && !o.lineNumbersInTable ? `${number(i)}</span>` : '';
    code += `<span style="display:flex;">${inline}<span>${formatTokens(line, o.style)}</span></span>`;
  });
  if (!(o.lineNos && o.lineNumbersInTable)) return `<div class="highlight">${pre}<code${codeAttrs}>${code}</code></pre></div>`;
  const numbers = lines.map((_, i) => `${number(i)}\n</span>`).join('');
  const td = 'vertical-align:top;padding:0;margin:0;border:0;';
  return (
    `<div class="highlight"><div style="${o.style.pre}${tab}">\n` +
    `<table style="border-spacing:0;padding:0;margin:0;border:0;"><tr><td style="${td}">\n` +
    `${pre}<code>${numbers}</code></pre></td>\n` +
    `<td style="${td};width:100%">\n` +
    `${pre}<code${codeAttrs}>${code}</code></pre></td></tr></table>\n</div>\n</div>`
  );
}

function formatTokens(line: readonly Token[], style: ChromaStyle): string {
  let html = '';
  for (const t of line) {
    const css = tokenStyle(style, t.type);
    html += css === undefined ? escape(t.value) : `<span style="${css}">${escape(t.value)}</span>`;
  }
  return html;
}

const SUB_CATEGORIES = ['LiteralString', 'LiteralNumber', 'CommentPreproc'];
const CATEGORIES = ['Keyword', 'Name', 'Literal', 'Operator', 'Punctuation', 'Comment', 'Generic', 'Text'];

/**
 * Chroma's inline formatter keeps only types whose style is not empty (after subtracting the
 * background); a type without one takes its sub-category's (LiteralString, LiteralNumber,
 * CommentPreproc), else its category's, else none (undefined: the text is written bare).
 */
function tokenStyle(style: ChromaStyle, type: string): string | undefined {
  const sub = SUB_CATEGORIES.find((c) => type.startsWith(c));
  const cat = CATEGORIES.find((c) => type.startsWith(c));
  const tokens = style.tokens;
  return tokens[type] ?? (sub === undefined ? undefined : tokens[sub]) ?? (cat === undefined ? undefined : tokens[cat]);
}
