import type { Token } from './engine.js';
import { coalesce } from './delegate.js';
import { monokaiStyle } from './monokai.js';

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

/** The lines of Chroma's HTML formatter (inline styles, no line numbers), without the `<pre>`. */
export function formatLines(tokens: readonly Token[]): string {
  let html = '';
  // Hugo wraps every lexer in chroma.Coalesce.
  for (const line of splitLines(coalesce(tokens))) {
    html += '<span style="display:flex;"><span>';
    for (const t of line) {
      const css = monokaiStyle(t.type);
      html += css === '' ? escape(t.value) : `<span style="${css}">${escape(t.value)}</span>`;
    }
    html += '</span></span>';
  }
  return html;
}
