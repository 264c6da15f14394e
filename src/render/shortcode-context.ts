/** The `.` of a shortcode template, with Hugo's field names. */

import type { Page } from '../site/index.js';
import { SafeHTML } from '../template/engine/index.js';

export class ShortcodeContext {
  static readonly goTypeName = 'hugolib.ShortcodeWithPage';
  private scratch: Map<string, unknown> | undefined;

  constructor(
    readonly name: string,
    readonly positional: readonly string[],
    readonly named: ReadonlyMap<string, string>,
    readonly inner: string,
    readonly page: Page,
    readonly parent: ShortcodeContext | null,
    readonly ordinal: number,
    readonly position: string,
  ) {}

  /** `.Get 0` or `.Get "name"`; a missing parameter is nil. */
  Get(key: unknown): unknown {
    if (typeof key === 'number') return this.positional[key];
    const text = String(key);
    if (/^\d+$/.test(text) && this.named.size === 0) return this.positional[Number(text)];
    return this.named.get(text);
  }

  get Inner(): SafeHTML { return new SafeHTML(this.inner); }
  /** `.Inner` with the indentation common to its lines removed. */
  get InnerDeindent(): SafeHTML {
    const lines = this.inner.split('\n');
    const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
    const cut = indents.length === 0 ? 0 : Math.min(...indents);
    return new SafeHTML(lines.map((l) => l.slice(cut)).join('\n'));
  }
  get Page(): Page { return this.page; }
  get Site(): unknown { return this.page.Site; }
  get Parent(): ShortcodeContext | null { return this.parent; }
  get Ordinal(): number { return this.ordinal; }
  get Name(): string { return this.name; }
  get IsNamedParams(): boolean { return this.named.size > 0; }
  get Position(): string { return this.position; }
  /** Positional parameters as a slice, named ones as a map. */
  get Params(): unknown {
    return this.named.size > 0 ? Object.fromEntries(this.named) : [...this.positional];
  }
  get Scratch(): unknown {
    this.scratch ??= new Map();
    return this.scratch;
  }
}
