/**
 * Hugo's menus: entries from the config (`[[menu.main]]`, `[[menus.main]]`)
 * and from front matter (`menu = "main"`, `menu: [main, footer]`,
 * `menu.main.weight = 2`), nested by `parent`, sorted as Hugo sorts them.
 * Built once per site; pages only ask whether an entry is theirs.
 * Behaviour checked against Hugo 0.111.3.
 */

import type { Page } from './page.js';
import type { Site } from './site.js';
import { caseInsensitiveParams } from './params.js';
import { urlizePath } from './urls.js';

/** Hugo's `navigation.MenuEntry`, with its template-visible fields. */
export class MenuEntry {
  static readonly goTypeName = '*navigation.MenuEntry';
  Name = '';
  Identifier = '';
  Weight = 0;
  /** The parent's identifier (or name), "" at the top. */
  Parent = '';
  /** The menu's name ("main"). */
  Menu = '';
  Params: Record<string, unknown> = caseInsensitiveParams({});
  Page: Page | null = null;
  Children: Menu = new Menu();
  /** `url` as configured; made site-relative when the entry is built. */
  ConfiguredURL = '';
  private pre = '';
  private post = '';
  private title = '';

  constructor(private readonly site: Site) {}

  /** The page's link when the entry has a page, else the configured URL (Hugo). */
  get URL(): string { return this.Page !== null ? this.Page.RelPermalink : this.ConfiguredURL; }
  get Pre(): unknown { return this.site.safeHTML(this.pre); }
  get Post(): unknown { return this.site.safeHTML(this.post); }
  /** The configured title, else the page's link title. */
  get Title(): string { return this.title !== '' ? this.title : (this.Page?.LinkTitle ?? ''); }
  /** What children name in `parent`: the identifier, else the name. */
  get KeyName(): string { return this.Identifier !== '' ? this.Identifier : this.Name; }
  get HasChildren(): boolean { return this.Children.length > 0; }

  /** Applies one entry's settings (config table or front matter map), keys matched case-insensitively. */
  apply(settings: Record<string, unknown>): void {
    for (const [rawKey, value] of Object.entries(settings)) {
      const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
      switch (rawKey.toLowerCase()) {
        case 'name': this.Name = text; break;
        case 'identifier': this.Identifier = text; break;
        case 'parent': this.Parent = text; break;
        case 'weight': this.Weight = typeof value === 'number' ? Math.trunc(value) : Number.parseInt(text, 10) || 0; break;
        case 'pre': this.pre = text; break;
        case 'post': this.post = text; break;
        case 'title': this.title = text; break;
        case 'url': this.ConfiguredURL = text; break;
        case 'params':
          if (isMap(value)) this.Params = caseInsensitiveParams(lowerKeys(value));
          break;
        default: break;
      }
    }
  }

  String(): string { return `${this.Menu}:${this.KeyName}`; }
}

/** Hugo's `navigation.Menu`: a list of entries with sorting methods. */
export class Menu extends Array<MenuEntry> {
  static readonly goTypeName = 'navigation.Menu';

  static collect(entries: readonly MenuEntry[]): Menu {
    const menu = new Menu();
    menu.push(...entries);
    return menu;
  }

  ByWeight(): Menu { return Menu.collect([...this].sort(compareEntries)); }
  ByName(): Menu { return Menu.collect([...this].sort((a, b) => compareNames(a.Name, b.Name) || compareEntries(a, b))); }
  Reverse(): Menu { return Menu.collect([...this].reverse()); }
  Limit(n: number): Menu { return Menu.collect(this.slice(0, n)); }
}

/** Hugo's menu order: weight ascending with unweighted (0) entries last, then name ignoring case, then identifier. */
export function compareEntries(a: MenuEntry, b: MenuEntry): number {
  if (a.Weight !== b.Weight) {
    if (a.Weight === 0) return 1;
    if (b.Weight === 0) return -1;
    return a.Weight - b.Weight;
  }
  return compareNames(a.Name, b.Name) || (a.Identifier < b.Identifier ? -1 : a.Identifier > b.Identifier ? 1 : 0);
}

/** Go's compare.Strings as Hugo uses it: case-insensitive first, then bytewise. */
function compareNames(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every menu of the site: config entries first, then front matter entries,
 * nested under their parents and sorted. As in Hugo, entries are keyed by
 * (menu, KeyName): a later config entry with the same key replaces an
 * earlier one, while a page's entry is dropped when its key is taken.
 */
/** `.Site.Menus`: menu name → Menu (Go's navigation.Menus). */
export class Menus extends Map<string, Menu> {
  static readonly goTypeName = 'navigation.Menus';
}

export function assembleMenus(site: Site, configMenus: Record<string, unknown>, pages: readonly Page[]): Menus {
  const flat = new Map<string, Map<string, MenuEntry>>();
  const put = (entry: MenuEntry) => {
    const menuName = menuKeyOf(entry);
    let byKey = flat.get(menuName);
    if (byKey === undefined) flat.set(menuName, (byKey = new Map()));
    byKey.set(entry.KeyName, entry);
  };

  // `sectionPagesMenu = "main"`: one entry per top-level section, added first so a
  // config entry with the same key replaces it (Hugo 0.111.3).
  const sectionMenu = Object.entries(site.config.raw).find(([k]) => k.toLowerCase() === 'sectionpagesmenu')?.[1];
  if (typeof sectionMenu === 'string' && sectionMenu !== '') {
    for (const section of site.Sections) {
      const entry = new MenuEntry(site);
      entry.Menu = sectionMenu;
      entry.Page = section;
      entry.Name = section.LinkTitle;
      entry.Identifier = section.Section;
      entry.Weight = section.Weight;
      put(entry);
    }
  }

  for (const [menuName, list] of Object.entries(configMenus)) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!isMap(item)) continue;
      const entry = new MenuEntry(site);
      entry.Menu = menuName;
      entry.apply(item);
      const pageRef = Object.entries(item).find(([k]) => k.toLowerCase() === 'pageref')?.[1];
      if (typeof pageRef === 'string' && pageRef !== '') {
        entry.Page = site.pageIndex().get([pageRef], null);
        if (entry.Page !== null && entry.Name === '') entry.Name = entry.Page.LinkTitle;
      }
      entry.ConfiguredURL = siteRelativeURL(site, entry.ConfiguredURL);
      put(entry);
    }
  }

  // A page's entry never replaces one already there (config or an earlier page): Hugo 0.111.3 skips it with a warning.
  for (const page of pages) {
    for (const entry of frontMatterEntries(site, page)) {
      if (!flat.get(menuKeyOf(entry))?.has(entry.KeyName)) put(entry);
    }
  }

  const menus = new Menus();
  for (const [menuName, byKey] of flat) {
    const top: MenuEntry[] = [];
    for (const entry of [...byKey.values()]) {
      if (entry.Parent === '') {
        top.push(entry);
        continue;
      }
      let parent = byKey.get(entry.Parent);
      if (parent === undefined) {
        // Hugo 0.111.3 invents the missing parent: named after the key, no URL, no identifier.
        parent = new MenuEntry(site);
        parent.Name = entry.Parent;
        parent.Menu = menuName;
        byKey.set(entry.Parent, parent);
        top.push(parent);
      }
      parent.Children.push(entry);
    }
    for (const entry of byKey.values()) entry.Children.sort(compareEntries);
    menus.set(menuName, Menu.collect(top.sort(compareEntries)));
  }
  return menus;
}

/**
 * A page's own entries. `menu: main` and `menu: [main, footer]` make one
 * entry shared by every named menu — Hugo 0.111.3 reuses one object, so its
 * `.Menu` reads the last name; a map gives each menu its own settings.
 */
function frontMatterEntries(site: Site, page: Page): MenuEntry[] {
  const value = page.Params['menus'] ?? page.Params['menu'];
  if (value === undefined || value === null) return [];
  const fresh = () => {
    const entry = new MenuEntry(site);
    entry.Page = page;
    entry.Name = page.LinkTitle;
    entry.Weight = page.Weight;
    return entry;
  };
  if (typeof value === 'string' || Array.isArray(value)) {
    const names = (typeof value === 'string' ? [value] : value).map(String);
    if (names.length === 0) return [];
    const entry = fresh();
    entry.Menu = names[names.length - 1]!;
    return names.map((name) => Object.assign(Object.create(entry) as MenuEntry, { menuKey: name }));
  }
  if (!isMap(value)) return [];
  const out: MenuEntry[] = [];
  for (const [menuName, settings] of Object.entries(value)) {
    const entry = fresh();
    entry.Menu = menuName;
    if (isMap(settings)) entry.apply(settings);
    out.push(entry);
  }
  return out;
}

/** Which menu an entry is filed under: shared list-form entries carry their own key. */
export function menuKeyOf(entry: MenuEntry): string {
  return (entry as MenuEntry & { menuKey?: string }).menuKey ?? entry.Menu;
}

/**
 * A configured URL starting with "/" is urlised and gets the base path
 * (`/Zed Page/` → `/docs/zed-page/`); others (absolute, relative) stay as written.
 */
function siteRelativeURL(site: Site, url: string): string {
  if (!url.startsWith('/')) return url;
  const clean = url.split('/').map((s) => urlizePath(s, site.config.disablePathToLower)).join('/');
  return site.relPermalinkOf(clean);
}

/** `.IsMenuCurrent "main" $entry`: the entry is this page's, and the menu holds it. */
export function isMenuCurrent(site: Site, page: Page, menuName: string, entry: MenuEntry): boolean {
  if (!(entry instanceof MenuEntry) || entry.Page !== page) return false;
  const menu = site.Menus.get(menuName);
  if (menu === undefined) return false;
  const holds = (list: readonly MenuEntry[]): boolean => list.some((e) => e.Page === page || holds(e.Children));
  return holds(menu);
}

/**
 * `.HasMenuCurrent "main" $entry`: the entry's page is a section above this
 * page, or one of its descendants is this page's entry.
 */
export function hasMenuCurrent(page: Page, entry: MenuEntry): boolean {
  if (!(entry instanceof MenuEntry)) return false;
  if (entry.Page !== null && entry.Page.kind === 'section' && entry.Page.IsAncestor(page)) return true;
  const walk = (children: readonly MenuEntry[]): boolean => children.some((c) => c.Page === page || walk(c.Children));
  return walk(entry.Children);
}

function isMap(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function lowerKeys(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k.toLowerCase()] = isMap(v) ? lowerKeys(v) : v;
  return out;
}
