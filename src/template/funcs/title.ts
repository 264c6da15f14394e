/**
 * Hugo's default `title` (titleCaseStyle "ap", via jdkato/prose): every word's
 * first letter is upper-cased and the rest kept, except AP's short articles,
 * conjunctions and prepositions, which are lower-cased unless they open or
 * close the title, follow a colon or a dash, or touch punctuation such as
 * "(", a quote or "?" (a hyphen does not count: "State-of-the-Art"). The word list and rules were checked against Hugo 0.111.3.
 */
const smallWords = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'en', 'for', 'if', 'in', 'nor', 'of', 'on', 'or', 'per', 'the', 'to',
  'v', 'v.', 'via', 'vs', 'vs.',
]);

// "&" and "_" stay inside a word ("Q&a", "Hello_world"); "-" and "/" split words.
const wordRE = /[\p{L}\p{N}\p{M}_&]+(?:['’][\p{L}\p{N}\p{M}_&]+)*\.?/gu;

/** Chicago style also lower-cases longer prepositions ("through", "into"). */
const chicagoWords = new Set([
  ...smallWords, 'about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'before', 'behind', 'below',
  'beneath', 'beside', 'between', 'beyond', 'down', 'during', 'except', 'from', 'inside', 'into', 'like', 'near', 'off',
  'onto', 'out', 'outside', 'over', 'past', 'since', 'through', 'throughout', 'till', 'toward', 'towards', 'under',
  'underneath', 'until', 'unto', 'up', 'upon', 'with', 'within', 'without', 'so', 'yet',
]);

/**
 * Hugo's `title` under the site's titleCaseStyle: "go" capitalises every
 * word (Go's strings.Title), "chicago" uses Chicago's word list, anything
 * else (Hugo 0.111 included "firstupper" and "none" here) uses AP.
 */
export function titleCase(text: string, style = 'ap'): string {
  switch (style.toLowerCase()) {
    case 'go':
      return text.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
    case 'chicago':
      return styledTitle(text, chicagoWords);
    default:
      return styledTitle(text, smallWords);
  }
}

export function apTitle(text: string): string {
  return styledTitle(text, smallWords);
}

function styledTitle(text: string, smallWords: ReadonlySet<string>): string {
  const matches = [...text.matchAll(wordRE)];
  if (matches.length === 0) return text;
  const last = matches.length - 1;
  let out = '';
  let pos = 0;
  matches.forEach((m, i) => {
    const start = m.index;
    let word = m[0];
    let tail = '';
    // A trailing period belongs to the word only for "v." and "vs.".
    if (word.endsWith('.') && !smallWords.has(word.toLowerCase())) {
      word = word.slice(0, -1);
      tail = '.';
    }
    out += text.slice(pos, start);
    pos = start + m[0].length;
    const prev = text[start - 1];
    const next = text[pos];
    const beforePrev = text[start - 2];
    const lower = word.toLowerCase();
    const bounded = i === 0 || i === last || (prev !== undefined && prev !== ' ' && prev !== '-') || (next !== undefined && next !== ' ' && next !== '-') ||
      beforePrev === ':' || beforePrev === '-';
    if (!bounded && smallWords.has(lower)) {
      out += lower + tail;
      return;
    }
    const first = String.fromCodePoint(word.codePointAt(0)!);
    out += first.toUpperCase() + word.slice(first.length) + tail;
  });
  return out + text.slice(pos);
}
