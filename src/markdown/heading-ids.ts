import { GO_SPACE } from './chars.js';

/**
 * Hugo's heading ids (`autoHeadingIDType = "github"`, markup/goldmark/autoid.go): letters of any
 * script, digits and `_` are kept and lower-cased, each space or hyphen becomes `-` (runs are not
 * collapsed), everything else is dropped. The input is the heading's raw Markdown source line, so
 * `## [link](/x)` gives `linkx` and `Fish &amp; Chips` gives `fish-amp-chips`, as in Hugo.
 */
const TRIM_RE = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');
const KEEP_RE = /[\p{L}\p{Nd}_]/u;

export function sanitizeAnchorName(source: string): string {
  let out = '';
  for (const ch of source.replace(TRIM_RE, '')) {
    if (ch === ' ' || ch === '-') out += '-';
    else if (KEEP_RE.test(ch)) out += ch.toLowerCase();
  }
  return out;
}

/** One page's ids: Goldmark gives a duplicate the suffix "-1", "-2", …, and an empty id is "heading". */
export class HeadingIds {
  private readonly used = new Set<string>();

  /** Records an id written by hand (`{#id}`) so later generated ids avoid it. */
  put(id: string): void {
    this.used.add(id);
  }

  generate(source: string): string {
    let id = sanitizeAnchorName(source);
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
