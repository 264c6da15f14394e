import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/template/engine/index.js';

describe('the engine contract', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'DEFAULT_MAX_DEPTH',
      'GoFloat',
      'SafeCSS',
      'SafeHTML',
      'SafeHTMLAttr',
      'SafeJS',
      'SafeJSStr',
      'SafeURL',
      'TemplateError',
      'TemplateSet',
      'builtins',
      'equal',
      'formatValue',
      'goTypeName',
      'htmlEscape',
      'isFloat',
      'isInt',
      'isMap',
      'isNumber',
      'isPlainObject',
      'jsEscape',
      'lookupField',
      'missing',
      'nodeToString',
      'parse',
      'queryEscape',
      'sprint',
      'sprintf',
      'sprintln',
      'toNumber',
      'truth',
    ]);
  });
});
