/**
 * Hugo's output format objects (`.OutputFormats.Get "rss"`, `.Permalink` of
 * a format): which formats a page kind is rendered to comes from the
 * `outputs` config, minus disabled kinds.
 */

export class MediaType {
  static readonly goTypeName = 'media.Type';
  constructor(readonly Type: string, readonly Suffixes: string[]) {}
  get MainType(): string { return this.Type.split('/')[0]!; }
  get SubType(): string { return this.Type.split('/')[1]!; }
  get Suffix(): string { return this.Suffixes[0] ?? ''; }
  String(): string { return this.Type; }
}

export class OutputFormat {
  static readonly goTypeName = 'page.OutputFormat';
  constructor(
    readonly Name: string,
    readonly Rel: string,
    readonly MediaType: MediaType,
    readonly Permalink: string,
    readonly RelPermalink: string,
  ) {}
  get Format(): this { return this; }
}

export class OutputFormats extends Array<OutputFormat> {
  static readonly goTypeName = 'page.OutputFormats';
  /** `.Get "rss"`: case-insensitive, nil when the page has no such format. */
  Get(name: unknown): OutputFormat | null {
    const wanted = String(name).toLowerCase();
    return this.find((f) => f.Name.toLowerCase() === wanted) ?? null;
  }
}

export const HTML_TYPE = new MediaType('text/html', ['html']);
export const RSS_TYPE = new MediaType('application/rss+xml', ['xml', 'rss']);
