import { Lexer, rule } from '../engine.js';

// Chroma v2.5.0's diff.xml: one token per line, typed by its first character.
export const diff = new Lexer({
  name: 'Diff',
  ensureNL: true,
  rules: {
    root: [
      rule(' .*\\n', 'Text'),
      rule('\\d+(,\\d+)?(a|c|d)\\d+(,\\d+)?\\n', 'GenericSubheading'),
      rule('---\\n', 'GenericStrong'),
      rule('< .*\\n', 'GenericDeleted'),
      rule('> .*\\n', 'GenericInserted'),
      rule('\\+.*\\n', 'GenericInserted'),
      rule('-.*\\n', 'GenericDeleted'),
      rule('!.*\\n', 'GenericStrong'),
      rule('@.*\\n', 'GenericSubheading'),
      rule('([Ii]ndex|diff).*\\n', 'GenericHeading'),
      rule('=.*\\n', 'GenericHeading'),
      rule('.*\\n', 'Text'),
    ],
  },
});
