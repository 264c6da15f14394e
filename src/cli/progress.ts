/**
 * A one-line page counter for long builds, drawn on stderr only when it is an
 * interactive terminal: piped output, CI logs and `--quiet` stay clean.
 */

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressOptions {
  quiet?: boolean;
  logLevel?: string;
  /** Below this many pages nothing is drawn (a small build is over before a line would help). Default 300. */
  minPages?: number;
  /** Least time between redraws; default 100 ms. */
  intervalMs?: number;
  stream?: ProgressStream;
  now?: () => number;
}

/** An `onProgress` for `build()`, or undefined when nothing should be drawn. */
export function progressLine(options: ProgressOptions = {}): ((done: number, total: number) => void) | undefined {
  const stream = options.stream ?? process.stderr;
  const quiet = options.quiet === true || options.logLevel === 'warn' || options.logLevel === 'error';
  if (stream.isTTY !== true || quiet) return undefined;
  const minPages = options.minPages ?? 300;
  const intervalMs = options.intervalMs ?? 100;
  const now = options.now ?? (() => performance.now());
  let last = -Infinity;
  return (done, total) => {
    if (total < minPages) return;
    if (done >= total) {
      stream.write('\r\u001b[K'); // clear the line so the summary starts clean
      return;
    }
    const t = now();
    if (t - last < intervalMs) return;
    last = t;
    const width = String(total).length;
    stream.write(`\r\u001b[KRendering pages ${String(done).padStart(width)}/${total} (${Math.floor((done / total) * 100)}%)`);
  };
}
