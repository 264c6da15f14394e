/** Hugo's path namespace: Go's path package (slash-separated, lexical). */
import { toStringE } from './go.js';
import type { Namespace } from './registry.js';

/** Go's path.Clean. */
export function clean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined === '' ? '.' : joined;
}

export function base(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

export function dir(p: string): string {
  return clean(p.slice(0, p.lastIndexOf('/') + 1));
}

export function ext(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) if (p[i] === '.') return p.slice(i);
  return '';
}

/** Hugo converts Windows separators before these functions run. */
const slash = (v: unknown): string => toStringE(v).replace(/\\/g, '/');

export const pathNamespace: Namespace = () => [
  { name: 'path.Base', fn: (p: unknown) => base(slash(p)), examples: [['{{ path.Base "a/b/c.md" }}', 'c.md'], ['{{ path.Base "" }}', '.']] },
  { name: 'path.Dir', fn: (p: unknown) => dir(slash(p)), examples: [['{{ path.Dir "a/b/c.md" }}', 'a/b'], ['{{ path.Dir "" }}', '.']] },
  { name: 'path.Ext', fn: (p: unknown) => ext(slash(p)), examples: [['{{ path.Ext "a/b/c.md" }}', '.md']] },
  { name: 'path.BaseName', fn: (p: unknown) => {
    const b = base(slash(p));
    const e = ext(b);
    return e === '' ? b : b.slice(0, -e.length);
  }, examples: [['{{ path.BaseName "a/b/c.md" }}', 'c']] },
  { name: 'path.Clean', fn: (p: unknown) => clean(slash(p)), examples: [['{{ path.Clean "a//b/./c/.." }}', 'a/b']] },
  { name: 'path.Join', fn: (...parts: unknown[]) => {
    const flat = parts.flatMap((p) => (Array.isArray(p) ? p : [p])).map(slash).filter((p) => p !== '');
    return flat.length === 0 ? '' : clean(flat.join('/'));
  }, examples: [['{{ path.Join "a" "b/" "../c" }}', 'a/c'], ['{{ path.Join (slice "x" "y") "z" }}', 'x/y/z']] },
  { name: 'path.Split', fn: (p: unknown) => {
    const s = slash(p);
    const i = s.lastIndexOf('/');
    return { Dir: s.slice(0, i + 1), File: s.slice(i + 1) };
  }, examples: [['{{ (path.Split "a/b/c.md").File }}', 'c.md']] },
];
