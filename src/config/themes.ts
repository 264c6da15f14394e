/**
 * A theme's own config file (themes/<name>/hugo.toml, config.toml, …; not
 * theme.toml, which is metadata). Checked against Hugo 0.111.3: it merges
 * a theme's `params` under the project's (deep, the project wins per key)
 * and its `menus` per menu name (a menu the project defines is the
 * project's alone). Other keys (title, outputs, taxonomies, markup,
 * permalinks, …) in a theme config are ignored.
 */

import { isMap, lowerCaseKeys } from './resolve.js';

/** Pure: the project's config map with a theme's params and menus merged in under it. */
export function mergeThemeConfig(project: Record<string, unknown>, theme: Record<string, unknown>): Record<string, unknown> {
  const themeLower = lowerCaseKeys(theme);
  const out: Record<string, unknown> = { ...project };
  const keyOf = (name: string, ...aliases: string[]) =>
    Object.keys(project).find((k) => [name, ...aliases].includes(k.toLowerCase()));

  const themeParams = themeLower['params'];
  if (isMap(themeParams)) {
    const key = keyOf('params') ?? 'params';
    const mine = project[key];
    out[key] = isMap(mine) ? deepMerge(lowerCaseKeys(mine), themeParams) : mine === undefined ? themeParams : mine;
  }

  // Hugo accepts `menu` for `menus`, in either file.
  const themeMenus = isMap(themeLower['menus']) ? themeLower['menus'] : themeLower['menu'];
  if (isMap(themeMenus)) {
    const key = keyOf('menus') ?? keyOf('menu') ?? 'menus';
    const mine = project[key];
    if (mine === undefined || isMap(mine)) {
      const menus = mine === undefined ? {} : lowerCaseKeys(mine);
      for (const [name, entries] of Object.entries(themeMenus)) if (menus[name] === undefined) menus[name] = entries;
      out[key] = menus;
    }
  }
  return out;
}

/** `mine` with the keys only `theirs` has, recursively into maps both have. */
function deepMerge(mine: Record<string, unknown>, theirs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...mine };
  for (const [key, value] of Object.entries(theirs)) {
    const own = out[key];
    if (own === undefined) out[key] = value;
    else if (isMap(own) && isMap(value)) out[key] = deepMerge(own, value);
  }
  return out;
}
