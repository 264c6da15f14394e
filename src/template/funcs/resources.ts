/**
 * Hugo Pipes (`resources.*`, `minify`, `fingerprint`) and, for the features
 * vellum does not provide (Sass, PostCSS, Babel, js.Build, image processing,
 * remote data), functions that exist so that every layout still parses, as
 * Hugo parses them all at start-up, and that fail with a clear message when
 * a template actually calls them.
 */
import { toStringE } from './go.js';
import type { FuncDef, FuncHooks, Namespace } from './registry.js';

/** What the build adds to FuncHooks for Pipes (render/resources/pipes.ts implements it). */
export interface ResourceHooks {
  resources?: {
    get(name: string): unknown;
    getMatch(pattern: string): unknown;
    match(pattern: string): unknown;
    concat(target: string, resources: unknown): unknown;
    executeAsTemplate(target: string, data: unknown, resource: unknown): unknown;
    minify(resource: unknown): unknown;
    fingerprint(algorithm: string, resource: unknown): unknown;
    fromString(target: string, content: string): unknown;
  };
}

/** Functions Hugo 0.111 has (or themes use) that need tools vellum does not ship, by feature. */
const UNSUPPORTED: Record<string, { feature: string; aliases?: string[] }> = {
  'resources.ToCSS': { feature: 'Sass/SCSS compilation', aliases: ['toCSS'] },
  'css.Sass': { feature: 'Sass/SCSS compilation' },
  'css.PostCSS': { feature: 'PostCSS' },
  'css.TailwindCSS': { feature: 'TailwindCSS' },
  'resources.PostCSS': { feature: 'PostCSS', aliases: ['postCSS'] },
  'resources.Babel': { feature: 'Babel', aliases: ['babel'] },
  'resources.PostProcess': { feature: 'resources.PostProcess' },
  'resources.GetRemote': { feature: 'remote resources (no network access)' },
  'js.Build': { feature: 'JavaScript bundling (esbuild)' },
  'data.GetJSON': { feature: 'remote data (no network access)', aliases: ['getJSON'] },
  'data.GetCSV': { feature: 'remote data (no network access)', aliases: ['getCSV'] },
  'images.Config': { feature: 'image processing' },
  'images.Filter': { feature: 'image processing' },
  'images.Overlay': { feature: 'image processing' },
  'images.Text': { feature: 'image processing' },
  'images.Brightness': { feature: 'image processing' },
  'images.ColorBalance': { feature: 'image processing' },
  'images.Colorize': { feature: 'image processing' },
  'images.Contrast': { feature: 'image processing' },
  'images.Gamma': { feature: 'image processing' },
  'images.GaussianBlur': { feature: 'image processing' },
  'images.Grayscale': { feature: 'image processing' },
  'images.Hue': { feature: 'image processing' },
  'images.Invert': { feature: 'image processing' },
  'images.Opacity': { feature: 'image processing' },
  'images.Pixelate': { feature: 'image processing' },
  'images.Saturation': { feature: 'image processing' },
  'images.Sepia': { feature: 'image processing' },
  'images.Sigmoid': { feature: 'image processing' },
  'images.UnsharpMask': { feature: 'image processing' },
};

export function unsupported(name: string, feature: string): () => never {
  return () => {
    throw new Error(`${name} is not supported by vellum (${feature}); remove the call or use a prebuilt file from static/`);
  };
}

export const resourcesNamespace: Namespace = (hooks, funcs) => {
  const pipes = () => {
    const r = (hooks as FuncHooks & ResourceHooks).resources;
    if (r === undefined) throw new Error('Hugo Pipes are not available here (no assets/ folder wired in)');
    return r;
  };
  const defs: FuncDef[] = [
    { name: 'resources.Get', fn: (name: unknown) => pipes().get(toStringE(name)) },
    { name: 'resources.GetMatch', fn: (pattern: unknown) => pipes().getMatch(toStringE(pattern)) },
    { name: 'resources.Match', fn: (pattern: unknown) => pipes().match(toStringE(pattern)) },
    { name: 'resources.Concat', fn: (target: unknown, list: unknown) => pipes().concat(toStringE(target), list) },
    { name: 'resources.ExecuteAsTemplate', fn: (target: unknown, data: unknown, resource: unknown) =>
      pipes().executeAsTemplate(toStringE(target), data, resource) },
    { name: 'resources.Minify', aliases: ['minify'], fn: (resource: unknown) => pipes().minify(resource) },
    // `fingerprint` alone is sha256; `resources.Fingerprint "sha512"` names the algorithm first.
    { name: 'resources.Fingerprint', aliases: ['fingerprint'], fn: (...args: unknown[]) =>
      args.length >= 2 ? pipes().fingerprint(toStringE(args[0]), args[1]) : pipes().fingerprint('sha256', args[0]) },
    { name: 'resources.FromString', fn: (target: unknown, content: unknown) => pipes().fromString(toStringE(target), toStringE(content)) },
    // Hugo's strings namespace has this alias; themes (archie, PaperMod) use it.
    { name: 'hasPrefix', fn: (...args: unknown[]) => funcs['strings.HasPrefix']!(...args),
      examples: [['{{ hasPrefix "vellum" "vel" }}', 'true']] },
  ];
  for (const [name, { feature, aliases }] of Object.entries(UNSUPPORTED)) {
    defs.push({ name, aliases, fn: unsupported(name, feature) });
  }
  return defs;
};
