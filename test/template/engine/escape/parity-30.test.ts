import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SafeHTML } from '../../../../src/template/engine/values.js';
import { render } from './harness.js';

// /work/shared/parity/cases/30-escaping-contexts: the layout and Hugo 0.111.3's
// real output, rendered here with the page data Hugo had (front matter of esc.md).
const caseDir = '/work/shared/parity/cases/30-escaping-contexts';

describe('parity case 30-escaping-contexts', () => {
  it('renders the single layout byte for byte as Hugo 0.111.3 did', () => {
    const layout = readFileSync(`${caseDir}/site/layouts/_default/single.html`, 'utf8');
    const expected = readFileSync(`${caseDir}/expected/esc/index.html`, 'utf8');
    const page = {
      Title: "Tom & Jerry's <Show>",
      Params: {
        evil_link: "javascript:alert('hi')",
        good_link: 'https://example.com/a b?x=1&y=<2>',
        mail_link: 'mailto:someone@example.com',
        snippet: '<b>bold</b> & <i>italic</i>',
        attr_pair: 'data-role="hero"',
        quote: 'He said "hi" & left',
        count: 3,
        query: 'rock & roll',
      },
      Content: new SafeHTML('<p>Body with <strong>markdown</strong>.</p>\n'),
    };
    expect(render(layout, page)).toBe(expected);
  });
});
