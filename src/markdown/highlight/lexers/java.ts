import { Lexer, bygroups, rule, usingSelf } from '../engine.js';

// Chroma v2.5.0's java.xml.
const ID = '([^\\W\\d]|\\$)[\\w$]*';

export const java = new Lexer({
  name: 'Java',
  dotAll: true,
  ensureNL: true,
  rules: {
    class: [rule(ID, 'NameClass', '#pop')],
    import: [rule('[\\w.]+\\*?', 'NameNamespace', '#pop')],
    root: [
      rule('[^\\S\\n]+', 'Text'),
      rule('//.*?\\n', 'CommentSingle'),
      rule('/\\*.*?\\*/', 'CommentMultiline'),
      rule('(assert|break|case|catch|continue|default|do|else|finally|for|if|goto|instanceof|new|return|switch|this|throw|try|while)\\b', 'Keyword'),
      rule('((?:(?:[^\\W\\d]|\\$)[\\w.\\[\\]$<>]*\\s+)+?)((?:[^\\W\\d]|\\$)[\\w$]*)(\\s*)(\\()', bygroups(usingSelf('root'), 'NameFunction', 'Text', 'Operator')),
      rule('@[^\\W\\d][\\w.]*', 'NameDecorator'),
      rule('(abstract|const|enum|extends|final|implements|native|private|protected|public|static|strictfp|super|synchronized|throws|transient|volatile)\\b', 'KeywordDeclaration'),
      rule('(boolean|byte|char|double|float|int|long|short|void)\\b', 'KeywordType'),
      rule('(package)(\\s+)', bygroups('KeywordNamespace', 'Text'), 'import'),
      rule('(true|false|null)\\b', 'KeywordConstant'),
      rule('(class|interface)(\\s+)', bygroups('KeywordDeclaration', 'Text'), 'class'),
      rule('(import(?:\\s+static)?)(\\s+)', bygroups('KeywordNamespace', 'Text'), 'import'),
      rule('"(\\\\\\\\|\\\\"|[^"])*"', 'LiteralString'),
      rule("'\\\\.'|'[^\\\\]'|'\\\\u[0-9a-fA-F]{4}'", 'LiteralStringChar'),
      rule(`(\\.)((?:[^\\W\\d]|\\$)[\\w$]*)`, bygroups('Operator', 'NameAttribute')),
      rule(`^\\s*${ID}:`, 'NameLabel'),
      rule(ID, 'Name'),
      rule('([0-9][0-9_]*\\.([0-9][0-9_]*)?|\\.[0-9][0-9_]*)([eE][+\\-]?[0-9][0-9_]*)?[fFdD]?|[0-9][eE][+\\-]?[0-9][0-9_]*[fFdD]?|[0-9]([eE][+\\-]?[0-9][0-9_]*)?[fFdD]|0[xX]([0-9a-fA-F][0-9a-fA-F_]*\\.?|([0-9a-fA-F][0-9a-fA-F_]*)?\\.[0-9a-fA-F][0-9a-fA-F_]*)[pP][+\\-]?[0-9][0-9_]*[fFdD]?', 'LiteralNumberFloat'),
      rule('0[xX][0-9a-fA-F][0-9a-fA-F_]*[lL]?', 'LiteralNumberHex'),
      rule('0[bB][01][01_]*[lL]?', 'LiteralNumberBin'),
      rule('0[0-7_]+[lL]?', 'LiteralNumberOct'),
      rule('0|[1-9][0-9_]*[lL]?', 'LiteralNumberInteger'),
      rule('[~^*!%&\\[\\](){}<>|+=:;,./?-]', 'Operator'),
      rule('\\n', 'Text'),
    ],
  },
});
