import { describe, it, expect } from 'vitest';
import { TemplateSet, lookupField, missing } from '../../../src/template/engine/index.js';
import { createFuncMap, Scratch, type FuncHooks } from '../../../src/template/funcs/index.js';
import { GoTime } from '../../../src/time/index.js';
import { testHooks } from './test-hooks.js';

function render(template: string, data: unknown = null, hooks: Partial<FuncHooks> = {}): string {
  const set = new TemplateSet({ funcs: createFuncMap({ ...testHooks(), ...hooks }) });
  set.add('t', template);
  return set.execute('t', data);
}

/** Params the way Hugo exposes them: lower-cased keys, looked up case-insensitively. */
class Params {
  constructor(private readonly values: Record<string, unknown>) {}
  [lookupField](name: string): unknown {
    const key = name.toLowerCase();
    return Object.prototype.hasOwnProperty.call(this.values, key) ? this.values[key] : missing;
  }
}

/** A page-like struct: fields, zero-argument methods and Params. */
class Page {
  constructor(readonly Title: string, private readonly date: string, readonly Params: Params) {}
  get Date(): GoTime { return GoTime.parse(this.date); }
  Section(): string { return 'posts'; }
}

const pages = [
  new Page('Bravo', '2023-01-02', new Params({ tags: ['go', 'web'], rating: 3 })),
  new Page('alpha', '2023-03-04', new Params({ tags: ['js'], rating: 5 })),
  new Page('Charlie', '2022-12-31', new Params({ rating: 4 })),
];

describe('where, sort and first over page-like structs', () => {
  it.each([
    ['{{ range where . "Params.rating" ">=" 4 }}{{ .Title }} {{ end }}', 'alpha Charlie '],
    ['{{ range where . "Params.Rating" ">=" 4 }}{{ .Title }} {{ end }}', 'alpha Charlie '],
    ['{{ range where . "Params.tags" "intersect" (slice "web" "js") }}{{ .Title }} {{ end }}', 'Bravo alpha '],
    ['{{ range where . "Section" "posts" }}{{ .Title }} {{ end }}', 'Bravo alpha Charlie '],
    ['{{ range where . "Date" ">" (time "2023-01-01") }}{{ .Title }} {{ end }}', 'Bravo alpha '],
    ['{{ range sort . "Title" }}{{ .Title }} {{ end }}', 'alpha Bravo Charlie '],
    ['{{ range sort . "Date" "desc" }}{{ .Date.Format "2006-01-02" }} {{ end }}', '2023-03-04 2023-01-02 2022-12-31 '],
    ['{{ range sort . "Params.rating" }}{{ .Params.rating }} {{ end }}', '3 4 5 '],
    ['{{ range first 2 (sort . "Params.rating" "desc") }}{{ .Title }} {{ end }}', 'alpha Charlie '],
    ['{{ isset (index . 0).Params "tags" }} {{ isset (index . 0).Params "Tags" }}', 'true false'],
    ['{{ index (index . 0).Params "TAGS" }}', '[go web]'],
  ])('%s', (template, expected) => {
    expect(render(template, pages)).toBe(expected);
  });
});

describe('hooks', () => {
  it('caches partialCached by name and variants, not by context', () => {
    let calls = 0;
    const partial = (name: string, context: unknown): unknown => `${name}:${String(context)}:${++calls}`;
    expect(render('{{ partialCached "p" 1 }}|{{ partialCached "p" 2 }}|{{ partialCached "p" 3 "v" }}|{{ partialCached "p" 4 "v" }}', null, { partial }))
      .toBe('p:1:1|p:1:1|p:3:2|p:3:2');
  });

  it('sends warnf to the warn hook and prints nothing', () => {
    const warnings: string[] = [];
    expect(render('a{{ warnf "%s has %d" "x" 2 }}b', null, { warn: (m) => warnings.push(m) })).toBe('ab');
    expect(warnings).toEqual(['x has 2']);
  });

  it('records errorf through the error hook, or fails the render without one', () => {
    const errors: string[] = [];
    expect(render('a{{ errorf "bad %q" "x" }}b', null, { error: (m) => errors.push(m) })).toBe('ab');
    expect(errors).toEqual(['bad "x"']);
    expect(() => render('{{ errorf "bad %s" "x" }}')).toThrow('bad x');
  });

  it('lets getenv read only HUGO_ variables, as Hugo\'s default security policy does', () => {
    expect(render('{{ getenv "HUGO_ENV" }}', null, { getenv: (k) => (k === 'HUGO_ENV' ? 'production' : undefined) })).toBe('production');
    expect(() => render('{{ getenv "HOME" }}')).toThrow('access denied: "HOME" is not whitelisted in policy "security.funcs.getenv"');
  });

  it('asks the build whether a template exists', () => {
    expect(render('{{ templates.Exists "partials/a.html" }}', null, { templateExists: (n) => n === 'partials/a.html' })).toBe('true');
    expect(render('{{ templates.Exists "partials/b.html" }}')).toBe('false');
  });

  it('returns the hook\'s site from `site`', () => {
    expect(render('{{ site.Title }}', null, { site: () => ({ Title: 'My Site' }) })).toBe('My Site');
  });
});

describe('Scratch', () => {
  it('sets, adds, appends and reads back as Hugo\'s Scratch does', () => {
    const s = new Scratch();
    s.Set('n', 1);
    s.Add('n', 2);
    s.Add('list', [1]);
    s.Add('list', 2);
    s.SetInMap('m', 'b', 2);
    s.SetInMap('m', 'a', 1);
    expect([s.Get('n'), s.Get('list'), s.GetSortedMapValues('m')]).toEqual([3, [1, 2], [1, 2]]);
    s.Delete('n');
    expect(s.Get('n')).toBeUndefined();
    expect(() => s.Add('m', 'x')).toThrow("can't apply the operator to the values");
  });

  it('is usable from a template through newScratch', () => {
    expect(render('{{ $s := newScratch }}{{ $s.Add "a" "x" }}{{ $s.Add "a" "y" }}{{ $s.Get "a" }}')).toBe('xy');
  });
});

describe('partialCached variants', () => {
  it('tells object variants apart by identity', () => {
    const a = { Title: 'a' };
    const b = { Title: 'b' };
    let calls = 0;
    const partial = (): unknown => ++calls;
    expect(render('{{ partialCached "p" . .a }}{{ partialCached "p" . .b }}{{ partialCached "p" . .a }}', { a, b }, { partial })).toBe('121');
  });
});

describe('collection functions keep the collection type', () => {
  class Pages extends Array<unknown> {
    Len(): number { return this.length; }
  }
  const pages = new Pages();
  pages.push({ T: 'b', n: 2 }, { T: 'a', n: 1 }, { T: 'c', n: 3 });

  it.each([
    '{{ (sort . "T").Len }}', '{{ (where . "n" ">" 0).Len }}', '{{ (first 3 .).Len }}', '{{ (uniq .).Len }}',
    '{{ (union . .).Len }}', '{{ (intersect . .).Len }}', '{{ (shuffle .).Len }}', '{{ (after 0 .).Len }}',
  ])('%s still has the methods of an Array subclass', (template) => {
    expect(render(template, pages)).toBe('3');
  });
});

describe('title follows the site\'s titleCaseStyle', () => {
  // Outputs from Hugo 0.111.3 with each titleCaseStyle set in the site config.
  const text = 'the lord of the rings: a tale through the ages and into the dark';
  it.each([
    ['ap', 'The Lord of the Rings: A Tale Through the Ages and Into the Dark'],
    ['go', 'The Lord Of The Rings: A Tale Through The Ages And Into The Dark'],
    ['chicago', 'The Lord of the Rings: A Tale through the Ages and into the Dark'],
    ['firstupper', 'The Lord of the Rings: A Tale Through the Ages and Into the Dark'],
  ])('%s', (style, expected) => {
    expect(render(`{{ title "${text}" }}`, null, { titleCaseStyle: style })).toBe(expected);
  });
});
