import { GO_SPACE, isGoSpaceCode } from './chars.js';

/**
 * `.Plain`, `.WordCount`, `.FuzzyWordCount`, `.ReadingTime` and `.Summary` as Hugo 0.111.3
 * computes them from the rendered HTML (tpl.StripHTML, helpers.TruncateWordsToWholeSentence,
 * hugolib/page__per_output.go). Entities are left as written, so `&ndash;` counts as a word.
 */

/**
 * `.Plain` (tpl.StripHTML): newlines become spaces, `</p>`, `<br>` and `<br />` newlines, tags and
 * comments vanish with the text of `<script>` and `<style>` (Go's html/template stripTags), and
 * every run of whitespace shrinks to its first character. Input without `<` or `>` is returned
 * as it is. One pass, as this runs for every page.
 */
export function plainText(html: string): string {
  if (html.indexOf('<') < 0 && html.indexOf('>') < 0) return html;
  let out = '';
  let lastSpace = false;
  const n = html.length;
  let i = 0;
  const emit = (ch: string, space: boolean): void => {
    if (!(space && lastSpace)) out += ch;
    lastSpace = space;
  };
  while (i < n) {
    const code = html.charCodeAt(i);
    if (code !== 0x3c /* < */) {
      if (code === 0x0a || isGoSpaceCode(code)) {
        // A run of whitespace keeps only its first character (a newline counts as a space).
        if (!lastSpace) out += code === 0x0a ? ' ' : html.charAt(i);
        lastSpace = true;
        i++;
        while (i < n && isGoSpaceCode(html.charCodeAt(i))) i++;
      } else {
        // A run of ordinary characters is copied at once.
        const runStart = i;
        while (i < n) {
          const c = html.charCodeAt(i);
          if (c === 0x3c || isGoSpaceCode(c)) break;
          i++;
        }
        out += html.slice(runStart, i);
        lastSpace = false;
      }
      continue;
    }
    if (html.startsWith('</p>', i) || html.startsWith('<br>', i)) {
      emit('\n', true);
      i += 4;
      continue;
    }
    if (html.startsWith('<br />', i)) {
      emit('\n', true);
      i += 6;
      continue;
    }
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const next = html.charCodeAt(i + 1);
    if (!((next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a) || next === 0x2f)) {
      emit('<', false);
      i++;
      continue;
    }
    // A tag: skip to its end, stepping over quoted attribute values.
    const tagStart = i;
    let quote = 0;
    for (i++; i < n; i++) {
      const c = html.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) {
        quote = c;
      } else if (c === 0x3e) {
        break;
      }
    }
    i++;
    const raw = /^<(script|style)[\s>/]/i.exec(html.slice(tagStart, tagStart + 8));
    if (raw?.[1] !== undefined) {
      const close = html.toLowerCase().indexOf(`</${raw[1].toLowerCase()}`, i);
      i = close < 0 ? n : close;
    }
  }
  return out;
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
