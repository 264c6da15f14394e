import type { FuncHooks } from '../../../src/template/funcs/index.js';
import { GoTime } from '../../../src/time/index.js';

/** The hooks of a tiny site with baseURL https://example.org/ and one partial, greet.html. */
export function testHooks(): FuncHooks {
  return {
    markdownify: (text) => `<p>${text.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')}</p>\n`,
    relURL: (p) => (p.startsWith('/') ? p : `/${p}`),
    absURL: (p) => `https://example.org/${p.replace(/^\//, '')}`,
    partial: (name, context) => {
      if (name !== 'greet.html') throw new Error(`partial "${name}" not found`);
      return `Hello, ${String(context)}!`;
    },
    now: () => GoTime.parse('2024-05-06T07:08:09Z'),
    warn: () => {},
  };
}
