import { describe, expect, it } from 'vitest';
import * as server from '../../src/server/index.js';

describe('src/server/index.ts', () => {
  it('exports exactly the dev server contract', () => {
    expect(Object.keys(server).sort()).toEqual([
      'classifyPath',
      'closeOnSignals',
      'createDevServer',
      'createOutputEntry',
      'createSiteHandler',
      'createSnapshot',
      'defaultFolders',
      'diffSnapshots',
      'injectLiveReload',
      'isEditorTempFile',
      'resolveRequestPath',
      'resolveServeOptions',
    ]);
  });
});
