#!/usr/bin/env node
// Renders a ~2.5 KB Markdown page 10,000 times with vellum's Markdown stage (one renderer, reused
// as the build does) and prints the time per page, with and without .Plain/.Summary/.WordCount.
//   npm run prepare && node bench/markdown.mjs [pages]
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = fileURLToPath(new URL(`${process.env.VELLUM_DIST ?? '../dist'}/markdown/index.js`, import.meta.url));
if (!existsSync(dist)) {
  console.error(`${dist} is missing: run "npm run prepare" first`);
  process.exit(1);
}
const { createMarkdownRenderer, DEFAULT_MARKDOWN_OPTIONS, plainText, summarize, wordCount } = await import(pathToFileURL(dist).href);

const page = `## Getting started with the "new" release

Vellum's first release -- the one you're reading about -- renders *Markdown* and **TOML** front matter
into a static site... It's fast, and it's meant to be boring. See www.example.org or
[the documentation](https://example.org/docs/ "Docs") for the details[^1].

### What's inside

- A template engine compatible with Go's \`text/template\`
- [x] Shortcodes, summaries and a table of contents
- [ ] Image processing (not yet)
- Links such as https://example.com/path?query=1 are found automatically

1. Install it
2. Write \`content/privacy.md\`
3. Run \`vellum build\`

> "Simple things should be simple, complex things should be possible."
> -- Alan Kay

| Feature     | Hugo | Vellum |
|:------------|:----:|-------:|
| Markdown    | yes  | yes    |
| Shortcodes  | yes  | yes    |

\`\`\`
vellum build --minify --destination public
\`\`\`

### Configuration {#config .wide}

Set \`baseURL\` and \`title\` in \`hugo.toml\`; everything else has a default. Raw <span>HTML</span> is
omitted unless you turn on \`unsafe\`. Dates keep their offset, so 17:01 stays 17:01 -- as in Hugo.

Term
: A definition, with _emphasis_ and a [reference link][ref].

Paragraph with an image ![alt text](/img/pic.png) and a hard break  
on the next line, followed by more prose to make the page about as long as a real one: the quick
brown fox jumps over the lazy dog, again and again, while the summary is worked out from the plain
text of the whole page, and the word count follows it.

## Why another generator?

Because a build should be predictable. Every page is rendered the same way each time, with the same
ids for its headings, the same quotes and dashes, and the same summary. The "Getting started" guide
shows the whole flow in five minutes, and the reference lists every option with its default value.

- Pages are sorted by weight, then date, then title
- Sections get their title from the folder name when there is no \`_index.md\`
- Aliases write a small redirect page

Questions? Write to help@example.org, or open an issue -- we read every one of them. The team
answers within a day or two, and the changelog lists what changed in each release, with a short
note on how to upgrade when something needs your attention. Older releases stay available.

[ref]: https://example.net/ref
[^1]: The footnote, with a link back.
`;

const pages = Number(process.argv[2] ?? 10_000);
const renderer = createMarkdownRenderer(DEFAULT_MARKDOWN_OPTIONS);
for (let i = 0; i < 200; i++) renderer.render(page); // warm-up

// Wall time, and CPU time of this process, which a busy machine disturbs less.
function time(label, fn) {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let i = 0; i < pages; i++) fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(
    `${label}: ${(ms / pages).toFixed(3)} ms/page wall, ${(cpuMs / pages).toFixed(3)} ms/page CPU ` +
      `(${pages} pages of ${page.length} bytes, ${ms.toFixed(0)} ms)`,
  );
}

time('render', () => renderer.render(page));
time('render + plain + summary + word count', () => {
  const r = renderer.render(page);
  const plain = plainText(r.html);
  summarize(plain, 70);
  wordCount(plain);
});
