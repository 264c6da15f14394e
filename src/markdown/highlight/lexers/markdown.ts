import { chromaLexer } from '../../highlight.js';
import { DelegatingLexer } from '../delegate.js';
import { Lexer, bygroups, include, rule, usingSelf } from '../engine.js';
import { html } from './html.js';

// Chroma v2.5.0's markdown lexer (lexers/markdown.go), delegating its `Other` text to HTML.
// Fenced code inside is lexed by the fence language's lexer when vellum has one.
const markdownOnly = new Lexer({
  name: 'markdown (without HTML)',
  rules: {
    root: [
      rule('^(#[^#].+\\n)', bygroups('GenericHeading')),
      rule('^(#{2,6}.+\\n)', bygroups('GenericSubheading')),
      rule('^(\\s*)([*-] )(\\[[ xX]\\])( .+\\n)', bygroups('Text', 'Keyword', 'Keyword', usingSelf('inline'))),
      rule('^(\\s*)([*-])(\\s)(.+\\n)', bygroups('Text', 'Keyword', 'Text', usingSelf('inline'))),
      rule('^(\\s*)([0-9]+\\.)( .+\\n)', bygroups('Text', 'Keyword', usingSelf('inline'))),
      rule('^(\\s*>\\s)(.+\\n)', bygroups('Keyword', 'GenericEmph')),
      rule('^(```\\n)([\\w\\W]*?)(^```$)', bygroups('LiteralString', 'Text', 'LiteralString')),
      rule('^(```)(\\w+)(\\n)([\\w\\W]*?)(^```$)', {
        lexerGroup: 2,
        codeGroup: 4,
        resolve: chromaLexer,
        groups: ['LiteralString', 'LiteralString', 'LiteralString', 'Text', 'LiteralString'],
      }),
      include('inline'),
    ],
    inline: [
      rule('\\\\.', 'Text'),
      rule('(\\s)(\\*|_)((?:(?!\\2).)*)(\\2)((?=\\W|\\n))', bygroups('Text', 'GenericEmph', 'GenericEmph', 'GenericEmph', 'Text')),
      rule('(\\s)((\\*\\*|__).*?)\\3((?=\\W|\\n))', bygroups('Text', 'GenericStrong', 'GenericStrong', 'Text')),
      rule('(\\s)(~~[^~]+~~)((?=\\W|\\n))', bygroups('Text', 'GenericDeleted', 'Text')),
      rule('`[^`]+`', 'LiteralStringBacktick'),
      rule('[@#][\\w/:]+', 'NameEntity'),
      rule('(!?\\[)([^]]+)(\\])(\\()([^)]+)(\\))', bygroups('Text', 'NameTag', 'Text', 'Text', 'NameAttribute', 'Text')),
      rule('[^\\\\\\s]+', 'Other'),
      rule('.|\\n', 'Other'),
    ],
  },
});

export const markdown = new DelegatingLexer('markdown', html, markdownOnly);
