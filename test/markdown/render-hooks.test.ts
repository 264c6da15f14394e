import { describe, expect, it } from 'vitest';
import {
  createMarkdownRenderer,
  DEFAULT_MARKDOWN_OPTIONS,
  type HeadingHookContext,
  type ImageHookContext,
  type LinkHookContext,
  type RenderHooks,
} from '../../src/markdown/index.js';

const md = createMarkdownRenderer(DEFAULT_MARKDOWN_OPTIONS);

/** Renders with hooks that record their contexts and write a marker for each element. */
function renderWith(source: string, which: ReadonlyArray<keyof RenderHooks>) {
  const links: LinkHookContext[] = [];
  const images: ImageHookContext[] = [];
  const headings: HeadingHookContext[] = [];
  const hooks: RenderHooks = {};
  if (which.includes('link')) hooks.link = (c) => (links.push(c), `[L ${c.destination}|${c.text}]`);
  if (which.includes('image')) hooks.image = (c) => (images.push(c), `[I ${c.destination}|${c.text}]`);
  if (which.includes('heading')) hooks.heading = (c) => (headings.push(c), `[H${c.level} ${c.anchor}|${c.text}]`);
  const rendered = md.render(source, { hooks });
  return { ...rendered, links, images, headingCalls: headings };
}

describe('Markdown render hooks passed in the env', () => {
  it('a link hook replaces the whole link with its output, unescaped', () => {
    const r = renderWith('See [the *docs*](https://gohugo.io/ "Hugo & docs") now.', ['link']);
    expect(r.html).toBe('<p>See [L https://gohugo.io/|the <em>docs</em>] now.</p>\n');
    expect(r.links).toEqual([{ destination: 'https://gohugo.io/', title: 'Hugo & docs', text: 'the <em>docs</em>', plainText: 'the docs' }]);
  });

  it.each([
    ['an autolink', '<https://auto.link/x>', 'https://auto.link/x', 'https://auto.link/x'],
    ['a www. link', 'www.example.com', 'https://www.example.com', 'www.example.com'],
    ['a reference link', '[ref][r]\n\n[r]: /ref/', '/ref/', 'ref'],
    ['a link with a non-ASCII destination', '[x](/ü/)', '/ü/', 'x'],
  ])('%s goes through the link hook, as in Hugo 0.111.3', (_name, source, destination, text) => {
    const r = renderWith(source, ['link']);
    expect(r.links.map((c) => [c.destination, c.text])).toEqual([[destination, text]]);
  });

  it('an image hook gets the rendered alt text, its plain text and the image ordinal; the paragraph stays', () => {
    const r = renderWith('![An *alt* & text](/a.png "T")\n\nand ![b](b.png)', ['image']);
    expect(r.html).toBe('<p>[I /a.png|An <em>alt</em> &amp; text]</p>\n<p>and [I b.png|b]</p>\n');
    expect(r.images.map((c) => [c.title, c.plainText, c.ordinal, c.isBlock, c.attributes])).toEqual([
      ['T', 'An alt & text', 0, false, {}],
      ['', 'b', 1, false, {}],
    ]);
  });

  it('a linked image goes through both hooks, the image inside the link', () => {
    const r = renderWith('[![in](i.png)](/wrap/)', ['link', 'image']);
    expect(r.html).toBe('<p>[L /wrap/|[I i.png|in]]</p>\n');
    expect(r.links[0]?.plainText).toBe('in');
  });

  it('a heading hook gets level, anchor, inner HTML, plain text and every attribute, and adds no newline', () => {
    const r = renderWith('## Hello *world* & "you" {.cls #custom}\nText', ['heading']);
    expect(r.html).toBe('[H2 custom|Hello <em>world</em> &amp; &ldquo;you&rdquo;]<p>Text</p>\n');
    expect(r.headingCalls).toEqual([{
      level: 2, anchor: 'custom', text: 'Hello <em>world</em> &amp; &ldquo;you&rdquo;',
      plainText: 'Hello world & &ldquo;you&rdquo;', attributes: { class: 'cls', id: 'custom' },
    }]);
  });

  it('links in a heading go through the link hook in the heading text', () => {
    const r = renderWith('# See [x](/x/)', ['heading', 'link']);
    expect(r.html).toBe('[H1 see-xx|See [L /x/|x]]') // Goldmark's id comes from the raw source;
  });

  it('the table of contents shows headings as rendered without hooks', () => {
    const hooked = renderWith('## A [link](/l/) and ![i](i.png)\n### Next', ['heading', 'link', 'image']);
    const plain = md.render('## A [link](/l/) and ![i](i.png)\n### Next');
    expect(hooked.toc).toBe(plain.toc);
    expect(hooked.headings).toEqual(plain.headings);
  });

  it('kinds without a hook render as Goldmark does', () => {
    const source = '# T\n\n[a](/a/) ![b](b.png)';
    expect(renderWith(source, ['heading']).html).toBe(`[H1 t|T]${md.render(source).html.replace(/^<h1[^]*?<\/h1>\n/, '')}`);
    expect(renderWith(source, []).html).toBe(md.render(source).html);
  });

  it('the summary before <!--more--> carries the hooks’ output', () => {
    const r = renderWith('[a](/a/)\n\n<!--more-->\n\nrest', ['link']);
    expect(r.summary?.html).toBe('<p>[L /a/|a]</p>');
  });
});
