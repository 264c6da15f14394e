/**
 * Hugo's `.GetPage` lookup (0.111.3, hugolib/pagecollections.go): a ref is a
 * logical content path ("/posts/first", "posts/first.md", "/posts",
 * "/tags/go"), matched case-insensitively; from `.Site.GetPage` a bare name
 * ("first") also finds the one page of that name, and is an error when two
 * pages share it. `.GetPage` on a page first tries the ref relative to the
 * page's folder. The legacy forms `GetPage "section" "posts"` and
 * `GetPage "home"` still work. The index is built once per site.
 */

import type { Page } from './page.js';

const AMBIGUOUS = Symbol('ambiguous');

export class PageIndex {
  private readonly byPath = new Map<string, Page>();
  private readonly byName = new Map<string, Page | typeof AMBIGUOUS>();

  constructor(pages: readonly Page[]) {
    for (const page of pages) {
      const keys = new Set<string>();
      const logical = logicalPath(page);
      keys.add(logical);
      if (page.file !== null) {
        const noExt = page.file.path.replace(/\.[^/.]+$/, '');
        keys.add(`/${noExt}`);
        keys.add(`/${page.file.path}`);
      }
      // Kept from the earlier lookup: a page is also found by its URL path.
      keys.add(page.path.replace(/\/$/, '') || '/');
      for (const key of keys) {
        const lower = key.toLowerCase();
        if (!this.byPath.has(lower) || lower === logical.toLowerCase()) this.byPath.set(lower, page);
      }
      if (page.kind === 'home') continue;
      const names = new Set<string>([logical.slice(logical.lastIndexOf('/') + 1)]);
      if (page.file !== null) names.add(page.file.path.slice(page.file.path.lastIndexOf('/') + 1).replace(/\.[^/.]+$/, ''));
      for (const name of names) {
        const lower = name.toLowerCase();
        if (lower === '' || lower === 'index' || lower === '_index') continue;
        const seen = this.byName.get(lower);
        this.byName.set(lower, seen === undefined || seen === page ? page : AMBIGUOUS);
      }
    }
  }

  /** `refs` as passed to `.GetPage`; `from` is the page for `.GetPage` on a page, null for `.Site.GetPage`. */
  get(refs: readonly unknown[], from: Page | null): Page | null {
    const ref = legacyRef(refs.map((r) => String(r)));
    if (from !== null && !ref.startsWith('/')) {
      const relative = this.byPath.get(normalize(`${folderOf(from)}/${ref}`));
      if (relative !== undefined) return relative;
    }
    const found = this.byPath.get(normalize(ref));
    if (found !== undefined) return found;
    if (from !== null) return null;
    const name = ref.replace(/\/+$/, '').split('/').pop()!.replace(/\.[^/.]+$/, '').toLowerCase();
    const byName = this.byName.get(name);
    if (byName === AMBIGUOUS) throw new Error(`page reference "${ref}" is ambiguous`);
    return byName ?? null;
  }
}

/** `GetPage "home"`, `GetPage "section" "posts"`, `GetPage "/posts"`: the one ref Hugo looks up. */
function legacyRef(refs: string[]): string {
  const kept = refs.filter((r) => r !== '' && r !== '/');
  if (kept.length > 2) throw new Error(`too many arguments to .Site.GetPage: use one path such as "/posts/my-post"`);
  if (kept.length === 0 || kept[0] === 'home') return '/';
  if (kept.length === 1) return refs.length === 2 && kept[0] === 'section' ? '/' : kept[0]!;
  return kept[1]!;
}

function normalize(ref: string): string {
  let key = ref.trim().toLowerCase().replace(/\/+/g, '/');
  if (!key.startsWith('/')) key = `/${key}`;
  key = key.replace(/\/$/, '');
  return key === '' ? '/' : key;
}

/** The folder a page's relative refs start from: a bundle's parent folder, a section's own folder. */
function folderOf(page: Page): string {
  if (page.file === null) return logicalPath(page);
  const dir = page.file.path.includes('/') ? page.file.path.slice(0, page.file.path.lastIndexOf('/')) : '';
  if (page.file.bundle === 'leaf') return `/${dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : ''}`;
  return `/${dir}`;
}

/** Hugo's tree key: "/", "/posts", "/posts/first", "/tags/go". */
function logicalPath(page: Page): string {
  if (page.kind === 'home') return '/';
  if (page.file !== null) {
    const noExt = page.file.path.replace(/\.[^/.]+$/, '');
    return `/${noExt.replace(/(^|\/)_?index$/, '')}`.replace(/\/$/, '') || '/';
  }
  return page.path.replace(/(\.html|\/)$/, '') || '/';
}
