import { Lexer, bygroups, include, rule } from '../engine.js';

// Chroma v2.5.0's nginx.xml: the first word of a statement is its directive.
export const nginx = new Lexer({
  name: 'Nginx configuration file',
  rules: {
    root: [
      rule('(include)(\\s+)([^\\s;]+)', bygroups('Keyword', 'Text', 'Name')),
      rule('[^\\s;#]+', 'Keyword', 'stmt'),
      include('base'),
    ],
    block: [rule('\\}', 'Punctuation', '#pop:2'), rule('[^\\s;#]+', 'KeywordNamespace', 'stmt'), include('base')],
    stmt: [rule('\\{', 'Punctuation', 'block'), rule(';', 'Punctuation', '#pop'), include('base')],
    base: [
      rule('#.*\\n', 'CommentSingle'),
      rule('on|off', 'NameConstant'),
      rule('\\$[^\\s;#()]+', 'NameVariable'),
      rule('([a-z0-9.-]+)(:)([0-9]+)', bygroups('Name', 'Punctuation', 'LiteralNumberInteger')),
      rule('[a-z-]+/[a-z-+]+', 'LiteralString'),
      rule('[0-9]+[km]?\\b', 'LiteralNumberInteger'),
      rule('(~)(\\s*)([^\\s{]+)', bygroups('Punctuation', 'Text', 'LiteralStringRegex')),
      rule('[:=~]', 'Punctuation'),
      rule('[^\\s;#{}$]+', 'LiteralString'),
      rule('/[^\\s;#]*', 'Name'),
      rule('\\s+', 'Text'),
      rule('[$;]', 'Text'),
    ],
  },
});
