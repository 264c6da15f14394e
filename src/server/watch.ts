/**
 * chokidar over the builder's watch paths, reduced to raw file events. The
 * debounce, coalescing and queueing live in queue.ts and coalesce.ts, which
 * are tested without a file system.
 */
import { watch } from 'chokidar';
import { existsSync, readdirSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { RawEvent } from './coalesce.js';

export interface WatchOptions {
  paths: string[];
  /** Polling for WSL, Docker and network drives, where native events are lost; a number is the interval in ms. */
  poll: boolean | number;
  onEvent(event: RawEvent): void;
  onError(error: unknown): void;
}

export interface SourceWatcher {
  /** The builder is about to read these files: later writes to them are what counts as new. */
  noteRead(paths: readonly string[]): void;
  close(): Promise<void>;
}

/** Hugo polls every 500 ms by default; a shorter interval keeps polled saves feeling live. */
const defaultPollMs = 150;

export async function watchSources(options: WatchOptions): Promise<SourceWatcher> {
  const polling = options.poll !== false;
  const common = {
    ignoreInitial: true,
    // Our own coalescing handles unlink+add pairs without chokidar's 100 ms hold on unlinks.
    atomic: false,
    usePolling: polling,
    interval: typeof options.poll === 'number' ? options.poll : defaultPollMs,
    binaryInterval: typeof options.poll === 'number' ? options.poll : defaultPollMs * 2,
    ignorePermissionErrors: true,
  };
  const trailing = createTrailingCheck(options.onEvent);
  const seenSinceReady = new Set<string>();
  const forward = (event: string, path: string): void => {
    // Folder events are ignored: chokidar reports the files inside them too.
    if (event === 'add' || event === 'change' || event === 'unlink') {
      seenSinceReady.add(resolve(path));
      options.onEvent({ event, path });
      trailing.arm(path, event);
    }
  };
  const watchers = [watch(options.paths, common)];
  watchers[0]!.on('all', forward);
  // chokidar 4 never reports a watched *file* that did not exist when watching began,
  // and a folder created later (data/) can fill before chokidar watches inside it: paths
  // missing at start are also watched through their parent, which ignores everything but
  // them and what comes to be inside them. An event seen by both watchers is coalesced later.
  const missing = [...new Set(options.paths.filter((p) => !existsSync(p)).map((p) => resolve(p)))];
  if (missing.length > 0) {
    const parents = [...new Set(missing.map((p) => dirname(p)))].filter((p) => existsSync(p));
    const concerns = (path: string): boolean => {
      const abs = resolve(path);
      return missing.some((m) => abs === m || abs.startsWith(m + sep));
    };
    const parentWatcher = watch(parents, { ...common, ignored: (path: string) => !parents.includes(resolve(path)) && !concerns(path) });
    parentWatcher.on('all', (event, path) => {
      if (concerns(path)) forward(event, path);
    });
    watchers.push(parentWatcher);
  }
  for (const watcher of watchers) watcher.on('error', options.onError);
  await Promise.all(watchers.map((watcher) => new Promise<void>((done) => watcher.once('ready', () => done()))));
  const startCheck = checkAfterReady(options.paths, seenSinceReady, options.onEvent);
  return {
    noteRead: (paths) => trailing.noteRead(paths),
    close: async () => {
      clearTimeout(startCheck);
      trailing.close();
      await Promise.all(watchers.map((watcher) => watcher.close()));
    },
  };
}

/**
 * chokidar's 'ready' can come before the native watcher of every folder is
 * attached (seen on Linux under load), so an edit made in the first moments
 * after it could go unseen. The files are compared once more shortly after,
 * and a difference no event reported becomes one.
 */
const startCheckMs = 400;

function checkAfterReady(paths: readonly string[], seen: ReadonlySet<string>, onEvent: (event: RawEvent) => void): NodeJS.Timeout {
  const before = signatures(paths);
  const timer = setTimeout(() => {
    const after = signatures(paths);
    for (const [path, sig] of after) {
      if (seen.has(path)) continue;
      const old = before.get(path);
      if (old === undefined) onEvent({ event: 'add', path });
      else if (old !== sig) onEvent({ event: 'change', path });
    }
    for (const path of before.keys()) if (!after.has(path) && !seen.has(path)) onEvent({ event: 'unlink', path });
  }, startCheckMs);
  timer.unref();
  return timer;
}

/** Size and mtime of every file below the watched paths. */
function signatures(paths: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (path: string): void => {
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      let names: string[] = [];
      try {
        names = readdirSync(path);
      } catch {
        return;
      }
      for (const name of names) visit(join(path, name));
    } else {
      out.set(path, `${stats.size}:${stats.mtimeMs}`);
    }
  };
  for (const path of paths) visit(resolve(path));
  return out;
}

/**
 * chokidar drops a second 'change' for the same file within 50 ms of the
 * first (its `_throttle('change', path, 50)`), so the last write of a quick
 * save, or a fix saved right after a broken save, could go unseen. After each
 * event we look at the file once more when that window is over and report a
 * change if it differs from what it was when the event came.
 */
const chokidarChangeThrottleMs = 50;

interface TrailingCheck {
  arm(path: string, event: RawEvent['event']): void;
  noteRead(paths: readonly string[]): void;
  close(): void;
}

function createTrailingCheck(onEvent: (event: RawEvent) => void): TrailingCheck {
  const armed = new Map<string, { timer: NodeJS.Timeout; before: string }>();
  const look = (path: string): string => {
    let stats: Stats | undefined;
    try {
      stats = statSync(path);
    } catch {
      return 'missing';
    }
    return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
  };
  return {
    arm(path, event) {
      clearTimeout(armed.get(path)?.timer);
      const entry = {
        before: event === 'unlink' ? 'missing' : look(path),
        timer: setTimeout(() => {
          armed.delete(path);
          const now = look(path);
          if (now === entry.before) return;
          if (now === 'missing') onEvent({ event: 'unlink', path });
          else onEvent({ event: entry.before === 'missing' ? 'add' : 'change', path });
        }, chokidarChangeThrottleMs + 15),
      };
      entry.timer.unref();
      armed.set(path, entry);
    },
    noteRead(paths) {
      for (const path of paths) {
        const entry = armed.get(path);
        if (entry !== undefined) entry.before = look(path);
      }
    },
    close() {
      for (const { timer } of armed.values()) clearTimeout(timer);
      armed.clear();
    },
  };
}
