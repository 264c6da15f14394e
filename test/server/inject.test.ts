import { describe, expect, it } from 'vitest';
import { injectLiveReload, isSafeHost, rewriteOrigin } from '../../src/server/inject.js';

const tag = '<script src="/__vellum/client.js" defer></script>';

describe('injectLiveReload', () => {
  it.each([
    ['before </body>', '<html><head></head><body><p>x</p></body></html>', `<html><head></head><body><p>x</p>${tag}</body></html>`],
    ['before the last </BODY>, any case', '<body><pre>&lt;/body></pre></BODY>', `<body><pre>&lt;/body></pre>${tag}</BODY>`],
    ['before the last </body> when one appears in a comment', '<body><!-- </body> --></body>', `<body><!-- </body> -->${tag}</body>`],
    ['after <head> when there is no body', '<html><head lang="en"><title>t</title></head></html>', `<html><head lang="en">${tag}<title>t</title></head></html>`],
    ['not inside <header> when looking for <head>', '<html lang="en"><header>h</header>', `<html lang="en">${tag}<header>h</header>`],
    ['first when there is no html, head or body', '<p>fragment</p>', `${tag}<p>fragment</p>`],
  ])('%s', (_name, html, expected) => {
    expect(injectLiveReload(html)).toBe(expected);
  });
});

describe('rewriteOrigin', () => {
  const built = 'http://localhost:1313';
  const request = 'http://192.168.1.5:1313';
  it.each([
    ['an absolute link', '<a href="http://localhost:1313/privacy/">', '<a href="http://192.168.1.5:1313/privacy/">'],
    ['the bare origin', '<a href="http://localhost:1313">', '<a href="http://192.168.1.5:1313">'],
    ['every occurrence', 'http://localhost:1313/a http://localhost:1313/b', 'http://192.168.1.5:1313/a http://192.168.1.5:1313/b'],
    ['a protocol-relative link', '<link href="//localhost:1313/css/x.css">', '<link href="//192.168.1.5:1313/css/x.css">'],
    ['not another port that starts the same', 'http://localhost:13130/x', 'http://localhost:13130/x'],
    ['not another host that starts the same', 'http://localhost:1313.example/x', 'http://localhost:1313.example/x'],
    ['not an external link', 'https://example.org/localhost', 'https://example.org/localhost'],
  ])('rewrites %s', (_name, html, expected) => {
    expect(rewriteOrigin(html, built, request)).toBe(expected);
  });

  it('leaves the page alone when the hosts agree', () => {
    const html = '<a href="http://localhost:1313/">';
    expect(rewriteOrigin(html, built, built)).toBe(html);
  });
});

describe('isSafeHost', () => {
  it.each([
    ['localhost:1313', true],
    ['192.168.1.5:1313', true],
    ['[::1]:1313', true],
    ['policy.local', true],
    ['evil"><script>', false],
    ['a b', false],
    ['', false],
  ])('%j → %s', (host, expected) => {
    expect(isSafeHost(host)).toBe(expected);
  });
});
