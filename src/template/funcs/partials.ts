/** partial / partialCached and i18n: template state the build owns, reached through hooks. */
import { toStringE } from './go.js';
import type { Namespace } from './registry.js';

export const partialsNamespace: Namespace = (hooks) => {
  // Hugo caches by partial name and variants only, never by context: the first context wins.
  const cache = new Map<string, unknown>();
  const cached = hooks.partialCached ?? ((name: string, context: unknown, ...variants: unknown[]) => {
    const key = JSON.stringify([name, ...variants.map((v) => toStringE(v))]);
    if (!cache.has(key)) cache.set(key, hooks.partial(name, context));
    return cache.get(key);
  });
  return [
    { name: 'partials.Include', aliases: ['partial'], fn: (name: unknown, context?: unknown) => hooks.partial(toStringE(name), context),
      examples: [['{{ partial "greet.html" "Ann" }}', 'Hello, Ann!']] },
    { name: 'partials.IncludeCached', aliases: ['partialCached'], fn: (name: unknown, context?: unknown, ...variants: unknown[]) =>
      cached(toStringE(name), context, ...variants),
      examples: [['{{ partialCached "greet.html" "Ann" }}{{ partialCached "greet.html" "Bob" }}', 'Hello, Ann!Hello, Ann!']] },
    { name: 'lang.Translate', aliases: ['T', 'i18n'], fn: (id: unknown, context?: unknown) =>
      hooks.i18n === undefined ? '' : hooks.i18n(toStringE(id), context) },
  ];
};
