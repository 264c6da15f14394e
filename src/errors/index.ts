/**
 * One error type for everything the user can fix: it carries its position as
 * data, so the terminal and the dev server's overlay render the same object
 * and nothing ever parses a message to recover a line number.
 */

export type ErrorCode =
  | 'config'
  | 'front-matter'
  | 'content'
  | 'template-parse'
  | 'template-exec'
  | 'markdown'
  | 'shortcode'
  | 'output'
  | 'usage'
  | 'internal';

export interface ErrorInit {
  code: ErrorCode;
  message: string;
  /** Path of the file at fault, relative to the site root where possible. */
  file?: string;
  /** 1-based line, 0 when unknown. */
  line?: number;
  /** 1-based column, 0 when unknown. */
  column?: number;
  /** The file's text, when at hand, so a code frame can be shown. */
  source?: string;
  cause?: unknown;
}

export class VellumError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly line: number;
  readonly column: number;
  /** The message without the position prefix. */
  readonly reason: string;
  source: string | undefined;

  constructor(init: ErrorInit) {
    super(formatPosition(init.file, init.line ?? 0, init.column ?? 0) + init.message, { cause: init.cause });
    this.name = 'VellumError';
    this.code = init.code;
    this.file = init.file;
    this.line = init.line ?? 0;
    this.column = init.column ?? 0;
    this.reason = init.message;
    this.source = init.source;
  }

  /** The error as plain data, e.g. for the dev server's overlay. */
  toJSON(): { code: ErrorCode; message: string; file?: string; line: number; column: number; frame?: string } {
    const frame = this.source === undefined ? undefined : codeFrame(this.source, this.line, this.column);
    return { code: this.code, message: this.message, file: this.file, line: this.line, column: this.column, frame };
  }
}

/** `file:line:col: ` with the parts that are known. */
export function formatPosition(file: string | undefined, line: number, column: number): string {
  if (file === undefined || file === '') return '';
  if (line <= 0) return `${file}: `;
  if (column <= 0) return `${file}:${line}: `;
  return `${file}:${line}:${column}: `;
}

/**
 * The lines around `line` with a caret under `column`, as compilers print
 * them. Lines and columns are 1-based; out-of-range positions give ''.
 */
export function codeFrame(source: string, line: number, column: number, context = 2): string {
  const lines = source.split(/\r?\n/);
  if (line < 1 || line > lines.length) return '';
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${lines[n - 1]}`);
    if (n === line && column > 0) out.push(`  ${' '.repeat(width)} | ${' '.repeat(column - 1)}^`);
  }
  return out.join('\n');
}

/** 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function isVellumError(error: unknown): error is VellumError {
  return error instanceof VellumError;
}
