/** Hugo's safe namespace: mark strings as trusted in one context each. */
import { SafeCSS, SafeHTML, SafeHTMLAttr, SafeJS, SafeJSStr, SafeURL } from '../engine/values.js';
import { toStringE } from './go.js';
import type { Namespace } from './registry.js';

export const safeNamespace: Namespace = () => [
  { name: 'safe.HTML', aliases: ['safeHTML'], fn: (s: unknown) => new SafeHTML(toStringE(s)),
    examples: [['{{ safeHTML "<b>x</b>" }}', '<b>x</b>'], ['{{ "<b>x</b>" }}', '&lt;b&gt;x&lt;/b&gt;']] },
  { name: 'safe.HTMLAttr', aliases: ['safeHTMLAttr'], fn: (s: unknown) => new SafeHTMLAttr(toStringE(s)),
    examples: [['<a {{ safeHTMLAttr "href=\\"/x\\"" }}>', '<a href="/x">']] },
  { name: 'safe.URL', aliases: ['safeURL'], fn: (s: unknown) => new SafeURL(toStringE(s)),
    examples: [['<a href="{{ safeURL "irc://x" }}">', '<a href="irc://x">']] },
  { name: 'safe.CSS', aliases: ['safeCSS'], fn: (s: unknown) => new SafeCSS(toStringE(s)),
    examples: [['<p style="{{ safeCSS "color: red" }}">', '<p style="color: red">']] },
  { name: 'safe.JS', aliases: ['safeJS'], fn: (s: unknown) => new SafeJS(toStringE(s)),
    examples: [['<script>var x = {{ safeJS "1 + 2" }};</script>', '<script>var x = 1 + 2;</script>']] },
  { name: 'safe.JSStr', aliases: ['safeJSStr'], fn: (s: unknown) => new SafeJSStr(toStringE(s)),
    examples: [['<script>var x = "{{ safeJSStr "a\\\\nb" }}";</script>', '<script>var x = "a\\nb";</script>']] },
];
