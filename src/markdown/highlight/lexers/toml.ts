import { Lexer, rule } from '../engine.js';

// Chroma v2.5.0's toml.xml: no state at all, so table headers and keys are plain names.
export const toml = new Lexer({
  name: 'TOML',
  rules: {
    root: [
      rule('\\s+', 'Text'),
      rule('#.*', 'Comment'),
      rule('(false|true)\\b', 'KeywordConstant'),
      // Chroma's pattern has `\.\d\+` (a literal plus), so fractional seconds never match.
      rule('\\d\\d\\d\\d-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d\\+)?(Z|[+-]\\d{2}:\\d{2})', 'LiteralDate'),
      rule('[+-]?[0-9](_?\\d)*\\.\\d+', 'LiteralNumberFloat'),
      rule('[+-]?[0-9](_?\\d)*', 'LiteralNumberInteger'),
      rule('"(\\\\\\\\|\\\\"|[^"])*"', 'LiteralStringDouble'),
      rule("'(\\\\\\\\|\\\\'|[^'])*'", 'LiteralStringSingle'),
      rule('[.,=\\[\\]{}]', 'Punctuation'),
      rule('[A-Za-z0-9_-]+', 'NameOther'),
    ],
  },
});
