import { Lexer, bygroups, rule, using } from '../engine.js';

// Chroma v2.5.0's Docker lexer (lexers/docker.go): instructions as keywords, the rest as Bash
// (exec-form arrays as JSON).
const GAP = '(?:\\s*\\\\?\\s*)';

export const docker = new Lexer({
  name: 'Docker',
  caseInsensitive: true,
  rules: {
    root: [
      rule('#.*', 'Comment'),
      rule(`(ONBUILD)(${GAP})`, bygroups('Keyword', using('Bash'))),
      // Three groups for two types: Chroma emits the whole match as an Error token.
      rule(`(HEALTHCHECK)((${GAP}--\\w+=\\w+${GAP})*)`, bygroups('Keyword', using('Bash'))),
      rule(`(VOLUME|ENTRYPOINT|CMD|SHELL)(${GAP})(\\[.*?\\])`, bygroups('Keyword', using('Bash'), using('JSON'))),
      rule(`(LABEL|ENV|ARG)((?:${GAP}\\w+=\\w+${GAP})*)`, bygroups('Keyword', using('Bash'))),
      rule('((?:FROM|MAINTAINER|EXPOSE|WORKDIR|USER|STOPSIGNAL)|VOLUME)\\b(.*)', bygroups('Keyword', 'LiteralString')),
      rule('((?:RUN|CMD|ENTRYPOINT|ENV|ARG|LABEL|ADD|COPY))', 'Keyword'),
      rule('(.*\\\\\\n)*.+', using('Bash')),
    ],
  },
});
