/**
 * Request path → snapshot key, a pure function. Only keys of the snapshot are
 * ever served, so safety here means: one decoding, and anything that could
 * mean a different file on some file system (`..`, backslashes, NUL, encoded
 * slashes, drive letters, empty segments) is refused rather than normalised.
 */

export type ResolvedPath =
  | { kind: 'file'; key: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing'; key: string }
  | { kind: 'bad' };

/**
 * `rawPath` is the path part of the request target, still percent-encoded and
 * without the query. `has` says whether a key exists in the snapshot.
 */
export function resolveRequestPath(rawPath: string, has: (key: string) => boolean): ResolvedPath {
  if (!rawPath.startsWith('/') || rawPath.startsWith('//')) return { kind: 'bad' };
  // A backslash is a separator on Windows; %2F / %5C would hide a separator from the segment check.
  if (/[\\\0]|%(2f|5c|00)/i.test(rawPath)) return { kind: 'bad' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad' };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return { kind: 'bad' };
  const segments = decoded.slice(1).split('/');
  const last = segments.length - 1;
  for (const [i, segment] of segments.entries()) {
    if (segment === '.' || segment === '..') return { kind: 'bad' };
    if (segment === '' && i !== last) return { kind: 'bad' };
  }
  if (/^[a-z]:$/i.test(segments[0] ?? '')) return { kind: 'bad' };

  if (decoded.endsWith('/')) {
    const key = `${decoded}index.html`;
    return has(key) ? { kind: 'file', key } : { kind: 'missing', key };
  }
  if (has(decoded)) return { kind: 'file', key: decoded };
  // A folder asked for without its slash: redirect, as Go's http.FileServer does for `hugo server`.
  if (has(`${decoded}/index.html`)) return { kind: 'redirect', location: `${rawPath}/` };
  return { kind: 'missing', key: decoded };
}
