import { Lexer, rule } from '../engine.js';

// Chroma v2.5.0's xml.xml: tags (brackets included) as NameTag, attributes, strings, entities.
export const xml = new Lexer({
  name: 'XML',
  dotAll: true,
  rules: {
    root: [
      rule('[^<&]+', 'Text'),
      rule('&\\S*?;', 'NameEntity'),
      rule('\\<\\!\\[CDATA\\[.*?\\]\\]\\>', 'CommentPreproc'),
      rule('<!--', 'Comment', 'comment'),
      rule('<\\?.*?\\?>', 'CommentPreproc'),
      rule('<![^>]*>', 'CommentPreproc'),
      rule('<\\s*[\\w:.-]+', 'NameTag', 'tag'),
      rule('<\\s*/\\s*[\\w:.-]+\\s*>', 'NameTag'),
    ],
    comment: [rule('[^-]+', 'Comment'), rule('-->', 'Comment', '#pop'), rule('-', 'Comment')],
    tag: [
      rule('\\s+', 'Text'),
      rule('[\\w.:-]+\\s*=', 'NameAttribute', 'attr'),
      rule('/?\\s*>', 'NameTag', '#pop'),
    ],
    attr: [
      rule('\\s+', 'Text'),
      rule('".*?"', 'LiteralString', '#pop'),
      rule("'.*?'", 'LiteralString', '#pop'),
      rule('[^\\s>]+', 'LiteralString', '#pop'),
    ],
  },
});
