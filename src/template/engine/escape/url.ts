/**
 * URL filtering and escaping as Go's html/template does it (url.go): only
 * http, https, mailto and relative URLs pass the filter, and percent-encoding
 * uses lower-case hex over UTF-8 bytes (`%c3%a9`).
 */

import { filterFailsafe } from './html.js';
import { stringify } from './stringify.js';

/** False for URLs with a scheme other than http, https or mailto. */
export function isSafeURL(s: string): boolean {
  const colon = s.indexOf(':');
  if (colon >= 0) {
    const protocol = s.slice(0, colon);
    if (!protocol.includes('/')) {
      const p = protocol.toLowerCase();
      if (p !== 'http' && p !== 'https' && p !== 'mailto') return false;
    }
  }
  return true;
}

/** At the start of a URL attribute: unsafe schemes become `#ZgotmplZ`; trusted URLs pass. */
export function urlFilter(...args: unknown[]): string {
  const [s, t] = stringify(args);
  if (t === 'URL') return s;
  return isSafeURL(s) ? s : `#${filterFailsafe}`;
}

const encoder = new TextEncoder();
// RFC 3986 reserved characters, kept when normalizing.
const reserved = new Set("!#$&*+,/:;=?@[]".split(''));
const hex = '0123456789abcdef';
const needsNoWork = /^[A-Za-z0-9\-._~]*$/;
// Typical URLs: nothing to encode when normalizing.
const normalizedAlready = /^[A-Za-z0-9\-._~!#$&*+,/:;=?@[\]]*$/;

const isHexByte = (b: number | undefined): boolean =>
  b !== undefined && ((b >= 48 && b <= 57) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102));

/**
 * Percent-encodes `s`. Normalizing keeps reserved characters and existing
 * escapes (it only fixes what is not valid in a URL); escaping encodes
 * everything but unreserved characters, for query values.
 */
export function processURL(s: string, norm: boolean): string {
  if (needsNoWork.test(s) || (norm && normalizedAlready.test(s))) return s;
  const bytes = encoder.encode(s);
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    const ch = String.fromCharCode(b);
    if (b < 0x80) {
      if ((b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || '-._~'.includes(ch)) {
        out += ch;
        continue;
      }
      if (norm && reserved.has(ch)) {
        out += ch;
        continue;
      }
      if (norm && b === 37 && isHexByte(bytes[i + 1]) && isHexByte(bytes[i + 2])) {
        out += ch;
        continue;
      }
    }
    out += `%${hex[b >> 4]}${hex[b & 15]}`;
  }
  return out;
}

/** Query and fragment parts: everything but unreserved characters is encoded (space is %20). */
export function urlEscaper(...args: unknown[]): string {
  const [s, t] = stringify(args);
  return processURL(s, t !== 'URL' ? false : true);
}

/** URL paths: only what is invalid in a URL is encoded. */
export function urlNormalizer(...args: unknown[]): string {
  const [s] = stringify(args);
  return processURL(s, true);
}

const isHTMLSpace = (ch: string | undefined): boolean =>
  ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r';

/**
 * srcset: each comma-separated candidate's URL is filtered and normalized;
 * one with an unsafe URL or odd metadata becomes `#ZgotmplZ`. A trusted URL
 * is one candidate, so its commas are encoded.
 */
export function srcsetEscaper(...args: unknown[]): string {
  const [s, t] = stringify(args);
  if (t === 'URL') return processURL(s, true).replaceAll(',', '%2c');
  let out = '';
  let written = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s[i] === ',') {
      out += srcsetCandidate(s, written, i);
      if (i < s.length) out += ',';
      written = i + 1;
    }
  }
  return out;
}

function srcsetCandidate(s: string, left: number, right: number): string {
  let start = left;
  while (start < right && isHTMLSpace(s[start])) start++;
  let end = right;
  for (let i = start; i < right; i++) {
    if (isHTMLSpace(s[i])) {
      end = i;
      break;
    }
  }
  const url = s.slice(start, end);
  // Metadata such as `2x` or `100w` needs no encoding; anything else is suspicious.
  if (isSafeURL(url) && /^[ \t\n\f\rA-Za-z0-9]*$/.test(s.slice(end, right))) {
    return s.slice(left, start) + processURL(url, true) + s.slice(end, right);
  }
  return `#${filterFailsafe}`;
}
