import { describe, expect, it } from 'vitest';

describe('the public API', () => {
  it('exports exactly these names (changing the list is a semver decision)', async () => {
    const api = await import('../../src/index.js');
    expect(Object.keys(api).sort()).toEqual([
      'VERSION',
      'VellumError',
      'build',
      'codeFrame',
      'createServer',
      'initSite',
      'isVellumError',
      'loadSite',
      'newContent',
      'resolveBuildOptions',
      'resolveLoadSiteOptions',
      'resolveServerOptions',
    ]);
  });
});
