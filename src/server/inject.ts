/**
 * Transforms applied to HTML as it is served (never to `vellum build`
 * output): the live-reload script tag, and links rewritten to the host the
 * browser actually used. Like Hugo's livereloadinject, plain string edits.
 */

export const clientScriptPath = '/__vellum/client.js';
export const eventsPath = '/__vellum/events';

const scriptTag = `<script src="${clientScriptPath}" defer></script>`;

/** Before the last `</body>`; else after `<head …>`; else after `<html …>`; else first. */
export function injectLiveReload(html: string): string {
  const bodyEnd = html.toLowerCase().lastIndexOf('</body>');
  if (bodyEnd !== -1) return html.slice(0, bodyEnd) + scriptTag + html.slice(bodyEnd);
  for (const open of [/<head(?:\s[^>]*)?>/i, /<html(?:\s[^>]*)?>/i]) {
    const match = open.exec(html);
    if (match !== null) {
      const at = match.index + match[0].length;
      return html.slice(0, at) + scriptTag + html.slice(at);
    }
  }
  return scriptTag + html;
}

/** A Host header we are willing to copy into a page: a name or IP with an optional port. */
export function isSafeHost(host: string): boolean {
  return /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i.test(host);
}

/**
 * `http://localhost:1313/x` → `http://192.168.1.5:1313/x` when the page was
 * built for one host and requested through another (`--bind 0.0.0.0`). Only
 * whole origins are replaced: `http://localhost:13130` is left alone.
 */
export function rewriteOrigin(html: string, builtOrigin: string, requestOrigin: string): string {
  if (builtOrigin === requestOrigin || builtOrigin === '') return html;
  const hostPart = builtOrigin.replace(/^https?:/i, '');
  const escaped = hostPart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const requestHost = requestOrigin.replace(/^https?:/i, '');
  // Also protocol-relative `//localhost:1313/` links; the scheme is kept as written.
  return html.replace(new RegExp(`(https?:)?${escaped}(?![\\w.:-])`, 'gi'), (_m, scheme: string | undefined) =>
    scheme === undefined ? requestHost : requestOrigin.slice(0, requestOrigin.indexOf('//')) + requestHost,
  );
}
