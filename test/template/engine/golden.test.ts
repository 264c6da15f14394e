import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs helper shared with the generator script
import { readCases } from './golden/cases.mjs';
import { render } from './helpers.js';

// Expected outputs were produced by real Hugo 0.111.3 rendering cases.txt as a
// plain-text output format (Go's text/template); see golden/generate.mjs.
const dir = new URL('./golden/', import.meta.url);
const cases = readCases(readFileSync(new URL('cases.txt', dir), 'utf8')) as { name: string; template: string }[];
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')).cases as Record<string, string>;

describe('templates render as Hugo 0.111.3 renders them', () => {
  it('has an expected output for every case', () => {
    expect(cases.map((c) => c.name).filter((name) => !(name in expected))).toEqual([]);
  });

  it.each(cases)('$name', ({ name, template }) => {
    expect(render(template, { Title: 'Home' })).toBe(expected[name]);
  });
});
