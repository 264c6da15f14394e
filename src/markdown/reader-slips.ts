import type { Token } from 'markdown-it';
import { parseAttributes } from './attributes.js';
import { hasClosure } from './html.js';

/**
 * Two places where Goldmark v1.5.4's reader slips, and Hugo 0.111.3 shows it. Both are rare and
 * both change the block structure, so they are reproduced by rewriting the source lines
 * involved and parsing again (only pages that have them pay for it).
 */

// HTML blocks that end at a marker Goldmark searches with bytes.Contains (comment, `<?`, `<!X`, CDATA).
const CONTAINS_CLOSURE = /^[ \t]*<(?:!--|\?|![A-Z]|!\[CDATA\[)/;

/**
 * After an ATX heading's closing `#`s Goldmark v1.5.4 looks for `{attributes}` skipping every
 * space, newlines and blank lines included, and does not step back when it finds them on a later
 * line: attributes alone on that line are the heading's, otherwise the lines up to and including
 * them are lost.
 */
function attributesAcrossLines(lines: readonly string[], at: number, rewrite: Map<number, string | null>): void {
  const line = lines[at] ?? '';
  // The first space followed by `#` after the heading's own marker (behind any quote or list
  // markers) opens the closing sequence.
  const marker = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])?)*?[ \t]*#{1,6}/.exec(line)?.[0].length ?? 0;
  if (marker === 0) return;
  const closing = /[ \t](#+)[ \t]*$/.exec(line.slice(marker - 1));
  if (closing === null || /[ \t]#/.test(line.slice(marker - 1, marker - 1 + closing.index))) return;
  let next = at + 1;
  while (next < lines.length && (lines[next] as string).trim() === '') next++;
  const candidate = lines[next];
  if (candidate === undefined) return;
  const brace = /^[ \t]*\{/.exec(candidate);
  if (brace === null) return;
  const parsed = parseAttributes(candidate, brace[0].length - 1);
  if (parsed === null) return;
  const alone = candidate.slice(parsed.end).trim() === '';
  for (let i = at + 1; i <= next; i++) rewrite.set(i, null);
  if (alone) rewrite.set(at, `${line.replace(/[ \t]+$/, '')} ${candidate.trim()}`);
}

export function linesGoldmarkMisreads(tokens: readonly Token[], source: string): string | null {
  let lines: string[] | undefined;
  const rewrite = new Map<number, string | null>();
  for (const token of tokens) {
    if (token.type === 'heading_open' && token.markup.startsWith('#') && token.map !== null) {
      lines ??= source.replace(/\r\n?/g, '\n').split('\n');
      attributesAcrossLines(lines, token.map[0], rewrite);
      continue;
    }
    if (token.type !== 'html_block' || token.level === 0 || token.map === null) continue;
    if (!CONTAINS_CLOSURE.test(token.content) || !hasClosure(token.content)) continue;
    lines ??= source.replace(/\r\n?/g, '\n').split('\n');
    const next = token.map[1];
    const closing = lines[next - 1];
    const line = lines[next];
    if (closing === undefined || line === undefined) continue;
    const prefix = /^[ \t>]*/.exec(closing)?.[0] ?? '';
    if (prefix.includes('>')) rewrite.set(next, prefix.replace(/[ \t]+$/, ' ') + line);
    else if (line.trim() === '') rewrite.set(next, null);
  }
  if (lines === undefined || rewrite.size === 0) return null;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const replaced = rewrite.get(i);
    if (replaced === undefined) out.push(line);
    else if (replaced !== null) out.push(replaced);
  });
  return out.join('\n');
}

