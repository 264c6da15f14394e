import { VellumError, positionAt } from '../../errors/index.js';
import type { Tree } from './ast.js';

export interface TemplateErrorInit {
  code: 'template-parse' | 'template-exec';
  /** The template being parsed or executed (a file's name or a `define`). */
  template: string;
  file?: string;
  line?: number;
  column?: number;
  source?: string;
  message: string;
  cause?: unknown;
}

/**
 * A parse or execution error in a template, with its position as data. The
 * message reads like Go's: `executing "main" at <.Titel>: can't evaluate
 * field Titel in type Page`, prefixed with `file:line:col: ` by VellumError.
 */
export class TemplateError extends VellumError {
  readonly template: string;

  constructor(init: TemplateErrorInit) {
    super({ ...init, file: init.file || init.template });
    this.name = 'TemplateError';
    this.template = init.template;
  }
}

/** An error at character offset `pos` of `tree`'s source. */
export function errorAt(
  code: TemplateErrorInit['code'],
  tree: Pick<Tree, 'name' | 'file' | 'source'>,
  pos: number,
  message: string,
  cause?: unknown,
): TemplateError {
  const { line, column } = positionAt(tree.source, pos);
  return new TemplateError({ code, template: tree.name, file: tree.file, line, column, source: tree.source, message, cause });
}
