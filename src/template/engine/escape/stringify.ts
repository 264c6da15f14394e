/**
 * Turning the value(s) an escaper receives into text, as Go's html/template
 * `stringify` does: a trusted value keeps its type so the escaper can pass it
 * through, nil arguments are skipped (nil prints as ""), and anything else is
 * printed the way Go's fmt.Sprint prints it (the engine's fmt).
 */

import { sprint } from '../fmt.js';
import { SafeCSS, SafeHTML, SafeHTMLAttr, SafeJS, SafeJSStr, SafeURL } from '../values.js';

export type ContentType = 'plain' | 'HTML' | 'HTMLAttr' | 'URL' | 'CSS' | 'JS' | 'JSStr';

export function stringify(args: readonly unknown[]): [string, ContentType] {
  if (args.length === 1) {
    const a = args[0];
    if (typeof a === 'string') return [a, 'plain'];
    if (a instanceof SafeHTML) return [a.value, 'HTML'];
    if (a instanceof SafeHTMLAttr) return [a.value, 'HTMLAttr'];
    if (a instanceof SafeURL) return [a.value, 'URL'];
    if (a instanceof SafeCSS) return [a.value, 'CSS'];
    if (a instanceof SafeJS) return [a.value, 'JS'];
    if (a instanceof SafeJSStr) return [a.value, 'JSStr'];
  }
  // Untyped nils are skipped so they print as "" rather than "<nil>" (Go issue 25875).
  return [sprint(args.filter((a) => a !== null && a !== undefined)), 'plain'];
}
