/** How the CLI talks: results to stdout, warnings and errors to stderr, levels as Hugo's. */

import { codeFrame, isVellumError } from '../errors/index.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Reporter {
  info(line: string): void;
  debug(line: string): void;
  warn(line: string): void;
  error(error: unknown): void;
}

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export function createReporter(flags: { quiet?: boolean; logLevel?: LogLevel }): Reporter {
  const level = ORDER[flags.logLevel ?? (flags.quiet === true ? 'warn' : 'info')];
  const color = process.stderr.isTTY === true && process.env['NO_COLOR'] === undefined;
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  return {
    info: (line) => { if (level <= ORDER.info) process.stdout.write(`${line}\n`); },
    debug: (line) => { if (level <= ORDER.debug) process.stderr.write(`${paint('2', line)}\n`); },
    warn: (line) => { if (level <= ORDER.warn) process.stderr.write(`${paint('33', 'WARN')} ${line}\n`); },
    error: (error) => { process.stderr.write(`${paint('31', 'ERROR')} ${formatError(error)}\n`); },
  };
}

/** A VellumError with its code frame; anything else with its stack (a bug in vellum). */
export function formatError(error: unknown): string {
  if (isVellumError(error)) {
    const frame = error.source === undefined ? '' : codeFrame(error.source, error.line, error.column);
    return frame === '' ? error.message : `${error.message}\n\n${frame}\n`;
  }
  if (error instanceof Error) return `${error.stack ?? error.message}\n(this is a bug in vellum; please report it)`;
  return String(error);
}
