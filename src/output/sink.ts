/**
 * Where rendered files go. A build writes through a sink so the same pipeline
 * serves `vellum build` (a staging folder on disk) and `vellum serve` (memory).
 */

import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface OutputSink {
  /** `path` is relative to the output root, posix separators ("privacy/index.html"). */
  write(path: string, contents: string | Uint8Array): Promise<void>;
  /** Copies a source file (static/ or a bundle resource) to `path`. */
  copy(path: string, fromAbs: string): Promise<void>;
}

/**
 * Writes into a (fresh, staging) folder. Writes go through the thread pool
 * while the caller renders the next page: up to `MAX_IN_FLIGHT` at once, so
 * memory stays bounded and file-system latency overlaps with rendering.
 * Each folder is created once, before the first write into it. `flush()`
 * waits for every write and reports the first failure.
 */
export class DiskSink implements OutputSink {
  private readonly folders = new Map<string, Promise<unknown>>();
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown;
  readonly written: string[] = [];
  constructor(readonly root: string) {}

  private folder(path: string): Promise<unknown> {
    const dir = dirname(join(this.root, path));
    let made = this.folders.get(dir);
    if (made === undefined) {
      made = mkdir(dir, { recursive: true });
      this.folders.set(dir, made);
    }
    return made;
  }

  private async track(path: string, io: () => Promise<void>): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    const job: Promise<void> = this.folder(path)
      .then(io)
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.inFlight.delete(job));
    this.inFlight.add(job);
    this.written.push(path);
    if (this.inFlight.size >= MAX_IN_FLIGHT) await Promise.race(this.inFlight);
  }

  write(path: string, contents: string | Uint8Array): Promise<void> {
    return this.track(path, () => writeFile(join(this.root, path), contents));
  }

  copy(path: string, fromAbs: string): Promise<void> {
    return this.track(path, () => copyFile(fromAbs, join(this.root, path)));
  }

  /** Waits for every pending write; throws the first that failed. */
  async flush(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
    if (this.failure !== undefined) throw this.failure;
  }
}

const MAX_IN_FLIGHT = 64;

/** Keeps every file in memory, for the dev server. */
export class MemorySink implements OutputSink {
  readonly files = new Map<string, Uint8Array>();
  constructor(private readonly readFile: (abs: string) => Promise<Uint8Array>) {}

  async write(path: string, contents: string | Uint8Array): Promise<void> {
    this.files.set(path, typeof contents === 'string' ? Buffer.from(contents) : contents);
  }

  async copy(path: string, fromAbs: string): Promise<void> {
    this.files.set(path, await this.readFile(fromAbs));
  }
}
