/**
 * `resources.Minify` for text resources, synchronously (template functions
 * cannot wait). CSS goes through our port of the rules of tdewolff/minify
 * (what Hugo 0.111.3 runs), byte for byte, since `fingerprint` names the
 * file after the bytes. JavaScript uses terser's sync API and JSON is
 * re-serialised: equivalent code, not promised byte-exact. Other types
 * pass through.
 */

import { createRequire } from 'node:module';
import { minifyCss } from './css-minify.js';

const require = createRequire(import.meta.url);

export function minifyText(subType: string, text: string): string {
  switch (subType) {
    case 'css':
      return minifyCss(text);
    case 'javascript': {
      const terser = require('terser') as { minify_sync(code: string, options: object): { code?: string } };
      return terser.minify_sync(text, { compress: true, mangle: true }).code ?? '';
    }
    case 'json':
      return JSON.stringify(JSON.parse(text));
    default:
      return text;
  }
}
