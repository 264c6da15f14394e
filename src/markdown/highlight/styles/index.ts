import { DRACULA } from './dracula.js';
import { FRIENDLY } from './friendly.js';
import { GITHUB } from './github.js';
import { MONOKAI } from './monokai.js';
import { MONOKAI_LIGHT } from './monokailight.js';
import { SOLARIZED_DARK } from './solarized-dark.js';
import type { ChromaStyle } from './types.js';
import { VS } from './vs.js';

export type { ChromaStyle } from './types.js';

const STYLES: ReadonlyMap<string, ChromaStyle> = new Map([
  ['dracula', DRACULA],
  ['friendly', FRIENDLY],
  ['github', GITHUB],
  ['monokai', MONOKAI],
  ['monokailight', MONOKAI_LIGHT],
  ['solarized-dark', SOLARIZED_DARK],
  ['vs', VS],
]);

/** Chroma style names vellum has tables for (`markup.highlight.style`). */
export const STYLE_NAMES: readonly string[] = [...STYLES.keys()];

/**
 * The style Hugo's `markup.highlight.style` names. Chroma's styles.Get matches names exactly
 * (lower case); vellum falls back to Hugo's default, monokai, for styles it has no table for.
 */
export function chromaStyle(name: string): ChromaStyle {
  return STYLES.get(name) ?? MONOKAI;
}
