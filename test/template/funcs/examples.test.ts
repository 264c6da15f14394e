import { describe, it, expect } from 'vitest';
import { TemplateSet } from '../../../src/template/engine/index.js';
import { createFuncMap, functionDocs } from '../../../src/template/funcs/index.js';
import { testHooks } from './test-hooks.js';

// Every example's expected output was checked against real Hugo 0.111.3 by
// rendering all examples in one scratch Hugo site and comparing, except
// emojify's escaping (deliberately safer than Hugo) and those that need vellum's hooks (partial, now, relURL, markdownify),
// which run against the small site these hooks describe: baseURL https://example.org/.

const examples = functionDocs.flatMap((d) => d.examples.map(([template, expected]) => ({ fn: d.name, template, expected })));

describe('every documented example renders as documented', () => {
  it.each(examples)('$fn: $template', ({ template, expected }) => {
    const set = new TemplateSet({ funcs: createFuncMap(testHooks()) });
    set.add('example', template);
    expect(set.execute('example', null)).toBe(expected);
  });
});

describe('the function list', () => {
  const funcs = createFuncMap(testHooks());

  it.each([
    'default', 'cond', 'dict', 'slice', 'first', 'last', 'after', 'in', 'where', 'sort', 'delimit', 'split', 'replace',
    'replaceRE', 'findRE', 'trim', 'upper', 'lower', 'title', 'humanize', 'urlize', 'truncate', 'plainify', 'htmlEscape',
    'htmlUnescape', 'markdownify', 'safeHTML', 'safeHTMLAttr', 'safeURL', 'safeCSS', 'safeJS', 'jsonify', 'string', 'int',
    'float', 'add', 'sub', 'mul', 'div', 'mod', 'math.Round', 'isset', 'seq', 'now', 'time', 'dateFormat', 'relURL',
    'absURL', 'partial', 'partialCached', 'strings.HasPrefix', 'strings.HasSuffix', 'strings.Contains', 'strings.Trim',
    'strings.Repeat', 'path.Base', 'path.Dir', 'union', 'uniq', 'complement', 'symdiff', 'intersect', 'append',
    'newScratch', 'errorf', 'warnf', 'emojify', 'md5', 'sha1', 'sha256', 'base64Encode', 'base64Decode', 'countwords',
    'countrunes', 'chomp', 'getenv', 'pluralize', 'singularize', 'ref', 'relref', 'T', 'i18n', 'eq', 'ne', 'lt', 'le', 'gt', 'ge',
  ])('has %s', (name) => {
    expect(typeof funcs[name]).toBe('function');
  });

  it.each(['strings.TrimSpace', 'reverse', 'math.Abs'])('has no %s, like Hugo 0.111', (name) => {
    expect(funcs[name]).toBeUndefined();
  });

  it('registers every alias to the same function as its namespaced name', () => {
    for (const doc of functionDocs) for (const alias of doc.aliases) expect(funcs[alias]).toBe(funcs[doc.name]);
  });
});
