/**
 * The Go template language engine: the contract other folders import from.
 * Parse with `new TemplateSet({ funcs }).add(name, text, file)`, run with
 * `execute(name, data)`. Knows nothing of pages or files.
 */

export { TemplateSet, DEFAULT_MAX_DEPTH, type FuncMap, type TemplateSetOptions } from './set.js';
export type { TemplateFunc, ExecResult } from './exec.js';
export { TemplateError, type TemplateErrorInit } from './errors.js';
export { nodeToString } from './print.js';
export { parse, type ParseOptions } from './parser.js';
export { formatValue, sprint, sprintf, sprintln } from './fmt.js';
export { builtins, equal, htmlEscape, jsEscape, queryEscape } from './builtins.js';
export type * from './ast.js';
export * from './values.js';
