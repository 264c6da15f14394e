import { lexerNamed } from './engine.js';
import type { Token } from './engine.js';
import { formatBlock } from './format.js';
import type { BlockOptions } from './format.js';
import { chromaStyle } from './styles/index.js';
import './lexers/bash.js';
import './lexers/c.js';
import './lexers/css.js';
import './lexers/diff.js';
import './lexers/docker.js';
import './lexers/go.js';
import './lexers/html.js';
import './lexers/ini.js';
import './lexers/java.js';
import './lexers/javascript.js';
import './lexers/json.js';
import './lexers/markdown.js';
import './lexers/nginx.js';
import './lexers/python.js';
import './lexers/rust.js';
import './lexers/sql.js';
import './lexers/toml.js';
import './lexers/typescript.js';
import './lexers/xml.js';
import './lexers/yaml.js';

export type { BlockOptions } from './format.js';
export { STYLE_NAMES, chromaStyle } from './styles/index.js';

/** Hugo 0.111.3's default `markup.highlight`: monokai, no line numbers, tabs 4 wide. */
export const DEFAULT_BLOCK_OPTIONS: BlockOptions = {
  style: chromaStyle('monokai'),
  lineNos: false,
  lineNumbersInTable: true,
  lineNoStart: 1,
  tabWidth: 4,
};

/**
 * A fenced block as Hugo 0.111.3 highlights it (Chroma, inline styles), given the raw code and
 * the Chroma lexer name; null when vellum has no lexer for that language (the caller then uses
 * `plainBlock`, Hugo's markup without colours).
 */
export function highlightedCode(code: string, chromaName: string, codeAttrs: string, options = DEFAULT_BLOCK_OPTIONS): string | null {
  const lexer = lexerNamed(chromaName);
  if (lexer === undefined) return null;
  return formatBlock(code === '' ? [] : lexer.tokenise(code), codeAttrs, options);
}

/** A block as Chroma writes it for its plain-text lexers: one Text token. */
export function plainBlock(code: string, codeAttrs: string, options = DEFAULT_BLOCK_OPTIONS): string {
  const tokens: Token[] = code === '' ? [] : [{ type: 'Text', value: code }];
  return formatBlock(tokens, codeAttrs, options);
}
