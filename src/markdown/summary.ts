import { GO_SPACE, isGoSpaceCode } from './chars.js';

/**
 * `.Plain`, `.WordCount`, `.FuzzyWordCount`, `.ReadingTime` and `.Summary` as Hugo 0.111.3
 * computes them from the rendered HTML (tpl.StripHTML, helpers.TruncateWordsToWholeSentence,
 * hugolib/page__per_output.go). Entities are left as written, so `&ndash;` counts as a word.
 */

const SPACE_RUN = new RegExp(`[${GO_SPACE}]+`, 'g');
const NEWLINE_MARK = '\u0000hugonl\u0000';

/**
 * Removes tags the way Go's html/template stripTags does: tags and comments vanish, and so does
 * the text inside `<script>` and `<style>`. A `<` not followed by a letter or `/` is text.
 */
function stripTags(html: string): string {
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const next = html.charAt(lt + 1);
    if (!/[a-zA-Z/]/.test(next)) {
      out += '<';
      i = lt + 1;
      continue;
    }
    // Skip to the tag's end, stepping over quoted attribute values.
    let j = lt + 1;
    let quote = '';
    for (; j < n; j++) {
      const c = html.charAt(j);
      if (quote !== '') {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '>') {
        break;
      }
    }
    i = j + 1;
    const raw = /^<(script|style)[\s>/]/i.exec(html.slice(lt, lt + 8));
    if (raw?.[1] !== undefined) {
      const close = html.toLowerCase().indexOf(`</${raw[1].toLowerCase()}`, i);
      i = close < 0 ? n : close;
    }
  }
  return out;
}

/** `.Plain`: `</p>`, `<br>` and `<br />` become newlines, other newlines spaces, tags vanish, space runs shrink to their first character. */
export function plainText(html: string): string {
  if (!/[<>]/.test(html)) return html;
  let s = html.replace(/\n|<\/p>|<br>|<br \/>/g, (m) => (m === '\n' ? ' ' : NEWLINE_MARK));
  s = stripTags(s).split(NEWLINE_MARK).join('\n');
  return s.replace(SPACE_RUN, (run) => run.charAt(0));
}

/** `.WordCount`: Go's strings.Fields on the plain text. */
export function wordCount(plain: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < plain.length; i++) {
    const space = isGoSpaceCode(plain.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** `.FuzzyWordCount`: rounded up to the next hundred (0 words gives 100, as in Hugo). */
export function fuzzyWordCount(words: number): number {
  return Math.floor((words + 100) / 100) * 100;
}

/** `.ReadingTime` in minutes at 213 words a minute, rounded up. */
export function readingTime(words: number): number {
  return Math.floor((words + 212) / 213);
}

const isEndOfSentence = (ch: string): boolean => ch === '.' || ch === '?' || ch === '!' || ch === '"' || ch === '\n';

/**
 * The automatic summary (helpers.TruncateWordsToWholeSentence): count whitespace characters up
 * to `summaryLength`, then extend to the end of that sentence. The result is plain text.
 */
export function summarize(plain: string, summaryLength: number): Summary;
/** The same, in the contract's original shape; the HTML is not needed for the automatic summary. */
export function summarize(html: string, plain: string, summaryLength: number): Summary;
export function summarize(a: string, b: string | number, c?: number): Summary {
  return autoSummary(typeof b === 'string' ? b : a, typeof b === 'number' ? b : (c ?? 70));
}

export interface Summary {
  /** Plain text for an automatic summary, HTML for a `<!--more-->` one. */
  summary: string;
  truncated: boolean;
}

function autoSummary(plain: string, summaryLength: number): Summary {
  let spaces = 0;
  let lastSpace = -1;
  for (let i = 0; i < plain.length; i++) {
    if (isGoSpaceCode(plain.charCodeAt(i))) {
      spaces++;
      lastSpace = i;
      if (spaces >= summaryLength) break;
    }
  }
  if (lastSpace === -1) return { summary: plain, truncated: false };
  let end = -1;
  for (let i = lastSpace; i < plain.length; i++) {
    if (isEndOfSentence(plain.charAt(i))) {
      end = i + 1;
      break;
    }
  }
  if (end === -1) return { summary: plain, truncated: false };
  return { summary: plain.slice(0, end).replace(TRIM_RE, ''), truncated: end < plain.length };
}

const TRIM_RE = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');

/**
 * helpers.TrimShortHTML: unwraps `<p>…</p>` when it is the only paragraph, as Hugo does for a
 * front matter `summary` and for `markdownify`.
 */
export function trimShortHTML(html: string): string {
  const firstOpen = html.indexOf('<p');
  const lastOpen = html.lastIndexOf('<p');
  if (firstOpen === lastOpen && html.lastIndexOf('</p>') === html.lastIndexOf('</')) {
    let s = html.replace(TRIM_RE, '');
    if (s.startsWith('<p>')) s = s.slice(3);
    if (s.endsWith('</p>')) s = s.slice(0, -4);
    return s.replace(TRIM_RE, '');
  }
  return html;
}

/** Hugo's placeholder for `<!--more-->` while the Markdown is rendered. */
const DIVIDER = '<!--more-->';
const MARKER = 'HUGOMORE42';

/**
 * Hugo's page lexer finds the first `<!--more-->` anywhere in the source, eats the whitespace
 * after it, and puts a paragraph of its own in its place; the rendered HTML is cut there.
 */
export function markSummaryDivider(markdown: string): { markdown: string; found: boolean; truncated: boolean } {
  const at = markdown.indexOf(DIVIDER);
  if (at < 0) return { markdown, found: false, truncated: false };
  const rest = markdown.slice(at + DIVIDER.length).replace(new RegExp(`^[${GO_SPACE}]+`), '');
  return { markdown: `${markdown.slice(0, at)}\n\n${MARKER}\n\n${rest}`, found: true, truncated: rest !== '' };
}

/**
 * splitUserDefinedSummaryAndContent: the summary is the HTML before the marker's paragraph, the
 * content is everything without it, both trimmed.
 */
export function splitAtSummaryMarker(html: string): { summary: string; content: string } | null {
  const at = html.indexOf(MARKER);
  if (at < 0) return null;
  const open = html.lastIndexOf('<p', at);
  const close = html.indexOf('</p', at);
  const start = open < 0 ? at : open;
  const end = close < 0 ? at + MARKER.length : close + 4;
  const before = html.slice(0, start);
  const without = before + html.slice(end).replace(/^\n+|\n+$/g, '');
  return { summary: before.replace(TRIM_RE, ''), content: without.replace(TRIM_RE, '') };
}
