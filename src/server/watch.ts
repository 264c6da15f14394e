/**
 * chokidar over the builder's watch paths, reduced to raw file events. The
 * debounce, coalescing and queueing live in queue.ts and coalesce.ts, which
 * are tested without a file system.
 */
import { watch } from 'chokidar';
import type { RawEvent } from './coalesce.js';

export interface WatchOptions {
  paths: string[];
  /** Polling for WSL, Docker and network drives, where native events are lost; a number is the interval in ms. */
  poll: boolean | number;
  onEvent(event: RawEvent): void;
  onError(error: unknown): void;
}

export interface SourceWatcher {
  close(): Promise<void>;
}

/** Hugo polls every 500 ms by default; a shorter interval keeps polled saves feeling live. */
const defaultPollMs = 150;

export async function watchSources(options: WatchOptions): Promise<SourceWatcher> {
  const polling = options.poll !== false;
  const watcher = watch(options.paths, {
    ignoreInitial: true,
    // Our own coalescing handles unlink+add pairs without chokidar's 100 ms hold on unlinks.
    atomic: false,
    usePolling: polling,
    interval: typeof options.poll === 'number' ? options.poll : defaultPollMs,
    binaryInterval: typeof options.poll === 'number' ? options.poll : defaultPollMs * 2,
    ignorePermissionErrors: true,
  });
  watcher.on('all', (event, path) => {
    // Folder events are ignored: chokidar reports the files inside them too.
    if (event === 'add' || event === 'change' || event === 'unlink') options.onEvent({ event, path });
  });
  watcher.on('error', options.onError);
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    close: () => watcher.close(),
  };
}
