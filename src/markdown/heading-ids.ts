import { GO_SPACE } from './chars.js';

/**
 * Hugo's heading ids (`autoHeadingIDType = "github"`, markup/goldmark/autoid.go): letters of any
 * script, digits and `_` are kept and lower-cased, each space or hyphen becomes `-` (runs are not
 * collapsed), everything else is dropped. The input is the heading's raw Markdown source line, so
 * `## [link](/x)` gives `linkx` and `Fish &amp; Chips` gives `fish-amp-chips`, as in Hugo.
 */
const TRIM_RE = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');
const KEEP_RE = /[\p{L}\p{Nd}_]/u;

export type AutoHeadingIDType = 'github' | 'github-ascii' | 'blackfriday';

export function sanitizeAnchorName(source: string, type: AutoHeadingIDType = 'github'): string {
  const text = source.replace(TRIM_RE, '');
  if (type === 'blackfriday') return blackfridayAnchorName(text);
  let out = '';
  // github-ascii decomposes accents first so that "é" keeps its "e".
  for (const ch of type === 'github-ascii' ? text.normalize('NFD') : text) {
    if (type === 'github-ascii' && ch.charCodeAt(0) > 0x7f) continue;
    if (ch === ' ' || ch === '-') out += '-';
    else if (KEEP_RE.test(ch)) out += ch.toLowerCase();
  }
  return out;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Blackfriday's SanitizedAnchorName: runs of anything but letters and numbers become one `-`, none at the ends. */
function blackfridayAnchorName(text: string): string {
  let out = '';
  let dash = false;
  for (const ch of text) {
    if (LETTER_OR_NUMBER.test(ch)) {
      if (dash && out !== '') out += '-';
      dash = false;
      out += ch.toLowerCase();
    } else {
      dash = true;
    }
  }
  return out;
}

/** One page's ids: Goldmark gives a duplicate the suffix "-1", "-2", …, and an empty id is "heading". */
export class HeadingIds {
  private readonly used = new Set<string>();

  constructor(private readonly type: AutoHeadingIDType = 'github') {}

  /** Records an id written by hand (`{#id}`) so later generated ids avoid it. */
  put(id: string): void {
    this.used.add(id);
  }

  generate(source: string): string {
    let id = sanitizeAnchorName(source, this.type);
    if (id === '') id = 'heading';
    if (this.used.has(id)) {
      let n = 1;
      while (this.used.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    this.used.add(id);
    return id;
  }
}
