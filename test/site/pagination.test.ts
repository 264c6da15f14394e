// Pager paths and splitting, as Hugo 0.111.3 lays them out (see the pagination golden sites).
import { describe, expect, it } from 'vitest';
import { Paginator, pagerFolder, pagerPath, type Page } from '../../src/site/index.js';

describe('pager paths', () => {
  it.each([
    ['/', 'page', 1, false, '/'],
    ['/', 'page', 2, false, '/page/2/'],
    ['/posts/', 'page', 3, false, '/posts/page/3/'],
    ['/posts/', 'seite', 2, false, '/posts/seite/2/'],
    ['/posts.html', 'page', 2, true, '/posts/page/2.html'],
    ['/', 'page', 2, true, '/page/2.html'],
  ])('pager of %s under "%s" number %i (ugly %s) is %s', (path, paginatePath, n, ugly, expected) => {
    expect(pagerPath(path, paginatePath, n, ugly)).toBe(expected);
  });

  it('pager 1 is the page itself, while its folder is the redirect Hugo writes', () => {
    expect(pagerPath('/posts/', 'page', 1)).toBe('/posts/');
    expect(pagerFolder('/posts/', 'page', 1)).toBe('/posts/page/1/');
  });
});

describe('Paginator', () => {
  const pages = Array.from({ length: 5 }, (_, i) => ({ Title: `P${i}` }) as unknown as Page);
  const urls = (n: number) => (n === 1 ? '/' : `/page/${n}/`);

  it('splits a list into pagers of the page size, the last one shorter', () => {
    const paginator = new Paginator(pages, 2, urls);
    expect(paginator.pagers.map((p) => p.Pages.length)).toEqual([2, 2, 1]);
    const second = paginator.pagers[1]!;
    expect([second.PageNumber, second.TotalPages, second.HasPrev, second.HasNext]).toEqual([2, 3, true, true]);
    expect([second.Prev?.URL, second.Next?.URL, second.First.URL, second.Last.URL]).toEqual(['/', '/page/3/', '/', '/page/3/']);
    expect([second.TotalNumberOfElements, second.PageSize, second.NumberOfElements]).toEqual([5, 2, 2]);
  });

  it('an empty list still has one pager, though TotalPages is 0', () => {
    const paginator = new Paginator([], 10, urls);
    expect(paginator.pagers).toHaveLength(1);
    expect([paginator.pagers[0]!.TotalPages, paginator.pagers[0]!.HasNext, paginator.pagers[0]!.Last.URL]).toEqual([0, false, '/']);
  });
});
