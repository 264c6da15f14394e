/** Hugo's urls namespace. Site-aware functions go through the build's hooks. */
import { toStringE } from './go.js';
import type { Namespace } from './registry.js';

const isAllowedPathRune = (ch: string): boolean => /[./\\_#+~\-@\p{L}\p{N}\p{M}]/u.test(ch);

/**
 * Hugo's UnicodeSanitize (what urlize and file names go through): keep
 * letters, digits, marks and . / \ _ # + ~ - @ and %XX escapes; a run of
 * spaces becomes one hyphen unless a hyphen is already there.
 */
export function unicodeSanitize(s: string): string {
  const source = [...s];
  let out = '';
  let prependHyphen = false;
  let wasHyphen = false;
  source.forEach((ch, i) => {
    const escape = ch === '%' && /^[0-9a-fA-F]{2}$/.test((source[i + 1] ?? '') + (source[i + 2] ?? ''));
    if (isAllowedPathRune(ch) || escape) {
      wasHyphen = ch === '-';
      if (prependHyphen) {
        if (!wasHyphen) out += '-';
        prependHyphen = false;
      }
      out += ch;
    } else if (out.length > 0 && !wasHyphen && /\s/.test(ch)) {
      prependHyphen = true;
    }
  });
  return out;
}

/** Go's url.Parse + String for a path-like string: non-ASCII and spaces are percent-encoded. */
export function escapePath(s: string): string {
  return s.replace(/[^\x21-\x7e]|%(?![0-9a-fA-F]{2})/gu, (c) => encodeURIComponent(c));
}

export function urlize(s: string): string {
  // Go's url.Parse + String drops an empty fragment: "c#" prints as "c".
  return escapePath(unicodeSanitize(s).toLowerCase().replace(/#$/, ''));
}

/**
 * Goldmark's heading-id rule, which Hugo's anchorize uses: letters, digits
 * and "_" kept and lower-cased, each space or hyphen a "-", the rest dropped.
 */
export function anchorize(s: string): string {
  let out = '';
  for (const ch of s.trim()) {
    if (/[\p{L}\p{N}_]/u.test(ch)) out += ch.toLowerCase();
    else if (ch === ' ' || ch === '-') out += '-';
  }
  return out;
}

/** Go's net/url.URL fields as templates read them (`(urls.Parse $u).Host`). */
export class GoURL {
  static readonly goTypeName = '*url.URL';
  constructor(
    readonly Scheme: string, readonly Opaque: string, readonly User: string, readonly Host: string,
    readonly Path: string, readonly RawQuery: string, readonly Fragment: string,
    /** The path as written when its escaping differs from the default (Go keeps "%2F"). */
    readonly RawPath = '',
  ) {}
  /** Go's json.Marshal of a url.URL: its fields in declaration order. */
  jsonFields(): [string, unknown][] {
    return [
      ['Scheme', this.Scheme], ['Opaque', this.Opaque], ['User', this.User === '' ? null : this.User], ['Host', this.Host],
      ['Path', this.Path], ['RawPath', this.RawPath], ['OmitHost', false], ['ForceQuery', false], ['RawQuery', this.RawQuery],
      ['Fragment', this.Fragment], ['RawFragment', ''],
    ];
  }
  EscapedPath(): string { return this.RawPath !== '' ? this.RawPath : escapePath(this.Path); }
  Hostname(): string { return this.Host.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1'); }
  Port(): string { return /:(\d+)$/.exec(this.Host)?.[1] ?? ''; }
  IsAbs(): boolean { return this.Scheme !== ''; }
  Query(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [k, v] of new URLSearchParams(this.RawQuery)) (out[k] ??= []).push(v);
    return out;
  }
  String(): string {
    let s = this.Scheme === '' ? '' : `${this.Scheme}:`;
    if (this.Opaque !== '') s += this.Opaque;
    else {
      if (this.Host !== '' || this.Scheme === 'file') s += `//${this.User === '' ? '' : `${this.User}@`}${this.Host}`;
      s += this.EscapedPath();
    }
    if (this.RawQuery !== '') s += `?${this.RawQuery}`;
    if (this.Fragment !== '') s += `#${escapePath(this.Fragment)}`;
    return s;
  }
}

export function parseURL(raw: string): GoURL {
  const m = /^(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s.exec(raw);
  if (m === null) throw new Error(`parse ${JSON.stringify(raw)}: invalid URL`);
  const [, scheme = '', authority, rest = '', query = '', fragment = ''] = m;
  let user = '';
  let host = authority ?? '';
  const at = host.lastIndexOf('@');
  if (at >= 0) {
    user = host.slice(0, at);
    host = host.slice(at + 1);
  }
  const opaque = scheme !== '' && authority === undefined && !rest.startsWith('/') ? rest : '';
  let path = opaque === '' ? rest : '';
  try {
    path = decodeURIComponent(path);
  } catch {
    throw new Error(`parse ${JSON.stringify(raw)}: invalid URL escape`);
  }
  const rawPath = opaque === '' && escapePath(path) !== rest ? rest : '';
  return new GoURL(scheme.toLowerCase(), opaque, user, host, path, query, fragment, rawPath);
}

export const urlsNamespace: Namespace = (hooks) => [
  { name: 'urls.URLize', aliases: ['urlize'], fn: (s: unknown) => urlize(toStringE(s)), examples: [
    ['{{ "Hello World" | urlize }}', 'hello-world'],
    ['{{ urlize "Hello,  World! -- a/b c#d é 100% x.y_z+w~q@r" }}', 'hello-world--a/b-c#d-%C3%A9-100-x.y_z&#43;w~q@r'],
  ] },
  { name: 'urls.Anchorize', aliases: ['anchorize'], fn: (s: unknown) => anchorize(toStringE(s)),
    examples: [['{{ anchorize "What\'s New in v2.0?" }}', 'whats-new-in-v20']] },
  { name: 'urls.RelURL', aliases: ['relURL'], fn: (s: unknown) => hooks.relURL(toStringE(s)),
    examples: [['{{ relURL "css/main.css" }}', '/css/main.css']] },
  { name: 'urls.AbsURL', aliases: ['absURL'], fn: (s: unknown) => hooks.absURL(toStringE(s)),
    examples: [['{{ absURL "css/main.css" }}', 'https://example.org/css/main.css']] },
  { name: 'urls.RelLangURL', aliases: ['relLangURL'], fn: (s: unknown) => (hooks.relLangURL ?? hooks.relURL)(toStringE(s)),
    examples: [['{{ relLangURL "about/" }}', '/about/']] },
  { name: 'urls.AbsLangURL', aliases: ['absLangURL'], fn: (s: unknown) => (hooks.absLangURL ?? hooks.absURL)(toStringE(s)),
    examples: [['{{ absLangURL "about/" }}', 'https://example.org/about/']] },
  { name: 'urls.Ref', aliases: ['ref'], fn: (page: unknown, ref: unknown) => {
    if (hooks.ref === undefined) throw new Error('ref is not available here');
    return hooks.ref(page, ref);
  } },
  { name: 'urls.RelRef', aliases: ['relref'], fn: (page: unknown, ref: unknown) => {
    if (hooks.relref === undefined) throw new Error('relref is not available here');
    return hooks.relref(page, ref);
  } },
  { name: 'urls.Parse', fn: (s: unknown) => parseURL(toStringE(s)), examples: [
    ['{{ (urls.Parse "https://example.org:8080/a b/?q=1#top").Host }}', 'example.org:8080'],
    ['{{ (urls.Parse "https://example.org/docs/?q=1#top").Path }}', '/docs/'],
    ['{{ (urls.Parse "https://example.org/docs/?q=1#top").RawQuery }}', 'q=1'],
  ] },
];
