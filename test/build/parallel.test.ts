import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite, readTree, removeSite, type Tree } from '../helpers/site.js';

const run = promisify(execFile);
const cli = path.resolve('bin/vellum.js');

function manyPages(n: number): Tree {
  const files: Tree = {
    'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Many"\nsummaryLength = 12\n',
    'layouts/_default/single.html': '<h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}<p>{{ .WordCount }} {{ .ReadingTime }}</p>',
    'layouts/_default/list.html': '{{ range .Pages }}<article>{{ .Title }}: {{ .Summary }} {{ .Truncated }}</article>{{ end }}',
    'layouts/shortcodes/hi.html': '<b>hi {{ .Page.Title }}</b>',
  };
  for (let i = 0; i < n; i++) {
    const shortcode = i % 50 === 0 ? '\n\n{{< hi >}}\n' : '';
    const more = i % 7 === 0 ? '\n\n<!--more-->\n\nAfter the fold.' : '';
    files[`content/s${i % 4}/p${i}.md`] = `+++\ntitle = "Page ${i}"\ndate = 2020-01-${String((i % 28) + 1).padStart(2, '0')}\n+++\n## Heading ${i}\n\nSome *text* for page ${i}, with "quotes" -- and a [link](https://example.org/${i}).${more}${shortcode}\n\n### Sub\n\n- a\n- b\n`;
  }
  return files;
}

describe('rendering Markdown on worker threads', () => {
  let dir = '';
  afterAll(async () => {
    if (dir !== '') await removeSite(dir);
  });

  it('writes exactly the same site as rendering everything on the main thread', async () => {
    dir = await makeSite(manyPages(600));
    const build = (threads: string, out: string) =>
      run(process.execPath, [cli, 'build', '--quiet', '-s', dir, '-d', path.join(dir, out)], { env: { ...process.env, VELLUM_THREADS: threads } });
    await build('0', 'single');
    await build('1', 'parallel');
    const single = await readTree(path.join(dir, 'single'));
    const parallel = await readTree(path.join(dir, 'parallel'));
    expect(Object.keys(parallel)).toHaveLength(Object.keys(single).length);
    expect(parallel).toEqual(single);
    expect(single['s1/p1/index.html']).toContain('<h2 id="heading-1">Heading 1</h2>');
  });
});
