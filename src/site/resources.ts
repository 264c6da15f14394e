/**
 * Resources as Hugo's templates see them: a page bundle's files
 * (`.Resources`) and, through render/resources/, Hugo Pipes' assets. Both
 * share Hugo 0.111.3's media types and its resource collection methods
 * (`ByType`, `Get`, `GetMatch`, `Match`, whose patterns are globs matched
 * case-insensitively against the resource's name).
 */

export class MediaType {
  static readonly goTypeName = 'media.Type';
  constructor(readonly MainType: string, readonly SubType: string, readonly Suffixes: string[]) {}
  get Type(): string { return `${this.MainType}/${this.SubType}`; }
  get Suffix(): string { return this.Suffixes[0] ?? ''; }
  get Delimiter(): string { return '.'; }
  String(): string { return this.Type; }
}

// Hugo 0.111's built-in media types, by suffix.
const MEDIA: Record<string, [string, string]> = {
  css: ['text', 'css'], scss: ['text', 'x-scss'], sass: ['text', 'x-sass'], csv: ['text', 'csv'], html: ['text', 'html'], htm: ['text', 'html'],
  js: ['text', 'javascript'], jsx: ['text', 'jsx'], ts: ['text', 'typescript'], tsx: ['text', 'tsx'], json: ['application', 'json'],
  xml: ['application', 'xml'], rss: ['application', 'rss+xml'], txt: ['text', 'plain'], md: ['text', 'markdown'], toml: ['application', 'toml'],
  yaml: ['application', 'yaml'], yml: ['application', 'yaml'], svg: ['image', 'svg+xml'], png: ['image', 'png'], jpg: ['image', 'jpeg'],
  jpeg: ['image', 'jpeg'], gif: ['image', 'gif'], webp: ['image', 'webp'], bmp: ['image', 'bmp'], tif: ['image', 'tiff'], tiff: ['image', 'tiff'],
  ico: ['image', 'x-icon'], pdf: ['application', 'pdf'], woff: ['font', 'woff'], woff2: ['font', 'woff2'], ttf: ['font', 'ttf'], otf: ['font', 'otf'],
  mp3: ['audio', 'mpeg'], mp4: ['video', 'mp4'], webm: ['video', 'webm'], ogg: ['audio', 'ogg'], wasm: ['application', 'wasm'],
};

export function mediaTypeOf(name: string): MediaType {
  const dot = name.lastIndexOf('.');
  const suffix = dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
  const known = MEDIA[suffix];
  if (known === undefined) return new MediaType('application', 'octet-stream', suffix === '' ? [] : [suffix]);
  return new MediaType(known[0], known[1], [suffix]);
}

/** Hugo's resource type: the main media type ("image", "text", "application", …). */
export function resourceTypeOf(media: MediaType): string {
  return media.MainType;
}

/** Glob → RegExp as Hugo's resource matching uses it: `*` stays within a path segment, `**` crosses them, `{a,b}` alternates. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') { out += '.*'; i++; } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') out += '(?:';
    else if (c === '}') out += ')';
    else if (c === ',') out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 'i');
}

/** Hugo's image-processing methods; vellum has no image processing, so each fails naming itself. */
const IMAGE_METHODS = ['Resize', 'Fill', 'Fit', 'Crop', 'Filter', 'Exif', 'Colors', 'Width', 'Height'] as const;

export function imageProcessingUnsupported(method: string): never {
  throw new Error(`image processing (.${method}) is not supported by vellum; link the original file with .RelPermalink, or resize it beforehand`);
}

/** Adds the image methods to a resource class: calling one (or reading .Width/.Height) is an error naming it. */
export function withImageMethods(target: { prototype: object }): void {
  // Methods, not getters: the executor calls a zero-argument method on field access and
  // reports what it throws with the template position.
  for (const method of IMAGE_METHODS) {
    Object.defineProperty(target.prototype, method, { value: () => imageProcessingUnsupported(method), configurable: true });
  }
}

/** What a collection needs of a resource. */
export interface NamedResource {
  readonly Name: string;
  readonly ResourceType: string;
}

/** `.Resources` and the results of `resources.Match`: an array with Hugo's lookup methods. */
export class ResourceList<T extends NamedResource> extends Array<T> {
  static readonly goTypeName = 'resource.Resources';

  static create<T extends NamedResource>(items: readonly T[]): ResourceList<T> {
    const list = new ResourceList<T>();
    list.push(...items);
    return list;
  }

  ByType(type: unknown): ResourceList<T> {
    return ResourceList.create(this.filter((r) => r.ResourceType === String(type)));
  }

  /** The resource named exactly so (case-insensitive), or nil. */
  Get(name: unknown): T | null {
    const wanted = String(name).toLowerCase();
    return this.find((r) => r.Name.toLowerCase() === wanted) ?? null;
  }

  GetMatch(pattern: unknown): T | null {
    const re = globToRegExp(String(pattern));
    return this.find((r) => re.test(r.Name)) ?? null;
  }

  Match(pattern: unknown): ResourceList<T> {
    const re = globToRegExp(String(pattern));
    return ResourceList.create(this.filter((r) => re.test(r.Name)));
  }
}

/** A file of a page bundle. */
export class PageResource implements NamedResource {
  static readonly goTypeName = 'resource.Resource';
  readonly MediaType: MediaType;
  constructor(
    /** Relative to the bundle: "images/cover.png". */
    readonly Name: string,
    readonly RelPermalink: string,
    readonly Permalink: string,
  ) {
    this.MediaType = mediaTypeOf(Name);
  }
  get ResourceType(): string { return resourceTypeOf(this.MediaType); }
  get Title(): string { return this.Name; }
  get Params(): Record<string, unknown> { return {}; }
  get Key(): string { return this.RelPermalink; }
}
withImageMethods(PageResource);

/** What bundleResources needs of a page. */
interface BundlePage {
  readonly file: { path: string; resources: string[] } | null;
  readonly outputFile: string;
  readonly site: { permalinkOf(path: string): string; relPermalinkOf(path: string): string };
}

/** A page's bundle files (content files excluded), published next to the page as build.ts copies them. */
export function bundleResources(page: BundlePage): ResourceList<PageResource> {
  if (page.file === null) return ResourceList.create([]);
  const bundleDir = page.file.path.slice(0, page.file.path.lastIndexOf('/') + 1);
  const outDir = page.outputFile.slice(0, page.outputFile.lastIndexOf('/') + 1);
  const items: PageResource[] = [];
  for (const resource of page.file.resources) {
    if (/\.(md|markdown|mdown|html?)$/i.test(resource)) continue;
    const name = resource.slice(bundleDir.length);
    const url = `/${outDir}${name}`;
    items.push(new PageResource(name, page.site.relPermalinkOf(url), page.site.permalinkOf(url)));
  }
  return ResourceList.create(items);
}
