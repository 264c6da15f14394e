import { describe, expect, it } from 'vitest';
import { VellumError } from '../../src/errors/index.js';
import { errorPayload, formatError, formatRebuildLine } from '../../src/server/report.js';
import type { RebuildResult, SourceChange } from '../../src/server/types.js';

const result = (changed: number, pages: number, ms: number): RebuildResult => ({
  snapshot: { files: new Map() },
  changed: Array.from({ length: changed }, (_, i) => `/f${i}`),
  pagesRendered: pages,
  durationMs: ms,
});
const change = (rel: string, kind: SourceChange['kind'], event: SourceChange['event'] = 'change'): SourceChange => ({ kind, path: `/site/${rel}`, event });

describe('formatRebuildLine', () => {
  it.each<[string, SourceChange[], RebuildResult, string]>([
    ['one edit', [change('content/privacy.md', 'content')], result(1, 1, 12.4), 'Change detected: content/privacy.md (content) → 1 page rendered, 1 file changed in 12 ms'],
    ['an added file', [change('content/terms.md', 'content', 'add')], result(3, 2, 8), 'Change detected: content/terms.md (content, add) → 2 pages rendered, 3 files changed in 8 ms'],
    ['a static file', [change('static/css/a.css', 'static')], result(1, 0, 0.2), 'Change detected: static/css/a.css (static) → 0 pages rendered, 1 file changed in 0 ms'],
    [
      'many files',
      ['a', 'b', 'c', 'd', 'e'].map((n) => change(`content/${n}.md`, 'content')),
      result(5, 5, 40),
      'Change detected: content/a.md (content), content/b.md (content), content/c.md (content) and 2 more → 5 pages rendered, 5 files changed in 40 ms',
    ],
    ['a file outside the site', [{ kind: 'config', path: '/etc/vellum.toml', event: 'change' }], result(0, 0, 1), 'Change detected: /etc/vellum.toml (config) → 0 pages rendered, 0 files changed in 1 ms'],
  ])('%s', (_name, changes, res, expected) => {
    expect(formatRebuildLine(changes, res, '/site')).toBe(expected);
  });
});

describe('errorPayload and formatError', () => {
  it('renders a VellumError with its position and code frame', () => {
    const error = new VellumError({ code: 'template-parse', file: 'layouts/a.html', line: 2, column: 3, message: 'unclosed action', source: 'one\ntwo {{\nthree' });
    const payload = errorPayload(error);
    expect(payload).toEqual({
      code: 'template-parse',
      message: 'layouts/a.html:2:3: unclosed action',
      file: 'layouts/a.html',
      line: 2,
      column: 3,
      frame: '  1 | one\n> 2 | two {{\n    |   ^\n  3 | three',
    });
    expect(formatError(payload)).toBe('Error (template-parse): layouts/a.html:2:3: unclosed action\n  1 | one\n> 2 | two {{\n    |   ^\n  3 | three');
  });

  it('shows any other error as an internal one with its stack', () => {
    const payload = errorPayload(new TypeError('x is undefined'));
    expect(payload.code).toBe('internal');
    expect(payload.message).toMatch(/^TypeError: x is undefined\n\s+at /);
    expect(errorPayload('plain string')).toEqual({ code: 'internal', message: 'plain string', line: 0, column: 0 });
  });
});
