/**
 * A site's layouts as Hugo organises them: one shared namespace holding every
 * layout, partial, shortcode and built-in template, parsed once at start-up
 * (so a broken layout fails the build even when no page uses it, as in
 * Hugo), plus one set per (base, layout) pair for layouts that only
 * `define` blocks, made on first use and reused for every page after.
 */

import { VellumError } from '../errors/index.js';
import { TemplateSet, type FuncMap } from '../template/engine/index.js';
import { embeddedTemplates } from '../template/embedded/index.js';
import { baseofCandidates, layoutCandidates, needsBaseTemplate, type LayoutDescriptor } from '../template/lookup/index.js';

export interface LayoutFile {
  /** Relative to layouts/, posix: "_default/single.html". */
  path: string;
  text: string;
  /** The file as named in messages, when not `<layoutDir>/<path>` (a theme's: "themes/x/layouts/…"). */
  shownAs?: string;
}

export interface ResolvedLayout {
  layout: string;
  base: string | null;
}

/**
 * Inline shortcodes (`{{< time.inline >}}{{ now }}{{< /time.inline >}}`)
 * render nothing unless `enableInlineShortcodes = true` (Hugo's default is false).
 */
const isInline = (name: string) => name.endsWith('.inline');

export type RenderHookKind = 'link' | 'image' | 'heading';

/** `_default/_markup/render-link.html`, `posts/_markup/render-image.html`, … */
export const isRenderHook = (path: string): boolean => /(^|\/)_markup\/render-(link|image|heading)\.html$/.test(path);

const isBase = (path: string) => /(^|\/)([\w-]+-)?baseof\.[^/]+$/.test(path);

export class SiteTemplates {
  private readonly files = new Map<string, string>();
  private readonly shown = new Map<string, string>();
  private readonly shared: TemplateSet;
  private readonly combined = new Map<string, TemplateSet>();
  private readonly resolved = new Map<string, ResolvedLayout | null>();
  private readonly innerUse = new Map<string, boolean>();

  private readonly inlineShortcodes = new Map<string, TemplateSet>();

  constructor(layouts: readonly LayoutFile[], private readonly funcs: FuncMap, private readonly layoutDir = 'layouts', private readonly options: { inlineShortcodes?: boolean } = {}) {
    this.shared = new TemplateSet({ funcs });
    for (const embedded of Object.values(embeddedTemplates)) this.shared.add(embedded.name, embedded.text, `(built-in ${embedded.name})`);
    // Sorted so that, as in Hugo, a name defined twice resolves the same way on every run.
    const sorted = [...layouts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const file of sorted) this.files.set(file.path, file.text);
    for (const file of sorted) this.shown.set(file.path, file.shownAs ?? `${layoutDir}/${file.path}`);
    for (const file of sorted) {
      if (isBase(file.path) || needsBaseTemplate(file.text)) continue;
      this.shared.add(file.path, file.text, this.shown.get(file.path)!);
    }
    // Layouts that need a base are parsed now too, so their errors surface at start-up.
    for (const file of sorted) {
      if (isBase(file.path) || needsBaseTemplate(file.text)) new TemplateSet({ funcs }).add(file.path, file.text, this.shown.get(file.path)!);
    }
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  /**
   * The render hook template for pages of `type` (Hugo's `_markup/render-<kind>.html`): the type's
   * own (`layouts/<type>/_markup/`, the type being the section unless front matter sets it) wins
   * over `_default/_markup/`. Undefined when the site has neither.
   */
  renderHook(kind: RenderHookKind, type: string): string | undefined {
    const candidates = [`_default/_markup/render-${kind}.html`];
    if (type !== '') candidates.unshift(`${type}/_markup/render-${kind}.html`);
    return candidates.find((path) => this.files.has(path));
  }

  /** Does any layout define a render hook? Then page bodies need templates to render. */
  hasRenderHooks(): boolean {
    return [...this.files.keys()].some(isRenderHook);
  }

  /** The layout (and base) Hugo would pick, or null when none exists. */
  resolve(descriptor: LayoutDescriptor): ResolvedLayout | null {
    const key = `${descriptor.kind}|${descriptor.type}|${descriptor.section}|${descriptor.layout}`;
    if (this.resolved.has(key)) return this.resolved.get(key)!;
    let result: ResolvedLayout | null = null;
    const layout = layoutCandidates(descriptor).find((path) => this.files.has(path));
    if (layout !== undefined) {
      const text = this.files.get(layout)!;
      const base = needsBaseTemplate(text) ? (baseofCandidates(layout, descriptor).find((p) => this.files.has(p)) ?? null) : null;
      result = { layout, base };
    }
    this.resolved.set(key, result);
    return result;
  }

  /** The candidates tried for a descriptor, for "no layout" warnings. */
  candidates(descriptor: LayoutDescriptor): string[] {
    return layoutCandidates(descriptor).filter((p) => !p.endsWith('.html.html')).map((p) => `${this.layoutDir}/${p}`);
  }

  /** Executes a resolved layout with `data` as dot. */
  execute(resolved: ResolvedLayout, data: unknown): string {
    if (resolved.base === null) {
      if (needsBaseTemplate(this.files.get(resolved.layout) ?? '')) return '';
      return this.shared.execute(resolved.layout, data);
    }
    const key = `${resolved.base}|${resolved.layout}`;
    let set = this.combined.get(key);
    if (set === undefined) {
      set = this.shared.clone();
      set.add(resolved.base, this.files.get(resolved.base)!, this.shown.get(resolved.base)!);
      set.add(resolved.layout, this.files.get(resolved.layout)!, this.shown.get(resolved.layout)!);
      this.combined.set(key, set);
    }
    return set.execute(resolved.base, data);
  }

  /** Executes a template of the shared namespace by name (built-ins, user overrides). */
  executeNamed(name: string, data: unknown): string {
    return this.shared.execute(name, data);
  }

  /** Hugo's `partial`: "header.html" or "header" under partials/; a `return` value wins over output. */
  partial(name: string, context: unknown): { output: string; returned: unknown; hasReturn: boolean } {
    const path = this.partialPath(name);
    if (path === undefined) {
      throw new Error(`partial "${name}" not found; add ${this.layoutDir}/partials/${/\.\w+$/.test(name) ? name : `${name}.html`}`);
    }
    return this.shared.executeWithReturn(path, context);
  }

  private partialPath(name: string): string | undefined {
    const clean = name.replace(/^partials\//, '');
    for (const candidate of [`partials/${clean}`, `partials/${clean}.html`]) {
      if (this.files.has(candidate)) return candidate;
    }
    return undefined;
  }

  /** Does shortcode `name` exist, and does its template read `.Inner` (so it takes a closing tag)? */
  shortcodeTakesInner(name: string): boolean | undefined {
    if (isInline(name)) return true;
    const path = this.shortcodePath(name);
    if (path === undefined) return undefined;
    let uses = this.innerUse.get(path);
    if (uses === undefined) {
      uses = /\.Inner\b/.test(this.files.get(path) ?? Object.values(embeddedTemplates).find((e) => e.name === path)?.text ?? '');
      this.innerUse.set(path, uses);
    }
    return uses;
  }

  /**
   * An inline shortcode (`enableInlineShortcodes = true`): the closed form
   * defines its template from the text between the tags and renders it; the
   * self-closed form renders the one the same page defined before. `scope`
   * keeps definitions per page, as in Hugo.
   */
  renderInlineShortcode(scope: string, name: string, source: string | null, context: unknown, file: string): string {
    if (this.options.inlineShortcodes !== true) return '';
    const key = `${scope}\u0000${name}`;
    if (source !== null) {
      // Hugo runs inline shortcodes as text templates: no escaping, and nil prints "<no value>".
      const set = new TemplateSet({ funcs: this.funcs, escape: false }).add(`_inline_shortcode/${name}`, source, file);
      this.inlineShortcodes.set(key, set);
    }
    const set = this.inlineShortcodes.get(key);
    if (set === undefined) throw new Error(`no earlier definition of shortcode "${name}" on this page; define it first with {{< ${name} >}}…{{< /${name} >}}`);
    return set.execute(`_inline_shortcode/${name}`, context);
  }

  isInlineShortcode(name: string): boolean {
    return isInline(name);
  }

  renderShortcode(name: string, context: unknown): string {
    if (isInline(name)) return '';
    const path = this.shortcodePath(name);
    if (path === undefined) throw new VellumError({ code: 'shortcode', message: `no shortcode template "${name}"` });
    return this.shared.execute(path, context);
  }

  private shortcodePath(name: string): string | undefined {
    for (const candidate of [`shortcodes/${name}.html`, `shortcodes/${name}`]) {
      if (this.files.has(candidate)) return candidate;
    }
    // Hugo's built-in shortcodes (figure, highlight) when the site has none of that name.
    const builtIn = `_internal/shortcodes/${name}.html`;
    return this.shared.has(builtIn) ? builtIn : undefined;
  }

  /** A user layout that overrides a built-in, or the built-in's own name. */
  builtIn(which: keyof typeof embeddedTemplates, section = ''): string {
    const embedded = embeddedTemplates[which];
    return embedded.userOverrides(section).find((p) => this.files.has(p)) ?? embedded.name;
  }
}
