/**
 * The browser side of live reload, served at /__vellum/client.js. Plain
 * ES2019 with no dependencies. It patches the open page in place (keeping
 * scroll and any state the reader has), swaps changed stylesheets without a
 * reload, and shows build errors in a shadow-DOM overlay.
 */
import { eventsPath } from './inject.js';

// Written without backticks or dollar-brace so it can live in a template literal.
const source = String.raw`(function () {
  'use strict';
  if (window.__vellumLiveReload) return;
  window.__vellumLiveReload = true;
  var SCROLL_KEY = '__vellum_scroll';
  var CLIENT_PATH = document.currentScript ? new URL(document.currentScript.src).pathname : '/__vellum/client.js';

  try {
    var saved = JSON.parse(sessionStorage.getItem(SCROLL_KEY) || 'null');
    sessionStorage.removeItem(SCROLL_KEY);
    if (saved && saved.path === location.pathname) window.scrollTo(saved.x, saved.y);
  } catch (e) {}

  function pageKey() {
    var p = location.pathname;
    try { p = decodeURIComponent(p); } catch (e) {}
    return p.charAt(p.length - 1) === '/' ? p + 'index.html' : p;
  }

  // Other pages, feeds, the sitemap and data files changing do not affect this page.
  function isDocument(path) {
    return /\.(html?|xml|txt|json|css)$/i.test(path);
  }

  function isOwnScript(node) {
    return node.nodeName === 'SCRIPT' && node.getAttribute('src') === CLIENT_PATH;
  }

  function hasPageScripts(doc) {
    var scripts = doc.querySelectorAll('script');
    for (var i = 0; i < scripts.length; i++) {
      var s = scripts[i];
      var type = (s.getAttribute('type') || '').toLowerCase();
      if (isOwnScript(s)) continue;
      if (type === '' || type === 'module' || /javascript|ecmascript/.test(type)) return true;
    }
    return false;
  }

  function reloadKeepingScroll() {
    try {
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify({ path: location.pathname, x: window.scrollX, y: window.scrollY }));
    } catch (e) {}
    location.reload();
  }

  function syncAttributes(target, from) {
    var i;
    for (i = target.attributes.length - 1; i >= 0; i--) {
      var name = target.attributes[i].name;
      if (!from.hasAttribute(name)) target.removeAttribute(name);
    }
    for (i = 0; i < from.attributes.length; i++) {
      target.setAttribute(from.attributes[i].name, from.attributes[i].value);
    }
  }

  // Head nodes equal to the ones on the page are kept, so stylesheets are not refetched.
  function patch(doc) {
    var x = window.scrollX, y = window.scrollY;
    syncAttributes(document.documentElement, doc.documentElement);
    var old = Array.prototype.slice.call(document.head.childNodes);
    var used = [];
    var head = Array.prototype.map.call(doc.head.childNodes, function (node) {
      for (var i = 0; i < old.length; i++) {
        if (used.indexOf(old[i]) === -1 && old[i].isEqualNode(node)) { used.push(old[i]); return old[i]; }
      }
      return document.importNode(node, true);
    });
    document.head.replaceChildren.apply(document.head, head);
    syncAttributes(document.body, doc.body);
    var body = Array.prototype.filter.call(doc.body.childNodes, function (node) { return !isOwnScript(node); })
      .map(function (node) { return document.importNode(node, true); });
    document.body.replaceChildren.apply(document.body, body);
    window.scrollTo(x, y);
    document.dispatchEvent(new CustomEvent('vellum:patched'));
  }

  var refreshing = false, again = false;
  function refresh() {
    if (refreshing) { again = true; return; }
    refreshing = true;
    fetch(location.href, { cache: 'no-store', headers: { Accept: 'text/html' } })
      .then(function (response) {
        var type = response.headers.get('content-type') || '';
        if (type.indexOf('text/html') === -1) return reloadKeepingScroll();
        return response.text().then(function (html) {
          var doc = new DOMParser().parseFromString(html, 'text/html');
          // Scripts would not run again after a patch; a page with scripts reloads instead.
          if (hasPageScripts(document) || hasPageScripts(doc)) return reloadKeepingScroll();
          patch(doc);
        });
      })
      .catch(function () { reloadKeepingScroll(); })
      .then(function () {
        refreshing = false;
        if (again) { again = false; refresh(); }
      });
  }

  var swapping = [];
  function swapCss(paths) {
    var links = document.querySelectorAll('link[rel~="stylesheet" i]');
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      if (swapping.indexOf(link) !== -1) continue;
      var url = new URL(link.href, location.href);
      var path = url.pathname;
      try { path = decodeURIComponent(path); } catch (e) {}
      if (url.origin !== location.origin || paths.indexOf(path) === -1) continue;
      url.searchParams.set('vellum', Date.now().toString(36));
      var next = link.cloneNode(false);
      // Keep the href in the form the page wrote it (root-relative stays root-relative).
      var written = link.getAttribute('href') || '';
      next.setAttribute('href', written.charAt(0) === '/' && written.charAt(1) !== '/' ? url.pathname + url.search + url.hash : url.href);
      swapping.push(link);
      // The old sheet stays until the new one has loaded, so nothing flashes unstyled.
      (function (old, fresh) {
        function done() {
          old.remove();
          swapping.splice(swapping.indexOf(old), 1);
          document.dispatchEvent(new CustomEvent('vellum:css', { detail: fresh.href }));
        }
        fresh.addEventListener('load', done, { once: true });
        fresh.addEventListener('error', done, { once: true });
      })(link, next);
      link.after(next);
    }
  }

  var OVERLAY = 'vellum-error-overlay';
  function hideOverlay() {
    var existing = document.querySelectorAll(OVERLAY);
    for (var i = 0; i < existing.length; i++) existing[i].remove();
  }
  function showOverlay(error) {
    hideOverlay();
    var host = document.createElement(OVERLAY);
    var root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<style>' +
      ':host{all:initial;position:fixed;inset:0;z-index:2147483647;display:block}' +
      '.backdrop{position:absolute;inset:0;background:rgba(0,0,0,.66);display:flex;align-items:flex-start;justify-content:center;overflow:auto}' +
      '.panel{margin:8vh 16px;max-width:960px;width:100%;box-sizing:border-box;background:#1b1b1f;color:#e8e8ea;border-top:6px solid #e5484d;' +
      'border-radius:6px;padding:20px 24px;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 12px 40px rgba(0,0,0,.5)}' +
      '.title{font-weight:700;color:#ff8589;margin:0 0 4px}.file{color:#8ab4f8;margin:0 0 12px;word-break:break-all}' +
      'pre{margin:0;white-space:pre-wrap;word-break:break-word}.frame{margin-top:16px;padding:12px;background:#111114;border-radius:4px;overflow:auto;white-space:pre}' +
      '.tip{margin-top:16px;color:#9a9aa2;font-size:12px}button{float:right;background:none;border:0;color:#9a9aa2;font:inherit;cursor:pointer}' +
      '</style>' +
      '<div class="backdrop" part="backdrop"><div class="panel" role="alertdialog" aria-labelledby="t">' +
      '<button type="button" aria-label="Dismiss">\u00d7</button>' +
      '<p class="title" id="t"></p><p class="file"></p><pre class="message"></pre><pre class="frame"></pre>' +
      '<p class="tip">Fix the file and save: this page updates by itself. The server keeps serving the last good build.</p>' +
      '</div></div>';
    var where = error.file ? error.file + (error.line ? ':' + error.line + (error.column ? ':' + error.column : '') : '') : '';
    var message = String(error.message || '');
    if (where && message.indexOf(where + ': ') === 0) message = message.slice(where.length + 2);
    root.querySelector('.title').textContent = 'Build error (' + error.code + ')';
    root.querySelector('.file').textContent = where;
    root.querySelector('.message').textContent = message;
    var frame = root.querySelector('.frame');
    if (error.frame) frame.textContent = error.frame; else frame.remove();
    root.querySelector('button').addEventListener('click', hideOverlay);
    document.documentElement.appendChild(host);
  }

  // What this page has seen: the server's id and how many of its messages.
  var seen = null;
  function handle(message, eventId) {
    if (eventId) {
      var dot = eventId.lastIndexOf('.');
      seen = { id: eventId.slice(0, dot), seq: Number(eventId.slice(dot + 1)) };
    }
    switch (message.type) {
      case 'hello':
        // A restart, or messages missed while the connection was down: what we show may be stale.
        if (seen !== null && (seen.id !== message.id || seen.seq !== message.seq)) { hideOverlay(); refresh(); }
        seen = { id: message.id, seq: message.seq };
        break;
      case 'css': swapCss(message.paths); break;
      case 'reload':
        // An image, font or script may be used by this page, and a patch would keep the
        // cached copy: reload. A change to this page alone is patched in place.
        if (!message.paths || message.paths.some(function (p) { return !isDocument(p); })) reloadKeepingScroll();
        else if (message.paths.indexOf(pageKey()) !== -1) refresh();
        break;
      case 'navigate':
        if (message.url !== decodedPath()) location.assign(message.url); else refresh();
        break;
      case 'error': showOverlay(message.error); break;
      case 'ok': hideOverlay(); refresh(); break;
    }
  }

  function decodedPath() {
    try { return decodeURIComponent(location.pathname); } catch (e) { return location.pathname; }
  }

  // Browsers allow six HTTP/1.1 connections per host, and each open event stream holds
  // one: hidden tabs let theirs go (after a grace period) so a seventh tab still loads.
  var events = null;
  var closeTimer = null;
  var failures = 0;
  function connect() {
    if (events !== null) return;
    events = new EventSource(EVENTS_PATH);
    events.onopen = function () { failures = 0; };
    events.onmessage = function (event) {
      try { handle(JSON.parse(event.data), event.lastEventId); } catch (e) { console.error('[vellum]', e); }
    };
    // EventSource retries every 300 ms (the server's "retry:"); once the server has been
    // gone for a while, back off to one attempt every few seconds to spare the console.
    events.onerror = function () {
      if (++failures < 10 || events === null) return;
      events.close();
      events = null;
      setTimeout(connect, Math.min(5000, 250 * failures));
    };
    window.__vellumEvents = events;
  }
  document.addEventListener('visibilitychange', function () {
    clearTimeout(closeTimer);
    if (document.visibilityState === 'hidden') {
      closeTimer = setTimeout(function () {
        if (events !== null) { events.close(); events = null; }
      }, HIDDEN_GRACE_MS);
    } else {
      connect();
    }
  });
  connect();
})();
`;

/** How long a hidden tab keeps its event stream, so quick tab switches cost nothing. */
const hiddenGraceMs = 3000;

export const clientScript = source.replace('EVENTS_PATH', JSON.stringify(eventsPath)).replace('HIDDEN_GRACE_MS', String(hiddenGraceMs));
