import { Lexer, bygroups, include, rule, using } from '../engine.js';

// Chroma v2.5.0's bash.xml (Bash, sh, zsh, shell…) and bashsession.xml (console).
export const bash = new Lexer({
  name: 'Bash',
  rules: {
    root: [include('basic'), rule('`', 'LiteralStringBacktick', 'backticks'), include('data'), include('interp')],
    basic: [
      rule('\\b(if|fi|else|while|do|done|for|then|return|function|case|select|continue|until|esac|elif)(\\s*)\\b', bygroups('Keyword', 'Text')),
      rule('\\b(alias|bg|bind|break|builtin|caller|cd|command|compgen|complete|declare|dirs|disown|echo|enable|eval|exec|exit|export|false|fc|fg|getopts|hash|help|history|jobs|kill|let|local|logout|popd|printf|pushd|pwd|read|readonly|set|shift|shopt|source|suspend|test|time|times|trap|true|type|typeset|ulimit|umask|unalias|unset|wait)(?=[\\s)`])', 'NameBuiltin'),
      rule('\\A#!.+\\n', 'CommentPreproc'),
      rule('#.*(\\S|$)', 'CommentSingle'),
      rule('\\\\[\\w\\W]', 'LiteralStringEscape'),
      rule('(\\b\\w+)(\\s*)(\\+?=)', bygroups('NameVariable', 'Text', 'Operator')),
      rule('[\\[\\]{}()=]', 'Operator'),
      rule('<<<', 'Operator'),
      rule("<<-?\\s*(\\'?)\\\\?(\\w+)[\\w\\W]+?\\2", 'LiteralString'),
      rule('&&|\\|\\|', 'Operator'),
    ],
    data: [
      rule('(?s)\\$?"(\\\\\\\\|\\\\[0-7]+|\\\\.|[^"\\\\$])*"', 'LiteralStringDouble'),
      rule('"', 'LiteralStringDouble', 'string'),
      rule("(?s)\\$'(\\\\\\\\|\\\\[0-7]+|\\\\.|[^'\\\\])*'", 'LiteralStringSingle'),
      rule("(?s)'.*?'", 'LiteralStringSingle'),
      rule(';', 'Punctuation'),
      rule('&', 'Punctuation'),
      rule('\\|', 'Punctuation'),
      rule('\\s+', 'Text'),
      rule('\\d+(?= |$)', 'LiteralNumber'),
      rule("[^=\\s\\[\\]{}()$\"\\'`\\\\<&|;]+", 'Text'),
      rule('<', 'Text'),
    ],
    string: [
      rule('"', 'LiteralStringDouble', '#pop'),
      rule('(?s)(\\\\\\\\|\\\\[0-7]+|\\\\.|[^"\\\\$])+', 'LiteralStringDouble'),
      include('interp'),
    ],
    interp: [
      rule('\\$\\(\\(', 'Keyword', 'math'),
      rule('\\$\\(', 'Keyword', 'paren'),
      rule('\\$\\{#?', 'LiteralStringInterpol', 'curly'),
      rule('\\$[a-zA-Z_]\\w*', 'NameVariable'),
      rule('\\$(?:\\d+|[#$?!_*@-])', 'NameVariable'),
      rule('\\$', 'Text'),
    ],
    paren: [rule('\\)', 'Keyword', '#pop'), include('root')],
    math: [
      rule('\\)\\)', 'Keyword', '#pop'),
      rule('[-+*/%^|&]|\\*\\*|\\|\\|', 'Operator'),
      rule('\\d+#\\d+', 'LiteralNumber'),
      rule('\\d+#(?! )', 'LiteralNumber'),
      rule('\\d+', 'LiteralNumber'),
      include('root'),
    ],
    backticks: [rule('`', 'LiteralStringBacktick', '#pop'), include('root')],
    curly: [
      rule('\\}', 'LiteralStringInterpol', '#pop'),
      rule(':-', 'Keyword'),
      rule('\\w+', 'NameVariable'),
      rule("[^}:\"\\'`$\\\\]+", 'Punctuation'),
      rule(':', 'Punctuation'),
      include('root'),
    ],
  },
});

export const bashSession = new Lexer({
  name: 'BashSession',
  ensureNL: true,
  rules: {
    root: [
      rule('^((?:\\[[^]]+@[^]]+\\]\\s?)?[#$%>])(\\s*)(.*\\n?)', bygroups('GenericPrompt', 'Text', using('Bash'))),
      rule('^.+\\n?', 'GenericOutput'),
    ],
  },
});
