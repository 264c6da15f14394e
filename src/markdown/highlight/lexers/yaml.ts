import { Lexer, bygroups, include, rule } from '../engine.js';

// Chroma v2.5.0's yaml.xml: a line-oriented approximation (keys, scalars, block strings).
export const yaml = new Lexer({
  name: 'YAML',
  rules: {
    root: [
      include('whitespace'),
      rule('^---', 'NameNamespace'),
      rule('^\\.\\.\\.', 'NameNamespace'),
      rule('[\\n?]?\\s*- ', 'Text'),
      rule('#.*$', 'Comment'),
      rule('!![^\\s]+', 'CommentPreproc'),
      rule('&[^\\s]+', 'CommentPreproc'),
      rule('\\*[^\\s]+', 'CommentPreproc'),
      rule('^%include\\s+[^\\n\\r]+', 'CommentPreproc'),
      include('key'),
      include('value'),
      rule('[?:,\\[\\]]', 'Punctuation'),
      rule('.', 'Text'),
    ],
    value: [
      rule('([>|](?:[+-])?)(\\n(^ {1,})(?:(?:.*\\n*(?:^\\3 *).*)+|.*))', bygroups('Punctuation', 'LiteralStringDoc', 'TextWhitespace')),
      rule('(false|False|FALSE|true|True|TRUE|null|Off|off|yes|Yes|YES|OFF|On|ON|no|No|on|NO|n|N|Y|y)\\b', 'KeywordConstant'),
      rule('"(?:\\\\.|[^"])*"', 'LiteralStringDouble'),
      rule("'(?:\\\\.|[^'])*'", 'LiteralStringSingle'),
      rule('\\d\\d\\d\\d-\\d\\d-\\d\\d([T ]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|\\s+[-+]\\d+)?)?', 'LiteralDate'),
      rule('\\b[+\\-]?(0x[\\da-f]+|0o[0-7]+|(\\d+\\.?\\d*|\\.?\\d+)(e[\\+\\-]?\\d+)?|\\.inf|\\.nan)\\b', 'LiteralNumber'),
      rule('([^\\{\\}\\[\\]\\?,\\:\\!\\-\\*&\\@].*)( )+(#.*)', bygroups('Literal', 'TextWhitespace', 'Comment')),
      rule('[^\\{\\}\\[\\]\\?,\\:\\!\\-\\*&\\@].*', 'Literal'),
    ],
    key: [
      rule('"[^"\\n].*": ', 'NameTag'),
      rule('(-)( )([^"\\n{]*)(:)( )', bygroups('Punctuation', 'TextWhitespace', 'NameTag', 'Punctuation', 'TextWhitespace')),
      rule('([^"\\n{]*)(:)( )', bygroups('NameTag', 'Punctuation', 'TextWhitespace')),
      rule('([^"\\n{]*)(:)(\\n)', bygroups('NameTag', 'Punctuation', 'TextWhitespace')),
    ],
    whitespace: [rule('\\s+', 'TextWhitespace'), rule('\\n+', 'TextWhitespace')],
  },
});
