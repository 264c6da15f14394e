import { Lexer, bygroups, rule } from '../engine.js';

// Chroma v2.5.0's ini.xml: sections, `key = value` (continued on indented lines), comments.
export const ini = new Lexer({
  name: 'INI',
  rules: {
    root: [
      rule('\\s+', 'Text'),
      rule('[;#].*', 'CommentSingle'),
      rule('\\[.*?\\]$', 'Keyword'),
      rule('(.*?)([ \\t]*)(=)([ \\t]*)(.*(?:\\n[ \\t].+)*)', bygroups('NameAttribute', 'Text', 'Operator', 'Text', 'LiteralString')),
      rule('(.+?)$', 'NameAttribute'),
    ],
  },
});
