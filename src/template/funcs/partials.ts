/** partial / partialCached and i18n: template state the build owns, reached through hooks. */
import { toStringE } from './go.js';
import type { Namespace } from './registry.js';

export const partialsNamespace: Namespace = (hooks) => {
  // Hugo caches by partial name and variants only, never by context: the first context wins.
  const cache = new Map<string, unknown>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  // Variants may be pages or maps: objects are told apart by identity, other values by kind and value.
  const variantKey = (v: unknown): string => {
    if (v !== null && (typeof v === 'object' || typeof v === 'function')) {
      let id = ids.get(v);
      if (id === undefined) {
        id = ++nextId;
        ids.set(v, id);
      }
      return `object:${id}`;
    }
    return `${typeof v}:${String(v)}`;
  };
  const cached = hooks.partialCached ?? ((name: string, context: unknown, ...variants: unknown[]) => {
    const key = JSON.stringify([name, ...variants.map(variantKey)]);
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
