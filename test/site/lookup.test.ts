// Layout candidates for taxonomy and term pages, spelled out in full. The lists were
// found with real Hugo 0.111.3: a site holding every candidate layout, each printing
// its own path, rebuilt after deleting the winner until none was left.
import { describe, expect, it } from 'vitest';
import { layoutCandidates, viewCandidates } from '../../src/template/lookup/index.js';

const both = (dir: string, names: string[]) => [...names.map((n) => `${dir}/${n}.html.html`), ...names.map((n) => `${dir}/${n}.html`)];

describe('layout lookup for taxonomies', () => {
  it('a term page (/tags/go/) tries the plural, term, taxonomy, singular and _default folders', () => {
    const names = ['term', 'tag', 'taxonomy', 'list'];
    expect(layoutCandidates({ kind: 'term', type: 'tags', section: 'tag', layout: '' })).toEqual([
      ...both('tags', names),
      ...both('term', names),
      ...both('taxonomy', names),
      ...both('tag', names),
      ...both('_default', names),
    ]);
  });

  it('a taxonomy page (/tags/) tries "tag.terms" then terms, taxonomy and list', () => {
    const names = ['tag.terms', 'terms', 'taxonomy', 'list'];
    expect(layoutCandidates({ kind: 'taxonomy', type: 'tags', section: 'tag', layout: '' })).toEqual([
      ...both('tags', names),
      ...both('tag', names),
      ...both('taxonomy', names),
      ...both('_default', names),
    ]);
  });

  it('a front matter layout on a term page comes first in every folder', () => {
    const candidates = layoutCandidates({ kind: 'term', type: 'tags', section: 'tag', layout: 'cloud' });
    expect(candidates.slice(0, 2)).toEqual(['tags/cloud.html.html', 'tags/term.html.html']);
    expect(candidates).toContain('_default/cloud.html');
  });
});

describe('content views', () => {
  it('.Render "summary" on a post tries only the summary layout: type, section, then _default', () => {
    expect(viewCandidates({ kind: 'page', type: 'notes', section: 'posts', layout: 'wide' }, 'summary')).toEqual([
      'notes/summary.html.html', 'notes/summary.html',
      'posts/summary.html.html', 'posts/summary.html',
      '_default/summary.html.html', '_default/summary.html',
    ]);
  });

  it('a root page (type "page", no section) looks in page/ and _default/', () => {
    expect(viewCandidates({ kind: 'page', type: 'page', section: '', layout: '' }, 'li')).toEqual([
      'page/li.html.html', 'page/li.html', '_default/li.html.html', '_default/li.html',
    ]);
  });
});
