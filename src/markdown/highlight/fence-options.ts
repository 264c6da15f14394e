import type { BlockOptions } from './format.js';
import { chromaStyle } from './styles/index.js';

// One `key=value` of a fence's attribute block; values bare or quoted, separated by spaces or commas.
const PAIR = /([A-Za-z_][\w-]*)\s*=\s*("[^"]*"|'[^']*'|[^\s,}]+)/g;

/**
 * The highlighting options a fence's info string overrides, as Hugo reads them from the
 * attribute block after the language (```go {linenos=table, linenostart=9, style=vs}):
 * `linenos` (true, false, inline or table), `linenostart` and `style`. Other attributes
 * (hl_lines, classes, ids) are not applied by vellum.
 */
export function fenceBlockOptions(info: string, base: BlockOptions): BlockOptions {
  const open = info.indexOf('{');
  if (open < 0) return base;
  const close = info.indexOf('}', open);
  const block = info.slice(open + 1, close < 0 ? undefined : close);
  let options = base;
  for (const [, key = '', raw = ''] of block.matchAll(PAIR)) {
    const value = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
    switch (key.toLowerCase()) {
      case 'linenos':
        // Hugo: "inline" and "table" choose the layout; true keeps lineNumbersInTable.
        if (value === 'inline' || value === 'table') {
          options = { ...options, lineNos: true, lineNumbersInTable: value === 'table' };
        } else if (value === 'true' || value === 'false') options = { ...options, lineNos: value === 'true' };
        break;
      case 'linenostart':
        if (/^-?\d+$/.test(value)) options = { ...options, lineNoStart: Number(value) };
        break;
      case 'style':
        options = { ...options, style: chromaStyle(value.toLowerCase()) };
        break;
    }
  }
  return options;
}
