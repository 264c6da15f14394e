import { Lexer, bygroups, include, rule, usingSelf } from '../engine.js';

// Chroma v2.5.0's c.xml: function definitions and declarations are found by one lookahead-heavy
// rule each; everything else is a statement.
const SELF = usingSelf('root');

export const c = new Lexer({
  name: 'C',
  ensureNL: true,
  rules: {
    root: [
      include('whitespace'),
      rule('((?:[\\w*\\s])+?(?:\\s|[*]))([a-zA-Z_]\\w*)(\\s*\\([^;]*?\\))([^;{]*)(\\{)', bygroups(SELF, 'NameFunction', SELF, SELF, 'Punctuation'), 'function'),
      rule('((?:[\\w*\\s])+?(?:\\s|[*]))([a-zA-Z_]\\w*)(\\s*\\([^;]*?\\))([^;]*)(;)', bygroups(SELF, 'NameFunction', SELF, SELF, 'Punctuation')),
      rule('', null, 'statement'),
    ],
    statement: [include('whitespace'), include('statements'), rule('[{}]', 'Punctuation'), rule(';', 'Punctuation', '#pop')],
    function: [
      include('whitespace'),
      include('statements'),
      rule(';', 'Punctuation'),
      rule('\\{', 'Punctuation', '#push'),
      rule('\\}', 'Punctuation', '#pop'),
    ],
    string: [
      rule('"', 'LiteralString', '#pop'),
      rule('\\\\([\\\\abfnrtv"\\\']|x[a-fA-F0-9]{2,4}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|[0-7]{1,3})', 'LiteralStringEscape'),
      rule('[^\\\\"\\n]+', 'LiteralString'),
      rule('\\\\\\n', 'LiteralString'),
      rule('\\\\', 'LiteralString'),
    ],
    macro: [
      rule('(include)(\\s*(?:/[*].*?[*]/\\s*)?)([^\\n]+)', bygroups('CommentPreproc', 'Text', 'CommentPreprocFile')),
      rule('[^/\\n]+', 'CommentPreproc'),
      rule('/[*](.|\\n)*?[*]/', 'CommentMultiline'),
      rule('//.*?\\n', 'CommentSingle', '#pop'),
      rule('/', 'CommentPreproc'),
      rule('(?<=\\\\)\\n', 'CommentPreproc'),
      rule('\\n', 'CommentPreproc', '#pop'),
    ],
    if0: [
      rule('^\\s*#if.*?(?<!\\\\)\\n', 'CommentPreproc', '#push'),
      rule('^\\s*#el(?:se|if).*\\n', 'CommentPreproc', '#pop'),
      rule('^\\s*#endif.*?(?<!\\\\)\\n', 'CommentPreproc', '#pop'),
      rule('.*?\\n', 'Comment'),
    ],
    whitespace: [
      rule('^#if\\s+0', 'CommentPreproc', 'if0'),
      rule('^#', 'CommentPreproc', 'macro'),
      rule('^(\\s*(?:/[*].*?[*]/\\s*)?)(#if\\s+0)', bygroups(SELF, 'CommentPreproc'), 'if0'),
      rule('^(\\s*(?:/[*].*?[*]/\\s*)?)(#)', bygroups(SELF, 'CommentPreproc'), 'macro'),
      rule('\\n', 'Text'),
      rule('\\s+', 'Text'),
      rule('\\\\\\n', 'Text'),
      rule('//(\\n|[\\w\\W]*?[^\\\\]\\n)', 'CommentSingle'),
      rule('/(\\\\\\n)?[*][\\w\\W]*?[*](\\\\\\n)?/', 'CommentMultiline'),
      rule('/(\\\\\\n)?[*][\\w\\W]*', 'CommentMultiline'),
    ],
    statements: [
      rule('(L?)(")', bygroups('LiteralStringAffix', 'LiteralString'), 'string'),
      rule("(L?)(')(\\\\.|\\\\[0-7]{1,3}|\\\\x[a-fA-F0-9]{1,2}|[^\\\\\\'\\n])(')", bygroups('LiteralStringAffix', 'LiteralStringChar', 'LiteralStringChar', 'LiteralStringChar')),
      rule('(\\d+\\.\\d*|\\.\\d+|\\d+)[eE][+-]?\\d+[LlUu]*', 'LiteralNumberFloat'),
      rule('(\\d+\\.\\d*|\\.\\d+|\\d+[fF])[fF]?', 'LiteralNumberFloat'),
      rule('0x[0-9a-fA-F]+[LlUu]*', 'LiteralNumberHex'),
      rule('0[0-7]+[LlUu]*', 'LiteralNumberOct'),
      rule('\\d+[LlUu]*', 'LiteralNumberInteger'),
      rule('\\*/', 'Error'),
      rule('[~!%^&*+=|?:<>/-]', 'Operator'),
      rule('[()\\[\\],.]', 'Punctuation'),
      rule('(restricted|volatile|continue|register|default|typedef|struct|extern|switch|sizeof|static|return|union|while|const|break|goto|enum|else|case|auto|for|asm|if|do)\\b', 'Keyword'),
      rule('(bool|int|long|float|short|double|char((8|16|32)_t)?|unsigned|signed|void|u?int(_fast|_least|)(8|16|32|64)_t)\\b|\\b[a-z]\\w*_t\\b', 'KeywordType'),
      rule('(typename|__inline|restrict|_inline|thread|inline|naked)\\b', 'KeywordReserved'),
      rule('(__m(128i|128d|128|64))\\b', 'KeywordReserved'),
      rule('__(forceinline|identifier|unaligned|declspec|fastcall|finally|stdcall|wchar_t|assume|except|int32|cdecl|int16|leave|based|raise|int64|noop|int8|w64|try|asm)\\b', 'KeywordReserved'),
      rule('(true|false|NULL)\\b', 'NameBuiltin'),
      rule('([a-zA-Z_]\\w*)(\\s*)(:)(?!:)', bygroups('NameLabel', 'Text', 'Punctuation')),
      rule('\\b[A-Za-z_]\\w*(?=\\s*\\()', 'NameFunction'),
      rule('[a-zA-Z_]\\w*', 'Name'),
    ],
  },
});
