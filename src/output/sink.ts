/**
 * Where rendered files go. A build writes through a sink so the same pipeline
 * serves `vellum build` (a staging folder on disk) and `vellum serve` (memory).
 */

import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface OutputSink {
  /** `path` is relative to the output root, posix separators ("privacy/index.html"). */
  write(path: string, contents: string | Uint8Array): Promise<void>;
  /** Copies a source file (static/ or a bundle resource) to `path`. */
  copy(path: string, fromAbs: string): Promise<void>;
}

/**
 * Writes into a (fresh, staging) folder, creating parent folders once each.
 * Writes are synchronous on purpose: thousands of small files go out faster
 * one syscall after another than through the thread pool's four workers,
 * and the page just rendered can be dropped from memory at once.
 */
export class DiskSink implements OutputSink {
  private readonly made = new Set<string>();
  readonly written: string[] = [];
  constructor(readonly root: string) {}

  private ensureDir(path: string): void {
    const dir = dirname(join(this.root, path));
    if (this.made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }

  async write(path: string, contents: string | Uint8Array): Promise<void> {
    this.ensureDir(path);
    writeFileSync(join(this.root, path), contents);
    this.written.push(path);
  }

  async copy(path: string, fromAbs: string): Promise<void> {
    this.ensureDir(path);
    copyFileSync(fromAbs, join(this.root, path));
    this.written.push(path);
  }
}

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
