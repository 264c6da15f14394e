import { describe, it, expect } from 'vitest';
import { parseData, type DataFormat } from '../../src/config/index.js';
import { GoTime } from '../../src/time/index.js';

describe('parseData', () => {
  it.each([
    ['toml', 'title = "x"\n[params]\nn = 1', { title: 'x', params: { n: 1 } }],
    ['yaml', 'title: x\nparams:\n  n: 1\n', { title: 'x', params: { n: 1 } }],
    ['json', '{"title": "x", "params": {"n": 1}}', { title: 'x', params: { n: 1 } }],
    ['toml', '', {}],
    ['yaml', '', {}],
    ['json', '  \n', {}],
    ['yaml', '# only a comment\n', {}],
  ] as const)('reads %s %j', (format, text, expected) => {
    expect(parseData(format, text)).toEqual({ ok: true, value: expected });
  });

  it('leaves YAML dates and yes/no as strings, as Hugo hands them to templates', () => {
    expect(parseData('yaml', 'a: 2016-10-07\nb: yes\n')).toEqual({ ok: true, value: { a: '2016-10-07', b: 'yes' } });
  });

  it('lets a repeated YAML key win, as Hugo does, instead of failing', () => {
    expect(parseData('yaml', 'a: 1\na: 2\n')).toEqual({ ok: true, value: { a: 2 } });
  });

  it('turns TOML datetimes into GoTimes that keep the written offset', () => {
    const result = parseData('toml', 'a = 2016-10-07T17:01:56+02:00');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value['a']).toBeInstanceOf(GoTime);
    expect(String(result.value['a'])).toBe('2016-10-07 17:01:56 +0200 +0200');
  });

  it('keeps a "__proto__" JSON key as data', () => {
    const result = parseData('json', '{"__proto__": {"x": 1}}');
    expect(result.ok && Object.keys(result.value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it.each([
    ['toml', 'a = 1\nb = = 2\n', 2, 5, /^Unexpected character, expecting string/],
    ['yaml', 'a: [1, 2\nb: 3\n', 2, 1, /^deficient indentation/],
    ['json', '{\n  "a": ,\n}', 2, 8, /^expected a value .* found character ","$/],
    ['json', '{"a": 1', 1, 8, /^expected "," or "}" after a value in an object, found end of input$/],
    ['json', '{"a": 1,}', 1, 9, /^expected a double-quoted key, found character "}"$/],
    ['json', '{"a": "x\ny"}', 1, 9, /^control character/],
    ['json', '{"a": "\\q"}', 1, 8, /^invalid escape "\\q"/],
    ['json', '{"a": 1} 2', 1, 10, /^unexpected character "2" after the JSON value$/],
    ['json', '{"a" 1}', 1, 6, /^expected ":" after the key, found character "1"$/],
    ['json', '[1, 2]', 1, 1, /^expected a map of keys to values at the top level, found a list$/],
    ['yaml', 'just a string', 1, 1, /found a string$/],
  ] as const)('reports bad %s %j at line %i column %i', (format: DataFormat, text, line, column, message) => {
    const result = parseData(format, text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([result.error.line, result.error.column]).toEqual([line, column]);
    expect(result.error.message).toMatch(message);
  });

  it.each([
    ['"\\u00e9\\n\\t\\"\\\\\\/"', 'é\n\t"\\/'],
    ['-1.5e2', -150],
    ['[true, false, null, {}]', [true, false, null, {}]],
  ])('reads the JSON value %s', (json, expected) => {
    expect(parseData('json', `{"v": ${json}}`)).toEqual({ ok: true, value: { v: expected } });
  });
});
