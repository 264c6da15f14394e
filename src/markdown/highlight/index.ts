import { lexerNamed } from './engine.js';
import { formatLines } from './format.js';
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

const PRE_STYLE = 'color:#f8f8f2;background-color:#272822;-moz-tab-size:4;-o-tab-size:4;tab-size:4;';

/**
 * A fenced block as Hugo 0.111.3 highlights it by default (Chroma, monokai, inline styles, no
 * line numbers), given the raw code and the Chroma lexer name; null when vellum has no lexer for
 * that language (the caller then keeps Hugo's markup without colours).
 */
export function highlightedCode(code: string, chromaName: string, codeAttrs: string): string | null {
  const lexer = lexerNamed(chromaName);
  if (lexer === undefined) return null;
  // Empty code stays empty: Chroma never sees it, so no newline is added to make a line.
  const lines = code === '' ? '' : formatLines(lexer.tokenise(code));
  return `<div class="highlight"><pre tabindex="0" style="${PRE_STYLE}"><code${codeAttrs}>${lines}</code></pre></div>`;
}
