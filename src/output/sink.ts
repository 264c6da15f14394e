/**
 * Where rendered files go. A build writes through a sink so the same pipeline
 * serves `vellum build` (a staging folder on disk) and `vellum serve` (memory).
 */

import { mkdir, writeFile, copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface OutputSink {
  /** `path` is relative to the output root, posix separators ("privacy/index.html"). */
  write(path: string, contents: string | Uint8Array): Promise<void>;
  /** Copies a source file (static/ or a bundle resource) to `path`. */
  copy(path: string, fromAbs: string): Promise<void>;
}

/** Writes into a folder, creating parent folders once each. */
export class DiskSink implements OutputSink {
  private readonly made = new Set<string>();
  readonly written: string[] = [];
  constructor(readonly root: string) {}

  private async ensureDir(path: string): Promise<void> {
    const dir = dirname(join(this.root, path));
    if (this.made.has(dir)) return;
    await mkdir(dir, { recursive: true });
    this.made.add(dir);
  }

  async write(path: string, contents: string | Uint8Array): Promise<void> {
    await this.ensureDir(path);
    await writeFile(join(this.root, path), contents);
    this.written.push(path);
  }

  async copy(path: string, fromAbs: string): Promise<void> {
    await this.ensureDir(path);
    await copyFile(fromAbs, join(this.root, path));
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
