import { Lexer, rule } from '../engine.js';
import { KEYWORDS } from './sql-words.js';

// Chroma v2.5.0's sql.xml: case-insensitive keywords, nested block comments.
export const sql = new Lexer({
  name: 'SQL',
  caseInsensitive: true,
  notMultiline: true,
  rules: {
    root: [
      rule('\\s+', 'TextWhitespace'),
      rule('--.*\\n?', 'CommentSingle'),
      rule('/\\*', 'CommentMultiline', 'multiline-comments'),
      rule("'", 'LiteralStringSingle', 'string'),
      rule('"', 'LiteralStringDouble', 'double-string'),
      rule(`(${KEYWORDS})\\b`, 'Keyword'),
      rule('(CHARACTER|SMALLINT|INTERVAL|DECIMAL|SERIAL8|VARYING|BOOLEAN|VARCHAR|INTEGER|NUMERIC|SERIAL|BINARY|BIGINT|NUMBER|FLOAT|ARRAY|TEXT|REAL|INT8|DATE|CHAR|BLOB|DEC|BIT|INT)\\b', 'NameBuiltin'),
      rule('[+*/<>=~!@#%^&|`?-]', 'Operator'),
      rule('[0-9]+', 'LiteralNumberInteger'),
      rule('[a-z_][\\w$]*', 'Name'),
      rule('[;:()\\[\\],.]', 'Punctuation'),
    ],
    'multiline-comments': [
      rule('/\\*', 'CommentMultiline', 'multiline-comments'),
      rule('\\*/', 'CommentMultiline', '#pop'),
      rule('[^/*]+', 'CommentMultiline'),
      rule('[/*]', 'CommentMultiline'),
    ],
    string: [rule("[^']+", 'LiteralStringSingle'), rule("''", 'LiteralStringSingle'), rule("'", 'LiteralStringSingle', '#pop')],
    'double-string': [rule('[^"]+', 'LiteralStringDouble'), rule('""', 'LiteralStringDouble'), rule('"', 'LiteralStringDouble', '#pop')],
  },
});
