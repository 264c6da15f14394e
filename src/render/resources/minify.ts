/**
 * `resources.Minify` for text resources, synchronously (template functions
 * cannot wait): clean-css for CSS (selectors left in source order, as
 * tdewolff leaves them), terser's sync API for JavaScript, JSON
 * re-serialised. Hugo uses tdewolff/minify, so byte-exact output is not
 * promised; the result is equivalent code. Other types pass through.
 */

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function minifyText(subType: string, text: string): string {
  switch (subType) {
    case 'css': {
      const CleanCSS = require('clean-css') as new (options: object) => { minify(text: string): { styles: string; errors: string[] } };
      const result = new CleanCSS({ level: { 1: { selectorsSortingMethod: 'none' } } }).minify(text);
      if (result.errors.length > 0) throw new Error(`resources.Minify: ${result.errors[0]}`);
      return result.styles;
    }
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
