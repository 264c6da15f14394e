import { DelegatingLexer } from '../delegate.js';
import { Lexer, bygroups, include, rule, using, usingSelf, words } from '../engine.js';
import { html } from './html.js';

// Chroma v2.5.0's Go lexer (lexers/go.go). Raw strings are lexed as Go text templates.
const BUILTINS = ['uint', 'uint8', 'uint16', 'uint32', 'uint64', 'int', 'int8', 'int16', 'int32', 'int64', 'float',
  'float32', 'float64', 'complex64', 'complex128', 'byte', 'rune', 'string', 'bool', 'error', 'uintptr'];
const FUNCS = ['print', 'println', 'panic', 'recover', 'close', 'complex', 'real', 'imag', 'len', 'cap', 'append',
  'copy', 'delete', 'new', 'make'];

export const go = new Lexer({
  name: 'Go',
  ensureNL: true,
  rules: {
    root: [
      rule('\\n', 'Text'),
      rule('\\s+', 'Text'),
      rule('\\\\\\n', 'Text'),
      rule('//(.*?)\\n', 'CommentSingle'),
      rule('/(\\\\\\n)?[*](.|\\n)*?[*](\\\\\\n)?/', 'CommentMultiline'),
      rule('(import|package)\\b', 'KeywordNamespace'),
      rule('(var|func|struct|map|chan|type|interface|const)\\b', 'KeywordDeclaration'),
      rule(words('', '\\b', 'break', 'default', 'select', 'case', 'defer', 'go', 'else', 'goto', 'switch',
        'fallthrough', 'if', 'range', 'continue', 'for', 'return'), 'Keyword'),
      rule('(true|false|iota|nil)\\b', 'KeywordConstant'),
      rule(words('', '\\b(\\()', ...BUILTINS, ...FUNCS), bygroups('NameBuiltin', 'Punctuation')),
      rule(words('', '\\b', ...BUILTINS), 'KeywordType'),
      rule('\\d+i', 'LiteralNumber'),
      rule('\\d+\\.\\d*([Ee][-+]\\d+)?i', 'LiteralNumber'),
      rule('\\.\\d+([Ee][-+]\\d+)?i', 'LiteralNumber'),
      rule('\\d+[Ee][-+]\\d+i', 'LiteralNumber'),
      rule('\\d+(\\.\\d+[eE][+\\-]?\\d+|\\.\\d*|[eE][+\\-]?\\d+)', 'LiteralNumberFloat'),
      rule('\\.\\d+([eE][+\\-]?\\d+)?', 'LiteralNumberFloat'),
      rule('0[0-7]+', 'LiteralNumberOct'),
      rule('0[xX][0-9a-fA-F_]+', 'LiteralNumberHex'),
      rule('0b[01_]+', 'LiteralNumberBin'),
      rule('(0|[1-9][0-9_]*)', 'LiteralNumberInteger'),
      rule(`'(\\\\['"\\\\abfnrtv]|\\\\x[0-9a-fA-F]{2}|\\\\[0-7]{1,3}|\\\\u[0-9a-fA-F]{4}|\\\\U[0-9a-fA-F]{8}|[^\\\\])'`, 'LiteralStringChar'),
      rule('(`)([^`]*)(`)', bygroups('LiteralString', using('Go Text Template', { Other: 'LiteralString' }), 'LiteralString')),
      rule('"(\\\\\\\\|\\\\"|[^"])*"', 'LiteralString'),
      rule('(<<=|>>=|<<|>>|<=|>=|&\\^=|&\\^|\\+=|-=|\\*=|/=|%=|&=|\\|=|&&|\\|\\||<-|\\+\\+|--|==|!=|:=|\\.\\.\\.|[+\\-*/%&])', 'Operator'),
      rule('([a-zA-Z_]\\w*)(\\s*)(\\()', bygroups('NameFunction', usingSelf('root'), 'Punctuation')),
      rule('[|^<>=!()\\[\\]{}.,;:]', 'Punctuation'),
      rule('[^\\W\\d]\\w*', 'NameOther'),
    ],
  },
});

// Chroma's go_template.xml: Go raw strings, ```go-text-template, and with HTML ```go-html-template.
export const goTextTemplate = new Lexer({
  name: 'Go Text Template',
  rules: {
    root: [
      rule('{{(- )?/\\*(.|\\n)*?\\*/( -)?}}', 'CommentMultiline'),
      rule('{{[-]?', 'CommentPreproc', 'template'),
      rule('[^{]+', 'Other'),
      rule('{', 'Other'),
    ],
    template: [
      rule('[-]?}}', 'CommentPreproc', '#pop'),
      rule('(?=}})', 'CommentPreproc', '#pop'),
      rule('\\(', 'Operator', 'subexpression'),
      rule('"(\\\\\\\\|\\\\"|[^"])*"', 'LiteralString'),
      include('expression'),
    ],
    subexpression: [rule('\\)', 'Operator', '#pop'), include('expression')],
    expression: [
      rule('\\s+', 'TextWhitespace'),
      rule('\\(', 'Operator', 'subexpression'),
      rule('(range|if|else|while|with|template|end|true|false|nil|and|call|html|index|js|len|not|or|print|printf|println|urlquery|eq|ne|lt|le|gt|ge)\\b', 'Keyword'),
      rule('\\||:?=|,', 'Operator'),
      rule('[$]?[^\\W\\d]\\w*', 'NameOther'),
      rule('\\$|[$]?\\.(?:[^\\W\\d]\\w*)?', 'NameAttribute'),
      rule('"(\\\\\\\\|\\\\"|[^"])*"', 'LiteralString'),
      rule('-?\\d+i', 'LiteralNumber'),
      rule('-?\\d+\\.\\d*([Ee][-+]\\d+)?i', 'LiteralNumber'),
      rule('\\.\\d+([Ee][-+]\\d+)?i', 'LiteralNumber'),
      rule('-?\\d+[Ee][-+]\\d+i', 'LiteralNumber'),
      rule('-?\\d+(\\.\\d+[eE][+\\-]?\\d+|\\.\\d*|[eE][+\\-]?\\d+)', 'LiteralNumberFloat'),
      rule('-?\\.\\d+([eE][+\\-]?\\d+)?', 'LiteralNumberFloat'),
      rule('-?0[0-7]+', 'LiteralNumberOct'),
      rule('-?0[xX][0-9a-fA-F]+', 'LiteralNumberHex'),
      rule('-?0b[01_]+', 'LiteralNumberBin'),
      rule('-?(0|[1-9][0-9]*)', 'LiteralNumberInteger'),
      rule(`'(\\\\['"\\\\abfnrtv]|\\\\x[0-9a-fA-F]{2}|\\\\[0-7]{1,3}|\\\\u[0-9a-fA-F]{4}|\\\\U[0-9a-fA-F]{8}|[^\\\\])'`, 'LiteralStringChar'),
      rule('`[^`]*`', 'LiteralString'),
    ],
  },
});

export const goHTMLTemplate = new DelegatingLexer('Go HTML Template', html, goTextTemplate);
