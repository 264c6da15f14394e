/**
 * `relURL` and `absURL` exactly as Hugo 0.111.3 computes them against the
 * site's baseURL (the expected values in the tests came from Hugo):
 * a leading slash means the host root, not the base path; `relURL` keeps a
 * query and fragment while `absURL` drops them; `..` segments are resolved.
 */

import { posix } from 'node:path';

export interface SiteURLs {
  relURL(input: string): string;
  absURL(input: string): string;
}

const HAS_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
const HAS_AUTHORITY = /^([a-zA-Z][a-zA-Z0-9+.-]*:)?\/\//;

export function createSiteURLs(baseURL: string): SiteURLs {
  let origin = '';
  let basePath = '/';
  try {
    const url = new URL(baseURL);
    origin = `${url.protocol}//${url.host}`;
    basePath = url.pathname;
  } catch {
    basePath = baseURL.startsWith('/') ? baseURL : '/';
  }
  if (!basePath.endsWith('/')) basePath += '/';
  // `relURL ""` and `absURL ""` give the base as written: without its trailing slash when it has none.
  const slash = baseURL.endsWith('/');
  const emptyRel = slash || basePath === '/' ? basePath : basePath.slice(0, -1);
  const emptyAbs = slash ? origin + basePath : origin + basePath.slice(0, -1);

  return {
    relURL(input) {
      if (input === '') return emptyRel;
      if (HAS_AUTHORITY.test(input)) return input;
      if (input.startsWith('/')) return input;
      const { path, suffix } = splitSuffix(input);
      return join(basePath, path, path === '' || path.endsWith('/')) + suffix;
    },
    absURL(input) {
      if (HAS_SCHEME.test(input) || input.startsWith('//')) return input;
      if (input === '') return emptyAbs;
      const { path } = splitSuffix(input);
      if (path === '' && !slash) return emptyAbs;
      if (path.startsWith('/')) return origin + join('/', path, path.endsWith('/'));
      return origin + join(basePath, path, path.endsWith('/'));
    },
  };
}

function splitSuffix(input: string): { path: string; suffix: string } {
  const cut = input.search(/[?#]/);
  return cut < 0 ? { path: input, suffix: '' } : { path: input.slice(0, cut), suffix: input.slice(cut) };
}

/** Go's path.Join (which cleans and drops a trailing slash), with the slash put back when wanted. */
function join(base: string, path: string, trailingSlash: boolean): string {
  const joined = posix.join(base, path);
  const clean = joined.length > 1 && joined.endsWith('/') ? joined.slice(0, -1) : joined;
  return trailingSlash && !clean.endsWith('/') ? `${clean}/` : clean;
}
