import { describe, expect, it } from 'vitest';
import { resolveRequestPath, type ResolvedPath } from '../../src/server/request-path.js';

const keys = new Set([
  '/index.html',
  '/privacy/index.html',
  '/css/vellum.css',
  '/robots.txt',
  '/LICENSE',
  '/posts/café/index.html',
  '/a b/index.html',
  '/404.html',
]);
const has = (key: string): boolean => keys.has(key);

describe('resolveRequestPath', () => {
  it.each<[string, ResolvedPath]>([
    ['/', { kind: 'file', key: '/index.html' }],
    ['/index.html', { kind: 'file', key: '/index.html' }],
    ['/privacy/', { kind: 'file', key: '/privacy/index.html' }],
    ['/privacy', { kind: 'redirect', location: '/privacy/' }],
    ['/privacy/index.html', { kind: 'file', key: '/privacy/index.html' }],
    ['/css/vellum.css', { kind: 'file', key: '/css/vellum.css' }],
    ['/robots.txt', { kind: 'file', key: '/robots.txt' }],
    ['/LICENSE', { kind: 'file', key: '/LICENSE' }],
    ['/posts/caf%C3%A9/', { kind: 'file', key: '/posts/café/index.html' }],
    ['/posts/caf%C3%A9', { kind: 'redirect', location: '/posts/caf%C3%A9/' }],
    ['/a%20b/', { kind: 'file', key: '/a b/index.html' }],
    ['/missing', { kind: 'missing', key: '/missing' }],
    ['/missing/', { kind: 'missing', key: '/missing/index.html' }],
    ['/css/', { kind: 'missing', key: '/css/index.html' }],
    ['/css/vellum.css/', { kind: 'missing', key: '/css/vellum.css/index.html' }],
    ['/Privacy/', { kind: 'missing', key: '/Privacy/index.html' }],
    // Double encoding is decoded once only: the result names no file.
    ['/%252e%252e/etc/passwd', { kind: 'missing', key: '/%2e%2e/etc/passwd' }],
    ['/privacy%252f', { kind: 'missing', key: '/privacy%2f' }],
    // Everything that could step out of the site, or mean another file somewhere, is refused.
    ['/../etc/passwd', { kind: 'bad' }],
    ['/css/../../etc/passwd', { kind: 'bad' }],
    ['/..', { kind: 'bad' }],
    ['/.', { kind: 'bad' }],
    ['/./privacy/', { kind: 'bad' }],
    ['/%2e%2e/etc/passwd', { kind: 'bad' }],
    ['/%2E%2E/etc/passwd', { kind: 'bad' }],
    ['/.%2e/etc/passwd', { kind: 'bad' }],
    ['/css/%2e%2e/%2e%2e/etc/passwd', { kind: 'bad' }],
    ['/..%2fetc%2fpasswd', { kind: 'bad' }],
    ['/%2fetc/passwd', { kind: 'bad' }],
    ['/privacy%2Findex.html', { kind: 'bad' }],
    ['/..\\etc\\passwd', { kind: 'bad' }],
    ['/css\\vellum.css', { kind: 'bad' }],
    ['/..%5cetc%5cpasswd', { kind: 'bad' }],
    ['/%5C%5Cserver%5Cshare', { kind: 'bad' }],
    ['/robots.txt%00.html', { kind: 'bad' }],
    ['/robots.txt\0', { kind: 'bad' }],
    ['/a%0d%0aSet-Cookie:x', { kind: 'bad' }],
    ['/%', { kind: 'bad' }],
    ['/%zz', { kind: 'bad' }],
    ['/%c3%28', { kind: 'bad' }],
    ['//etc/passwd', { kind: 'bad' }],
    ['//evil.example/', { kind: 'bad' }],
    ['/css//vellum.css', { kind: 'bad' }],
    ['/C:/Windows/win.ini', { kind: 'bad' }],
    ['/c%3A/Windows/win.ini', { kind: 'bad' }],
    ['etc/passwd', { kind: 'bad' }],
    ['', { kind: 'bad' }],
    ['*', { kind: 'bad' }],
  ])('%j → %j', (raw, expected) => {
    expect(resolveRequestPath(raw, has)).toEqual(expected);
  });
});
