import { describe, expect, it } from 'vitest';
import {
  createMarkdownRenderer,
  DEFAULT_MARKDOWN_OPTIONS,
  fuzzyWordCount,
  markdownOptionsFromConfig,
  plainText,
  readingTime,
  renderToc,
  sanitizeAnchorName,
  summarize,
  trimShortHTML,
  wordCount,
} from '../../src/markdown/index.js';

const renderer = createMarkdownRenderer(DEFAULT_MARKDOWN_OPTIONS);

describe('shortcode placeholders', () => {
  it.each([
    ['alone in a paragraph', 'HAHAHUGOSHORTCODE-1-HBHB\n', '<p>HAHAHUGOSHORTCODE-1-HBHB</p>\n'],
    ['inside a sentence', 'See HAHAHUGOSHORTCODE-12-HBHB -- now.\n', '<p>See HAHAHUGOSHORTCODE-12-HBHB &ndash; now.</p>\n'],
    ['inside emphasis', '*HAHAHUGOSHORTCODE-2-HBHB*\n', '<p><em>HAHAHUGOSHORTCODE-2-HBHB</em></p>\n'],
    ['next to quotes', '"HAHAHUGOSHORTCODE-3-HBHB"\n', '<p>&ldquo;HAHAHUGOSHORTCODE-3-HBHB&rdquo;</p>\n'],
    ['in a list item', '- HAHAHUGOSHORTCODE-4-HBHB\n', '<ul>\n<li>HAHAHUGOSHORTCODE-4-HBHB</li>\n</ul>\n'],
    ['in a table cell', '| a |\n|---|\n| HAHAHUGOSHORTCODE-5-HBHB |\n', '<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>HAHAHUGOSHORTCODE-5-HBHB</td>\n</tr>\n</tbody>\n</table>\n'],
  ])('survive rendering %s', (_name, markdown, html) => {
    expect(renderer.render(markdown).html).toBe(html);
  });
});

describe('a renderer reused across pages', () => {
  it('starts every page with fresh heading ids, footnote numbers and quote state', () => {
    const first = renderer.render('## Same\n\nA "dangling quote[^n].\n\n[^n]: N.\n');
    const second = renderer.render('## Same\n\nclosed" here[^m].\n\n[^m]: M.\n');
    expect(first.headings[0]?.id).toBe('same');
    expect(second.headings[0]?.id).toBe('same');
    expect(second.html).toContain('closed&quot; here<sup id="fnref:1">');
  });
});

describe('headings', () => {
  it('carry level, id, plain text and the inline HTML the table of contents shows', () => {
    const { headings } = renderer.render('# One\n\n## "Two" *em* ~~x~~[^1] {#two .c}\n\n[^1]: n\n');
    expect(headings).toEqual([
      { level: 1, id: 'one', text: 'One', html: 'One' },
      { level: 2, id: 'two', text: '\u201cTwo\u201d em x', html: '&ldquo;Two&rdquo; <em>em</em> x' },
    ]);
  });
});

describe('sanitizeAnchorName', () => {
  it.each([
    ['Hello World', 'hello-world'],
    ["What's New in v2.0?", 'whats-new-in-v20'],
    ['Crème brûlée & Café', 'crème-brûlée--café'],
    ['  Extra   Spaces  ', 'extra---spaces'],
    ['snake_case-and-dash', 'snake_case-and-dash'],
    ['日本語 見出し', '日本語-見出し'],
    ['!!!', ''],
  ])('turns %j into %j', (source, id) => {
    expect(sanitizeAnchorName(source)).toBe(id);
  });
});

describe('renderToc', () => {
  const entries = [
    { level: 2, id: 'a', html: 'A' },
    { level: 4, id: 'b', html: 'B' },
  ];
  it('renders an empty nav when there are no headings', () => {
    expect(renderToc([], { startLevel: 2, endLevel: 3, ordered: false })).toBe('<nav id="TableOfContents"></nav>');
  });
  it('gives a skipped level an empty item and honours ordered lists and endLevel -1 (no limit)', () => {
    expect(renderToc(entries, { startLevel: 2, endLevel: -1, ordered: true })).toBe(
      '<nav id="TableOfContents">\n  <ol>\n    <li><a href="#a">A</a>\n      <ol>\n        <li>\n          <ol>\n' +
        '            <li><a href="#b">B</a></li>\n          </ol>\n        </li>\n      </ol>\n    </li>\n  </ol>\n</nav>',
    );
  });
});

describe('the <!--more--> divider', () => {
  it('splits the rendered HTML into a summary that keeps its markup and the content without the divider', () => {
    const r = renderer.render('Intro *one*.\n<!--more-->\nRest.\n');
    expect(r.summary).toEqual({ html: '<p>Intro <em>one</em>.</p>', truncated: true });
    expect(r.html).toBe('<p>Intro <em>one</em>.</p>\n<p>Rest.</p>');
  });
  it('reports no truncation when nothing follows it', () => {
    expect(renderer.render('All of it.\n\n<!--more-->\n').summary).toEqual({ html: '<p>All of it.</p>', truncated: false });
  });
  it('leaves pages without it with no manual summary', () => {
    expect(renderer.render('Text.\n').summary).toBeNull();
  });
});

describe('plain text, counts and the automatic summary', () => {
  it.each([
    ['<p>a <em>b</em></p>\n<p>c</p>\n', 'a b\nc\n'],
    ['<ul>\n<li>x</li>\n</ul>\n', ' x '],
    ['<p>a<br>\nb</p>', 'a\nb\n'],
    ['<p>&ldquo;q&rdquo; &amp;</p>', '&ldquo;q&rdquo; &amp;\n'],
    ['<script>var x = 1;</script><p>t</p>', 't\n'],
    ['no tags at all\n\n', 'no tags at all\n\n'],
  ])('plainText(%j) is %j', (html, plain) => {
    expect(plainText(html)).toBe(plain);
  });

  it.each([
    ['', 0, 100, 0],
    ['one two\nthree', 3, 100, 1],
    ['a &ndash; b', 3, 100, 1],
    ['w '.repeat(213), 213, 300, 1],
    ['w '.repeat(214), 214, 300, 2],
  ])('%j has %i words, fuzzy %i, reading time %i', (plain, words, fuzzy, minutes) => {
    expect(wordCount(plain)).toBe(words);
    expect(fuzzyWordCount(words)).toBe(fuzzy);
    expect(readingTime(words)).toBe(minutes);
  });

  it('extends the summary to the end of the sentence holding the last counted word', () => {
    expect(summarize('one two three. four five. six', 2)).toEqual({ summary: 'one two three.', truncated: true });
    expect(summarize('one two three', 2)).toEqual({ summary: 'one two three', truncated: false });
    expect(summarize('<p>ignored</p>', 'a b c. d', 1)).toEqual({ summary: 'a b c.', truncated: true });
  });
});

describe('markdownify and trimShortHTML', () => {
  it('unwrap a single paragraph only', () => {
    expect(renderer.markdownify('*a* "b"')).toBe('<em>a</em> &ldquo;b&rdquo;');
    expect(renderer.markdownify('a\n\nb')).toBe('<p>a</p>\n<p>b</p>\n');
    expect(trimShortHTML('<p>x</p><div>y</div>')).toBe('<p>x</p><div>y</div>');
  });
});

describe('markdownOptionsFromConfig', () => {
  it('reads the goldmark and tableOfContents settings of a resolved configuration', () => {
    const options = markdownOptionsFromConfig({
      goldmark: {
        renderer: { unsafe: true, hardWraps: false, xhtml: false },
        extensions: { typographer: false, linkify: true, strikethrough: true, table: true, taskList: true, definitionList: true, footnote: true },
        parser: { autoHeadingID: true, autoHeadingIDType: 'github', attribute: { title: true, block: false } },
      },
      tableOfContents: { startLevel: 1, endLevel: 6, ordered: true },
      highlight: { codeFences: false, style: 'monokai', noClasses: true, lineNos: false, lineNumbersInTable: true, lineNoStart: 1, tabWidth: 4, guessSyntax: false },
    });
    expect(options).toEqual({
      ...DEFAULT_MARKDOWN_OPTIONS,
      unsafe: true,
      typographer: false,
      highlightCodeFences: false,
      highlightGuessSyntax: false,
      toc: { startLevel: 1, endLevel: 6, ordered: true },
    });
  });
});
