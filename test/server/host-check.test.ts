import { describe, expect, it } from 'vitest';
import { isLocalHostHeader, isLoopbackBind } from '../../src/server/host-check.js';

describe('isLoopbackBind', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.5', false],
  ])('%s → %s', (bind, expected) => {
    expect(isLoopbackBind(bind)).toBe(expected);
  });
});

describe('isLocalHostHeader', () => {
  it.each<[string | undefined, boolean]>([
    ['localhost:1313', true],
    ['localhost', true],
    ['LOCALHOST:1313', true],
    ['policy.localhost:1313', true],
    ['127.0.0.1:1313', true],
    ['192.168.1.5:1313', true],
    ['[::1]:1313', true],
    [undefined, true],
    ['evil.example:1313', false],
    ['evil.example', false],
    ['localhost.evil.example', false],
    ['127.0.0.1.evil.example', false],
    ['[evil]:1313', false],
  ])('%j → %s', (host, expected) => {
    expect(isLocalHostHeader(host)).toBe(expected);
  });
});
