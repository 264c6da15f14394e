import { describe, expect, it } from 'vitest';
import * as markdown from '../../src/markdown/index.js';

describe('the markdown stage contract', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(markdown).sort()).toEqual([
      'DEFAULT_MARKDOWN_OPTIONS',
      'createMarkdownRenderer',
      'fuzzyWordCount',
      'markdownOptionsFromConfig',
      'plainText',
      'readingTime',
      'renderToc',
      'sanitizeAnchorName',
      'summarize',
      'trimShortHTML',
      'wordCount',
    ]);
  });
});
