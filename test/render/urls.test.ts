import { describe, expect, it } from 'vitest';
import { createSiteURLs } from '../../src/render/urls.js';

// Expected values printed by Hugo 0.111.3 for `relURL .` and `absURL .`.
describe('relURL and absURL with a baseURL sub-path', () => {
  const urls = createSiteURLs('https://ex.org/docs/');
  it.each([
    ['', '/docs/', 'https://ex.org/docs/'],
    ['/', '/', 'https://ex.org/'],
    ['foo', '/docs/foo', 'https://ex.org/docs/foo'],
    ['/foo', '/foo', 'https://ex.org/foo'],
    ['foo/bar?x=1#h', '/docs/foo/bar?x=1#h', 'https://ex.org/docs/foo/bar'],
    ['/foo?a=b&c=d#frag', '/foo?a=b&c=d#frag', 'https://ex.org/foo'],
    ['https://other.org/x', 'https://other.org/x', 'https://other.org/x'],
    ['//cdn.org/x', '//cdn.org/x', '//cdn.org/x'],
    ['docs/foo', '/docs/docs/foo', 'https://ex.org/docs/docs/foo'],
    ['/docs/foo', '/docs/foo', 'https://ex.org/docs/foo'],
    ['../up', '/up', 'https://ex.org/up'],
    ['#top', '/docs/#top', 'https://ex.org/docs'],
    ['?q=1', '/docs/?q=1', 'https://ex.org/docs'],
    ['mailto:a@b.c', '/docs/mailto:a@b.c', 'mailto:a@b.c'],
    ['css/site.css', '/docs/css/site.css', 'https://ex.org/docs/css/site.css'],
  ])('%j → relURL %j, absURL %j', (input, rel, abs) => {
    expect(urls.relURL(input)).toBe(rel);
    expect(urls.absURL(input)).toBe(abs);
  });
});

describe('relURL and absURL at the host root', () => {
  const urls = createSiteURLs('https://ex.org/');
  it.each([
    ['', '/', 'https://ex.org/'],
    ['foo', '/foo', 'https://ex.org/foo'],
    ['#top', '/#top', 'https://ex.org/'],
    ['?q=1', '/?q=1', 'https://ex.org/'],
    ['posts/', '/posts/', 'https://ex.org/posts/'],
  ])('%j → relURL %j, absURL %j', (input, rel, abs) => {
    expect(urls.relURL(input)).toBe(rel);
    expect(urls.absURL(input)).toBe(abs);
  });
});

describe('relURL and absURL with a baseURL written without its trailing slash', () => {
  it.each([
    ['https://ex.org', '', '/', 'https://ex.org'],
    ['https://ex.org', '#top', '/#top', 'https://ex.org'],
    ['https://ex.org', 'foo', '/foo', 'https://ex.org/foo'],
    ['https://ex.org/docs', '', '/docs', 'https://ex.org/docs'],
    ['https://ex.org/docs', 'foo', '/docs/foo', 'https://ex.org/docs/foo'],
    ['https://ex.org/docs', '#top', '/docs/#top', 'https://ex.org/docs'],
  ])('base %j: %j → relURL %j, absURL %j', (base, input, rel, abs) => {
    const urls = createSiteURLs(base);
    expect(urls.relURL(input)).toBe(rel);
    expect(urls.absURL(input)).toBe(abs);
  });
});
