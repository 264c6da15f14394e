/**
 * Hugo's fmt namespace, minus print/printf/println, which behave as Go's
 * builtins and belong to the engine. errorf fails the build (through the
 * `error` hook when the build collects errors, else by throwing); warnf warns.
 */
import { sprintf } from '../engine/index.js';
import { toStringE } from './go.js';
import type { Namespace } from './registry.js';

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
