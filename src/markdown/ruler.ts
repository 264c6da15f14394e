import type { StateBlock, StateInline } from 'markdown-it';

/**
 * markdown-it's rulers expose no way to wrap a rule; these read one by name (from the ruler's
 * rule list) so a plugin here can run it inside its own. `at` must then be given the same `alt`
 * chains again, or the wrapped block rule stops interrupting paragraphs.
 */
export interface InlineRule {
  name: string;
  fn: (state: StateInline, silent: boolean) => boolean;
}

export interface BlockRule {
  name: string;
  alt: string[];
  fn: (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
}

export function inlineRule(ruler: unknown, name: string): InlineRule | undefined {
  return (ruler as { __rules__: InlineRule[] }).__rules__.find((r) => r.name === name);
}

export function blockRule(ruler: unknown, name: string): BlockRule | undefined {
  return (ruler as { __rules__: BlockRule[] }).__rules__.find((r) => r.name === name);
}
