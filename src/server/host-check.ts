/**
 * DNS rebinding guard. A page on another site can point its own host name at
 * 127.0.0.1 and then read this server as same-origin, drafts included. When
 * the server listens on a loopback address only, the Host header must name
 * this machine: localhost (or *.localhost) or an IP literal. With a wider
 * bind (`--bind 0.0.0.0`) the user has chosen to be reachable, so any host is
 * accepted, as hugo server does.
 */

export function isLoopbackBind(bind: string): boolean {
  return bind === 'localhost' || bind === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bind);
}

export function isLocalHostHeader(host: string | undefined): boolean {
  if (host === undefined) return true; // HTTP/1.0 clients send none
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
  const lower = name.toLowerCase();
  return (
    lower === 'localhost' ||
    lower.endsWith('.localhost') ||
    /^\d+\.\d+\.\d+\.\d+$/.test(lower) ||
    (host.startsWith('[') && /^[0-9a-f:.]+$/.test(lower))
  );
}
