import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VellumError } from '../../../../src/errors/index.js';
import { render } from './harness.js';

// Hugo 0.111.3's verdicts (errors or output) for templates at the edges of
// the context machine; see the fixture's producedBy.
const fixture = JSON.parse(readFileSync(new URL('./fixtures/hugo-errors.json', import.meta.url), 'utf8')) as {
  cases: { name: string; template: string; output: string | null; line: number | null; reason: string | null }[];
};

const failing = fixture.cases.filter((c) => c.output === null);
const passing = fixture.cases.filter((c) => c.output !== null);

function errorOf(template: string): VellumError {
  try {
    render(template);
  } catch (error) {
    if (error instanceof VellumError) return error;
    throw error;
  }
  throw new Error('expected an escaping error');
}

describe('templates Hugo refuses to escape are parse errors with its wording', () => {
  it.each(failing)('$name', ({ template, line, reason }) => {
    const error = errorOf(template);
    expect(error.code).toBe('template-parse');
    expect(error.file).toBe('layouts/main.html');
    expect(error.reason).toBe(reason);
    // Go gives a line only for errors tied to an action or branch; ours always has one.
    if (line !== null) expect(error.line).toBe(line);
    expect(error.message.startsWith(`layouts/main.html:${error.line}:${error.column}: `)).toBe(true);
  });
});

describe('templates Hugo accepts render as Hugo renders them', () => {
  it.each(passing)('$name', ({ template, output }) => {
    expect(render(template)).toBe(output);
  });
});
