// Menu order as Hugo 0.111.3 sorts entries (see the menus golden sites for whole-site behaviour).
import { describe, expect, it } from 'vitest';
import { Menu, MenuEntry, type Site } from '../../src/site/index.js';
import { compareEntries } from '../../src/site/menus.js';

const site = { safeHTML: (html: string) => html } as unknown as Site;
const entry = (name: string, weight: number, identifier = ''): MenuEntry => {
  const e = new MenuEntry(site);
  Object.assign(e, { Name: name, Weight: weight, Identifier: identifier });
  return e;
};

describe('menu order', () => {
  it('sorts by weight with unweighted entries last, then by name ignoring case, then identifier', () => {
    const menu = Menu.collect([
      entry('Zed', 0), entry('alpha', 0), entry('1st', 0), entry('External', 20), entry('Blog', 20),
      entry('Home', 1), entry('Search', -1), entry('Twin', 5, 'b'), entry('Twin', 5, 'a'),
    ]).sort(compareEntries);
    expect(menu.map((e) => `${e.Name}${e.Identifier}`)).toEqual([
      'Search', 'Home', 'Twina', 'Twinb', 'Blog', 'External', '1st', 'alpha', 'Zed',
    ]);
  });

  it('ByName orders by name alone and Reverse flips any order', () => {
    const menu = Menu.collect([entry('b', 1), entry('A', 2), entry('c', 0)]);
    expect(menu.ByName().map((e) => e.Name)).toEqual(['A', 'b', 'c']);
    expect(menu.ByWeight().Reverse().map((e) => e.Name)).toEqual(['c', 'A', 'b']);
  });

  it('KeyName is the identifier when set, else the name; Title falls back to nothing without a page', () => {
    expect([entry('Blog', 0, 'blog').KeyName, entry('Blog', 0).KeyName, entry('Blog', 0).Title]).toEqual(['blog', 'Blog', '']);
  });
});
