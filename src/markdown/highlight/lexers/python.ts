import { Lexer, bygroups, include, rule } from '../engine.js';
import { BUILTINS, EXCEPTIONS, MAGIC_FUNCS } from './python-words.js';

// Chroma v2.5.0's python.xml (Python 3): string prefixes pick escape handling and f-string states.
const ID = '[_\\p{L}][_\\p{L}\\p{N}]*';

// String openers in Chroma's order: prefix regex, quote, and the state(s) the body is lexed in.
const OPENERS: Array<[prefix: string, escapes: string | null, f: boolean]> = [
  ['(?i)(rf|fr)', 'rfstringescape', true],
  ['([fF])', 'fstringescape', true],
  ['(?i)(rb|br|r)', null, false],
  ['([uUbB]?)', 'stringescape', false],
];
const QUOTES: Array<[quote: string, type: string, state: string]> = [
  ['"""', 'LiteralStringDouble', 'tdq'],
  ["'''", 'LiteralStringSingle', 'tsq'],
  ['"', 'LiteralStringDouble', 'dq'],
  ["'", 'LiteralStringSingle', 'sq'],
];
const openers = OPENERS.flatMap(([prefix, escapes, f]) =>
  QUOTES.map(([quote, type, state]) => {
    const body = state + (f ? 'f' : 's');
    return rule(`${prefix}(${quote})`, bygroups('LiteralStringAffix', type), escapes === null ? body : `combined:${escapes},${body}`);
  }),
);

const stringBody = (type: string): ReturnType<typeof rule>[] => [
  rule('%(\\(\\w+\\))?[-#0 +]*([0-9]+|[*])?(\\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsaux%]', 'LiteralStringInterpol'),
  rule('\\{((\\w+)((\\.\\w+)|(\\[[^\\]]+\\]))*)?(\\![sra])?(\\:(.?[<>=\\^])?[-+ ]?#?0?(\\d+)?,?(\\.\\d+)?[E-GXb-gnosx%]?)?\\}', 'LiteralStringInterpol'),
  rule(`[^\\\\\\'"%{\\n]+`, type),
  rule(`[\\'"\\\\]`, type),
  rule('%|(\\{{1,2})', type),
];

const fstringBody = (type: string): ReturnType<typeof rule>[] => [
  rule('\\}', 'LiteralStringInterpol'),
  rule('\\{', 'LiteralStringInterpol', 'expr-inside-fstring'),
  rule(`[^\\\\\\'"{}\\n]+`, type),
  rule(`[\\'"\\\\]`, type),
];

export const python = new Lexer({
  name: 'Python',
  rules: {
    root: [
      rule('\\n', 'Text'),
      rule('^(\\s*)([rRuUbB]{,2})("""(?:.|\\n)*?""")', bygroups('Text', 'LiteralStringAffix', 'LiteralStringDoc')),
      rule("^(\\s*)([rRuUbB]{,2})('''(?:.|\\n)*?''')", bygroups('Text', 'LiteralStringAffix', 'LiteralStringDoc')),
      rule('\\A#!.+$', 'CommentHashbang'),
      rule('#.*$', 'CommentSingle'),
      rule('\\\\\\n', 'Text'),
      rule('\\\\', 'Text'),
      include('keywords'),
      rule('(def)((?:\\s|\\\\\\s)+)', bygroups('Keyword', 'Text'), 'funcname'),
      rule('(class)((?:\\s|\\\\\\s)+)', bygroups('Keyword', 'Text'), 'classname'),
      rule('(from)((?:\\s|\\\\\\s)+)', bygroups('KeywordNamespace', 'Text'), 'fromimport'),
      rule('(import)((?:\\s|\\\\\\s)+)', bygroups('KeywordNamespace', 'Text'), 'import'),
      include('expr'),
    ],
    expr: [
      ...openers,
      rule('[^\\S\\n]+', 'Text'),
      include('numbers'),
      rule('!=|==|<<|>>|:=|[-~+/*%=<>&^|.]', 'Operator'),
      rule('[]{}:(),;[]', 'Punctuation'),
      rule('(in|is|and|or|not)\\b', 'OperatorWord'),
      include('expr-keywords'),
      include('builtins'),
      include('magicfuncs'),
      include('magicvars'),
      include('name'),
    ],
    'expr-inside-fstring': [
      rule('[{([]', 'Punctuation', 'expr-inside-fstring-inner'),
      rule('(=\\s*)?(\\![sraf])?\\}', 'LiteralStringInterpol', '#pop'),
      rule('(=\\s*)?(\\![sraf])?:', 'LiteralStringInterpol', '#pop'),
      rule('\\s+', 'Text'),
      include('expr'),
    ],
    'expr-inside-fstring-inner': [
      rule('[{([]', 'Punctuation', 'expr-inside-fstring-inner'),
      rule('[])}]', 'Punctuation', '#pop'),
      rule('\\s+', 'Text'),
      include('expr'),
    ],
    'expr-keywords': [
      rule('(yield from|async for|lambda|yield|await|else|for|if)\\b', 'Keyword'),
      rule('(False|True|None)\\b', 'KeywordConstant'),
    ],
    keywords: [
      rule('(yield from|nonlocal|continue|finally|except|lambda|assert|global|return|raise|yield|while|break|await|async|pass|else|elif|with|try|for|del|as|if)\\b', 'Keyword'),
      rule('(False|True|None)\\b', 'KeywordConstant'),
    ],
    builtins: [
      rule(`(?<!\\.)(${BUILTINS})\\b`, 'NameBuiltin'),
      rule('(?<!\\.)(self|Ellipsis|NotImplemented|cls)\\b', 'NameBuiltinPseudo'),
      rule(`(?<!\\.)(${EXCEPTIONS})\\b`, 'NameException'),
    ],
    magicfuncs: [rule(`(${MAGIC_FUNCS})\\b`, 'NameFunctionMagic')],
    magicvars: [
      rule('(__annotations__|__kwdefaults__|__qualname__|__objclass__|__defaults__|__closure__|__globals__|__weakref__|__module__|__class__|__bases__|__slots__|__file__|__code__|__name__|__func__|__dict__|__self__|__mro__|__doc__)\\b', 'NameVariableMagic'),
    ],
    numbers: [
      rule('(\\d(?:_?\\d)*\\.(?:\\d(?:_?\\d)*)?|(?:\\d(?:_?\\d)*)?\\.\\d(?:_?\\d)*)([eE][+-]?\\d(?:_?\\d)*)?', 'LiteralNumberFloat'),
      rule('\\d(?:_?\\d)*[eE][+-]?\\d(?:_?\\d)*j?', 'LiteralNumberFloat'),
      rule('0[oO](?:_?[0-7])+', 'LiteralNumberOct'),
      rule('0[bB](?:_?[01])+', 'LiteralNumberBin'),
      rule('0[xX](?:_?[a-fA-F0-9])+', 'LiteralNumberHex'),
      rule('\\d(?:_?\\d)*', 'LiteralNumberInteger'),
    ],
    name: [
      rule(`@${ID}(\\s*\\.\\s*${ID})*`, 'NameDecorator'),
      rule('@', 'Operator'),
      rule(ID, 'Name'),
    ],
    funcname: [include('magicfuncs'), rule(ID, 'NameFunction', '#pop'), rule('', null, '#pop')],
    classname: [rule(ID, 'NameClass', '#pop')],
    import: [
      rule('(\\s+)(as)(\\s+)', bygroups('Text', 'Keyword', 'Text')),
      rule('\\.', 'NameNamespace'),
      rule(ID, 'NameNamespace'),
      rule('(\\s*)(,)(\\s*)', bygroups('Text', 'Operator', 'Text')),
      rule('', null, '#pop'),
    ],
    fromimport: [
      rule('(\\s+)(import)\\b', bygroups('Text', 'KeywordNamespace'), '#pop'),
      rule('\\.', 'NameNamespace'),
      rule('None\\b', 'NameBuiltinPseudo', '#pop'),
      rule(ID, 'NameNamespace'),
      rule('', null, '#pop'),
    ],
    rfstringescape: [rule('\\{\\{', 'LiteralStringEscape'), rule('\\}\\}', 'LiteralStringEscape')],
    fstringescape: [include('rfstringescape'), include('stringescape')],
    stringescape: [rule('\\\\([\\\\abfnrtv"\\\']|\\n|N\\{.*?\\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})', 'LiteralStringEscape')],
    'fstrings-single': fstringBody('LiteralStringSingle'),
    'fstrings-double': fstringBody('LiteralStringDouble'),
    'strings-single': stringBody('LiteralStringSingle'),
    'strings-double': stringBody('LiteralStringDouble'),
    dqf: [rule('"', 'LiteralStringDouble', '#pop'), rule('\\\\\\\\|\\\\"|\\\\\\n', 'LiteralStringEscape'), include('fstrings-double')],
    sqf: [rule("'", 'LiteralStringSingle', '#pop'), rule("\\\\\\\\|\\\\'|\\\\\\n", 'LiteralStringEscape'), include('fstrings-single')],
    dqs: [rule('"', 'LiteralStringDouble', '#pop'), rule('\\\\\\\\|\\\\"|\\\\\\n', 'LiteralStringEscape'), include('strings-double')],
    sqs: [rule("'", 'LiteralStringSingle', '#pop'), rule("\\\\\\\\|\\\\'|\\\\\\n", 'LiteralStringEscape'), include('strings-single')],
    tdqf: [rule('"""', 'LiteralStringDouble', '#pop'), include('fstrings-double'), rule('\\n', 'LiteralStringDouble')],
    tsqf: [rule("'''", 'LiteralStringSingle', '#pop'), include('fstrings-single'), rule('\\n', 'LiteralStringSingle')],
    tdqs: [rule('"""', 'LiteralStringDouble', '#pop'), include('strings-double'), rule('\\n', 'LiteralStringDouble')],
    tsqs: [rule("'''", 'LiteralStringSingle', '#pop'), include('strings-single'), rule('\\n', 'LiteralStringSingle')],
  },
});
