import { Lexer, bygroups, include, rule } from '../engine.js';
import { COLOURS, FUNCTIONS, OTHER_KEYWORDS, PROPERTIES, VALUE_KEYWORDS, VALUE_PROPERTIES } from './css-words.js';

// Chroma v2.5.0's css.xml: selectors in `basics`, declarations in `content`, values after `:`.
const VENDOR = '(-webkit-|-khtml-|prince-|-atsc-|-moz-|-rim-|-wap-|-ms-|-xv-|mso-|-ah-|-hp-|-ro-|-tc-|-o-)';
const COMMENT = rule('/\\*(?:.|\\n)*?\\*/', 'Comment');
const DOUBLE = rule('"(\\\\\\\\|\\\\"|[^"])*"', 'LiteralStringDouble');
const SINGLE = rule("'(\\\\\\\\|\\\\'|[^'])*'", 'LiteralStringSingle');
const inParens = [
  include('common-values'),
  COMMENT,
  include('numeric-values'),
  rule('[*+/-]', 'Operator'),
  rule('[,]', 'Punctuation'),
  DOUBLE,
  SINGLE,
  rule('[a-zA-Z_-]\\w*', 'Name'),
  rule('\\(', 'Punctuation', 'atparenthesis'),
  rule('\\)', 'Punctuation', '#pop'),
];

export const css = new Lexer({
  name: 'CSS',
  rules: {
    root: [include('basics')],
    basics: [
      rule('\\s+', 'Text'),
      COMMENT,
      rule('\\{', 'Punctuation', 'content'),
      rule('(\\:{1,2})([\\w-]+)', bygroups('Punctuation', 'NameDecorator')),
      rule('(\\.)([\\w-]+)', bygroups('Punctuation', 'NameClass')),
      rule('(\\#)([\\w-]+)', bygroups('Punctuation', 'NameNamespace')),
      rule('(@)([\\w-]+)', bygroups('Punctuation', 'Keyword'), 'atrule'),
      rule('[\\w-]+', 'NameTag'),
      rule('[~^*!%&$\\[\\]()<>|+=@:;,./?-]', 'Operator'),
      DOUBLE,
      SINGLE,
    ],
    'numeric-end': [
      rule('(vmin|grad|vmax|turn|dppx|dpcm|kHz|dpi|rad|rem|deg|vw|vh|ch|px|mm|cm|in|pt|pc|Hz|ex|em|ms|q|s)\\b', 'KeywordType'),
      rule('%', 'KeywordType'),
      rule('', null, '#pop'),
    ],
    atrule: [rule('\\{', 'Punctuation', 'atcontent'), rule(';', 'Punctuation', '#pop'), include('basics')],
    atcontent: [include('basics'), rule('\\}', 'Punctuation', '#pop:2')],
    'common-values': [
      rule('\\s+', 'Text'),
      rule(VENDOR, 'KeywordPseudo'),
      include('urls'),
      rule(`(${FUNCTIONS})(\\()`, bygroups('NameBuiltin', 'Punctuation'), 'function-start'),
      rule('([a-zA-Z_][\\w-]+)(\\()', bygroups('NameFunction', 'Punctuation'), 'function-start'),
      rule(`(${VALUE_KEYWORDS})\\b`, 'KeywordConstant'),
      rule(`(${OTHER_KEYWORDS})\\b`, 'KeywordConstant'),
      rule(`(${COLOURS})\\b`, 'KeywordConstant'),
    ],
    'numeric-values': [
      rule('\\#[a-zA-Z0-9]{1,6}', 'LiteralNumberHex'),
      rule('[+\\-]?[0-9]*[.][0-9]+', 'LiteralNumberFloat', 'numeric-end'),
      rule('[+\\-]?[0-9]+', 'LiteralNumberInteger', 'numeric-end'),
    ],
    atparenthesis: inParens,
    'function-start': inParens,
    content: [
      rule('\\s+', 'Text'),
      rule('\\}', 'Punctuation', '#pop'),
      rule(';', 'Punctuation'),
      rule('^@.*?$', 'CommentPreproc'),
      rule(VENDOR, 'KeywordPseudo'),
      rule(`(${PROPERTIES})(\\s*)(\\:)`, bygroups('Keyword', 'Text', 'Punctuation'), 'value-start'),
      rule('(--[a-zA-Z_][\\w-]*)(\\s*)(\\:)', bygroups('NameVariable', 'Text', 'Punctuation'), 'value-start'),
      rule('([a-zA-Z_][\\w-]*)(\\s*)(\\:)', bygroups('Name', 'Text', 'Punctuation'), 'value-start'),
      COMMENT,
    ],
    'value-start': [
      include('common-values'),
      rule(`(${VALUE_PROPERTIES})\\b`, 'Keyword'),
      rule('\\!important', 'CommentPreproc'),
      COMMENT,
      include('numeric-values'),
      rule('[~^*!%&<>|+=@:./?-]+', 'Operator'),
      rule('[\\[\\](),]+', 'Punctuation'),
      DOUBLE,
      SINGLE,
      rule('[a-zA-Z_][\\w-]*', 'Name'),
      rule(';', 'Punctuation', '#pop'),
      rule('\\}', 'Punctuation', '#pop:2'),
    ],
    urls: [
      rule('(url)(\\()(".*?")(\\))', bygroups('NameBuiltin', 'Punctuation', 'LiteralStringDouble', 'Punctuation')),
      rule("(url)(\\()('.*?')(\\))", bygroups('NameBuiltin', 'Punctuation', 'LiteralStringSingle', 'Punctuation')),
      rule('(url)(\\()(.*?)(\\))', bygroups('NameBuiltin', 'Punctuation', 'LiteralStringOther', 'Punctuation')),
    ],
  },
});
