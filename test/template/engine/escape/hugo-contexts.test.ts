import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from './harness.js';

// Expected outputs came from real Hugo 0.111.3 (see the fixture's producedBy).
const fixture = JSON.parse(readFileSync(new URL('./fixtures/hugo-contexts.json', import.meta.url), 'utf8')) as {
  cases: { name: string; template: string; expected: string }[];
};

describe('escaping in every HTML context matches Hugo 0.111.3', () => {
  it.each(fixture.cases)('$name', ({ template, expected }) => {
    expect(render(template)).toBe(expected);
  });
});
