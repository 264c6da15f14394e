/** Hugo's reflect namespace and the `hugo` object. */
import { isMap, SafeHTML } from '../engine/values.js';
import type { Namespace } from './registry.js';

const defaultHugo = {
  Version: '0.111.3',
  Generator: new SafeHTML('<meta name="generator" content="Hugo 0.111.3">'),
  Environment: 'production',
  IsProduction: true,
  IsExtended: false,
};

export const reflectNamespace: Namespace = (hooks) => [
  { name: 'reflect.IsMap', fn: (v: unknown) => isMap(v), examples: [['{{ reflect.IsMap (dict "a" 1) }}', 'true']] },
  { name: 'reflect.IsSlice', fn: (v: unknown) => Array.isArray(v), examples: [['{{ reflect.IsSlice (slice 1) }}', 'true']] },
  { name: 'site', fn: () => hooks.site?.() },
  { name: 'templates.Exists', fn: (name: unknown) => hooks.templateExists?.(String(name)) ?? false },
  { name: 'hugo', fn: () => (hooks.hugo === undefined ? defaultHugo : hooks.hugo()) },
];
