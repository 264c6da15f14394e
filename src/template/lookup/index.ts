/**
 * Hugo's layout lookup as pure functions: a page descriptor becomes the
 * ordered list of layout files to try, and a found layout the ordered list of
 * base templates. Orders checked against Hugo 0.111.3 (see the tests).
 */

export type LayoutKind = 'home' | 'section' | 'page' | '404' | 'taxonomy' | 'term';

export interface LayoutDescriptor {
  kind: LayoutKind;
  /** Front matter `type`, else the section, else "page". */
  type: string;
  /** The first-level section ("" at the root). */
  section: string;
  /** Front matter `layout`, "" when unset. */
  layout: string;
  /** For taxonomy and term pages: the taxonomy's plural and singular name. */
  taxonomy?: { plural: string; singular: string };
}

/** Layout paths relative to `layouts/`, most specific first. */
export function layoutCandidates(d: LayoutDescriptor): string[] {
  const dirs: string[] = [];
  const names: string[] = [];
  const add = (list: string[], ...items: string[]) => {
    for (const item of items) if (item !== '' && !list.includes(item)) list.push(item);
  };
  switch (d.kind) {
    case '404':
      return ['404.html.html', '404.html', '_default/404.html.html', '_default/404.html'];
    case 'page':
      add(dirs, d.type, '_default');
      add(names, d.layout, 'single');
      break;
    case 'home':
      add(dirs, d.type, '.', '_default');
      add(names, d.layout, 'index', 'home', 'list');
      break;
    case 'section':
      add(dirs, d.type, d.section, 'section', '_default');
      add(names, d.layout, d.section, 'section', 'list');
      break;
    // Hugo 0.111.3 (output/layout.go): a taxonomy's type is its plural and
    // its "section" the singular; the `.terms` name is the taxonomy page's own.
    case 'taxonomy': {
      const singular = d.taxonomy?.singular ?? d.section;
      add(dirs, d.type, singular, 'taxonomy', '_default');
      add(names, d.layout, `${singular}.terms`, 'terms', 'taxonomy', 'list');
      break;
    }
    case 'term': {
      const singular = d.taxonomy?.singular ?? d.section;
      add(dirs, d.type, 'term', 'taxonomy', singular, '_default');
      add(names, d.layout, 'term', singular, 'taxonomy', 'list');
      break;
    }
  }
  const out: string[] = [];
  for (const dir of dirs) {
    const prefix = dir === '.' ? '' : `${dir}/`;
    for (const name of names) out.push(`${prefix}${name}.html.html`);
    for (const name of names) out.push(`${prefix}${name}.html`);
  }
  return out;
}

/**
 * Content views for `.Render "summary"`: only the named layout, in the
 * page's type folder, its section's, then `_default` (Hugo 0.111.3 looks the
 * view up with the layout as an override, so no single/list fallback).
 */
export function viewCandidates(d: LayoutDescriptor, view: string): string[] {
  const dirs: string[] = [];
  for (const dir of [d.type, d.section, '_default']) if (dir !== '' && !dirs.includes(dir)) dirs.push(dir);
  return dirs.flatMap((dir) => [`${dir}/${view}.html.html`, `${dir}/${view}.html`]);
}

/**
 * The base templates that may wrap a layout which only `define`s blocks:
 * `{dir}/{name}-baseof.html` then `{dir}/baseof.html`, for the page's type
 * folder, the layout's own folder and `_default`; `layouts/baseof.html` only
 * serves layouts in the layouts root.
 */
export function baseofCandidates(layoutPath: string, d: LayoutDescriptor): string[] {
  const slash = layoutPath.lastIndexOf('/');
  const layoutDir = slash < 0 ? '' : layoutPath.slice(0, slash);
  const name = layoutPath.slice(slash + 1).replace(/(\.html)+$/, '');
  const dirs: string[] = [];
  // The layouts root holds a base only for layouts that live there (index.html).
  for (const dir of [d.type, d.section, layoutDir, '_default']) {
    if (!dirs.includes(dir)) dirs.push(dir);
  }
  const out: string[] = [];
  for (const dir of dirs) {
    const prefix = dir === '' ? '' : `${dir}/`;
    out.push(`${prefix}${name}-baseof.html`, `${prefix}baseof.html`);
  }
  return out;
}

/**
 * Hugo wraps a layout in a base template when its first action, after any
 * whitespace and comments, is a `define`.
 */
export function needsBaseTemplate(text: string): boolean {
  let rest = text.trimStart();
  for (;;) {
    const comment = /^\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/.exec(rest);
    if (comment === null) break;
    rest = rest.slice(comment[0].length).trimStart();
  }
  return /^\{\{-?\s*define\b/.test(rest);
}
