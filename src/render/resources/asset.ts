/**
 * A Hugo Pipes resource: a file from `assets/` or one made by a pipe
 * (minify, fingerprint, concat, fromString, executeAsTemplate). As in Hugo,
 * a resource is written to the output only once its `.RelPermalink` or
 * `.Permalink` is read; `.Content` alone publishes nothing.
 */

import { mediaTypeOf, resourceTypeOf, withImageMethods, type MediaType, type NamedResource } from '../../site/resources.js';

/** Where published resources go, and how their URLs are made. */
export interface AssetPublisher {
  /** Records `target` (relative, posix) for writing after rendering; idempotent. */
  publish(target: string, content: string | Uint8Array): void;
  relPermalinkOf(path: string): string;
  permalinkOf(path: string): string;
}

export class Asset implements NamedResource {
  static readonly goTypeName = 'resource.Resource';
  readonly MediaType: MediaType;
  readonly Data: Record<string, unknown>;

  constructor(
    /** The name it was created under ("css/main.css"); kept through the pipes, as in Hugo. */
    readonly Name: string,
    /** Output path relative to the publish root, changed by pipes ("css/main.min.css"). */
    readonly target: string,
    readonly bytes: string | Uint8Array,
    private readonly publisher: AssetPublisher,
    data: Record<string, unknown> = {},
  ) {
    this.MediaType = mediaTypeOf(target);
    this.Data = data;
  }

  get ResourceType(): string { return resourceTypeOf(this.MediaType); }
  get Title(): string { return this.Name; }
  get Params(): Record<string, unknown> { return {}; }
  get Key(): string { return this.target; }

  /** The text (Hugo's `.Content` of a text resource). */
  get Content(): string {
    return typeof this.bytes === 'string' ? this.bytes : Buffer.from(this.bytes).toString('utf8');
  }

  get RelPermalink(): string {
    this.publisher.publish(this.target, this.bytes);
    return this.publisher.relPermalinkOf(`/${this.target}`);
  }

  get Permalink(): string {
    this.publisher.publish(this.target, this.bytes);
    return this.publisher.permalinkOf(`/${this.target}`);
  }

  /** A new resource from this one: same name, new path/content/data. */
  derive(target: string, bytes: string | Uint8Array, data: Record<string, unknown> = this.Data): Asset {
    return new Asset(this.Name, target, bytes, this.publisher, data);
  }

  String(): string { return this.Name; }
}
withImageMethods(Asset);
