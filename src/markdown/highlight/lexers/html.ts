import { Lexer, bygroups, rule, using } from '../engine.js';

// Chroma v2.5.0's HTML lexer (lexers/html.go): tags and attributes; script and style bodies are
// handed to the JavaScript and CSS lexers.
const CLOSE = (tag: string): string => `(<)(\\s*)(/)(\\s*)(${tag})(\\s*)(>)`;
const CLOSE_TYPES = ['Punctuation', 'Text', 'Punctuation', 'Text', 'NameTag', 'Text', 'Punctuation'];

export const html = new Lexer({
  name: 'HTML',
  notMultiline: true,
  dotAll: true,
  caseInsensitive: true,
  rules: {
    root: [
      rule('[^<&]+', 'Text'),
      rule('&\\S*?;', 'NameEntity'),
      rule('\\<\\!\\[CDATA\\[.*?\\]\\]\\>', 'CommentPreproc'),
      rule('<!--', 'Comment', 'comment'),
      rule('<\\?.*?\\?>', 'CommentPreproc'),
      rule('<![^>]*>', 'CommentPreproc'),
      rule('(<)(\\s*)(script)(\\s*)', bygroups('Punctuation', 'Text', 'NameTag', 'Text'), ['script-content', 'tag']),
      rule('(<)(\\s*)(style)(\\s*)', bygroups('Punctuation', 'Text', 'NameTag', 'Text'), ['style-content', 'tag']),
      rule('(<)(\\s*)([\\w:.-]+)', bygroups('Punctuation', 'Text', 'NameTag'), 'tag'),
      rule(CLOSE('[\\w:.-]+'), bygroups(...CLOSE_TYPES)),
    ],
    comment: [rule('[^-]+', 'Comment'), rule('-->', 'Comment', '#pop'), rule('-', 'Comment')],
    tag: [
      rule('\\s+', 'Text'),
      rule('([\\w:-]+\\s*)(=)(\\s*)', bygroups('NameAttribute', 'Operator', 'Text'), 'attr'),
      rule('[\\w:-]+', 'NameAttribute'),
      rule('(/?)(\\s*)(>)', bygroups('Punctuation', 'Text', 'Punctuation'), '#pop'),
    ],
    'script-content': [
      rule(CLOSE('script'), bygroups(...CLOSE_TYPES), '#pop'),
      rule('.+?(?=<\\s*/\\s*script\\s*>)', using('JavaScript')),
    ],
    'style-content': [
      rule(CLOSE('style'), bygroups(...CLOSE_TYPES), '#pop'),
      rule('.+?(?=<\\s*/\\s*style\\s*>)', using('CSS')),
    ],
    attr: [
      rule('".*?"', 'LiteralString', '#pop'),
      rule("'.*?'", 'LiteralString', '#pop'),
      rule('[^\\s>]+', 'LiteralString', '#pop'),
    ],
  },
});
