import { Lexer, include, rule } from '../engine.js';

// Chroma v2.5.0's json.xml: keys are NameTag, and `//` comments are allowed.
const STRING = '"(\\\\\\\\|\\\\"|[^"])*"';

export const json = new Lexer({
  name: 'JSON',
  dotAll: true,
  notMultiline: true,
  rules: {
    root: [include('value')],
    whitespace: [rule('\\s+', 'Text')],
    comment: [rule('//.*?\\n', 'CommentSingle')],
    simplevalue: [
      rule('(true|false|null)\\b', 'KeywordConstant'),
      rule('-?(0|[1-9]\\d*)(\\.\\d+[eE](\\+|-)?\\d+|[eE](\\+|-)?\\d+|\\.\\d+)', 'LiteralNumberFloat'),
      rule('-?(0|[1-9]\\d*)', 'LiteralNumberInteger'),
      rule(STRING, 'LiteralStringDouble'),
    ],
    objectattribute: [
      include('value'),
      rule(':', 'Punctuation'),
      rule(',', 'Punctuation', '#pop'),
      rule('\\}', 'Punctuation', '#pop:2'),
    ],
    objectvalue: [
      include('whitespace'),
      include('comment'),
      rule(STRING, 'NameTag', 'objectattribute'),
      rule('\\}', 'Punctuation', '#pop'),
    ],
    arrayvalue: [
      include('whitespace'),
      include('value'),
      include('comment'),
      rule(',', 'Punctuation'),
      rule('\\]', 'Punctuation', '#pop'),
    ],
    value: [
      include('whitespace'),
      include('simplevalue'),
      include('comment'),
      rule('\\{', 'Punctuation', 'objectvalue'),
      rule('\\[', 'Punctuation', 'arrayvalue'),
    ],
  },
});
