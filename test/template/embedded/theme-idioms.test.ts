// Idioms the surveyed themes (archie, ink, PaperMod, terminal) rely on, with what Hugo 0.111.3 printed for them.
import { describe, expect, it } from 'vitest';
import { TemplateSet } from '../../../src/template/engine/index.js';
import { createFuncMap } from '../../../src/template/funcs/index.js';

const funcs = createFuncMap({ markdownify: String, relURL: String, absURL: String, partial: () => '', now: () => { throw new Error('unused'); } });
const render = (text: string, data: unknown = {}) => new TemplateSet({ funcs }).add('t', text).execute('t', data);

describe('theme idioms', () => {
  it.each([
    ['{{ gt (slice "a" "b") 0 }}', 'true'],
    ['{{ gt (slice) 0 }}', 'false'],
    ['{{ lt (slice 1 2) 3 }}', 'true'],
    ['{{ gt (slice 1 2) 2 }}', 'false'],
    ['{{ eq (slice 1) 1 }}', 'false'],
    ['{{ gt (dict "a" 1) 0 }}', 'true'],
  ])('%s is %s: lt/gt compare a slice or map by its length', (text, expected) => {
    expect(render(text)).toBe(expected);
  });

  it('a chain of missing params prints nothing', () => {
    expect(render('[{{ .Params.analytics.google.SiteVerificationTag }}]', { Params: {} })).toBe('[]');
  });

  it('hasPrefix is strings.HasPrefix', () => {
    expect(render('{{ hasPrefix "simple:github" "simple:" }}')).toBe('true');
  });

  it('js.Build is Hugo\'s function, not Go\'s js escaper with a field', () => {
    expect(() => render('{{ "x" | js.Build }}')).toThrow(/js\.Build is not supported by vellum/);
  });
});
