/**
 * Hugo's fmt namespace, minus print/printf/println, which behave as Go's
 * builtins and belong to the engine. errorf fails the build (through the
 * `error` hook when the build collects errors, else by throwing); warnf warns.
 */
import { GoFloat } from '../engine/values.js';
import { formatFloat, toStringE } from './go.js';
import type { Namespace } from './registry.js';

/** Enough of Go's fmt.Sprintf for messages: %s %v %d %q %t %f %.Nf %x %%. */
export function sprintf(format: string, args: unknown[]): string {
  let i = 0;
  return format.replace(/%([-+ #0]*)(\d*)(?:\.(\d+))?([svdqtfxXgT%])/g, (whole, _flags: string, width: string, prec: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    if (i >= args.length) return `%!${verb}(MISSING)`;
    const arg = args[i++];
    let out: string;
    const num = typeof arg === 'number' ? arg : arg instanceof GoFloat ? arg.value : NaN;
    switch (verb) {
      case 'd': out = Number.isNaN(num) ? `%!d(${safeString(arg)})` : String(Math.trunc(num)); break;
      case 'f': out = Number.isNaN(num) ? `%!f(${safeString(arg)})` : num.toFixed(prec === undefined ? 6 : Number(prec)); break;
      case 'g': out = Number.isNaN(num) ? safeString(arg) : formatFloat(num); break;
      case 'q': out = JSON.stringify(safeString(arg)); break;
      case 't': out = typeof arg === 'boolean' ? String(arg) : `%!t(${safeString(arg)})`; break;
      case 'x': case 'X': {
        const s = Number.isNaN(num) ? Buffer.from(safeString(arg)).toString('hex') : Math.trunc(num).toString(16);
        out = verb === 'X' ? s.toUpperCase() : s;
        break;
      }
      case 'T': out = typeof arg; break;
      default: out = safeString(arg);
    }
    return width === '' ? out : out.padStart(Number(width));
  }) + (i < args.length ? `%!(EXTRA ${args.slice(i).map(safeString).join(', ')})` : '');
}

function safeString(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(safeString).join(' ')}]`;
  try {
    return toStringE(v);
  } catch {
    return String(v);
  }
}

export const fmtNamespace: Namespace = (hooks) => [
  { name: 'fmt.Errorf', aliases: ['errorf'], fn: (format: unknown, ...args: unknown[]) => {
    const message = sprintf(toStringE(format), args);
    if (hooks.error === undefined) throw new Error(message);
    hooks.error(message);
    return '';
  } },
  { name: 'fmt.Erroridf', aliases: ['erroridf'], fn: (id: unknown, format: unknown, ...args: unknown[]) => {
    const message = `${sprintf(toStringE(format), args)}\nYou can suppress this error by adding the following to your site configuration:\nignoreErrors = ['${toStringE(id)}']`;
    if (hooks.error === undefined) throw new Error(message);
    hooks.error(message);
    return '';
  } },
  { name: 'fmt.Warnf', aliases: ['warnf'], fn: (format: unknown, ...args: unknown[]) => {
    const message = sprintf(toStringE(format), args);
    (hooks.warn ?? ((m: string) => console.warn(`WARN ${m}`)))(message);
    return '';
  }, examples: [['{{ warnf "%s is %d" "x" 1 }}', '']] },
];
