#!/usr/bin/env node
// Save-to-screen latency of `vellum serve` against `hugo server`, measured in headless Chromium.
//
//   npm run prepare            # vellum serve runs from dist/
//   node bench/serve.mjs [--runs 7] [--only vellum|hugo] [--sites small,large]
//   node bench/serve.mjs --events   # how chokidar reports common editor saves (for the debounce)
//
// For each server and site it opens /privacy/, then edits the Markdown, a layout and the
// stylesheet `runs` times each, timing from just before the write to the moment the open page
// shows the change. A window marker set before each CSS edit tells whether the stylesheet was
// swapped in place (marker survives) or the page reloaded. Prints medians; asserts nothing.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const runs = Number(flag('runs', '7'));
const only = flag('only', '');
const sites = flag('sites', 'small,large').split(',');


// ---------------------------------------------------------------------------------------------

async function measureServers() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const servers = [
    { name: 'vellum', available: existsSync(path.join(repo, 'dist/cli/index.js')), why: 'dist/ is missing: run `npm run prepare` first', start: startVellum },
    { name: 'hugo', available: await hasCommand('hugo'), why: 'hugo is not installed', start: startHugo },
  ].filter((s) => only === '' || s.name === only);
  const rows = [];
  try {
    for (const siteName of sites) {
      for (const server of servers) {
        if (!server.available) {
          console.log(`skipping ${server.name}: ${server.why}`);
          continue;
        }
        const dir = await makeSite(siteName === 'large' ? 999 : 0);
        const port = await freePort();
        const proc = await server.start(dir, port);
        try {
          const page = await browser.newPage();
          const url = `http://127.0.0.1:${port}/privacy/`;
          await page.goto(url);
          await sleep(500); // let the live-reload connection settle
          const results = await measureEdits(page, dir);
          rows.push({ site: siteName, server: server.name, ...results });
          console.log(JSON.stringify(rows.at(-1)));
          await page.close();
        } finally {
          await stop(proc);
          await rm(dir, { recursive: true, force: true });
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log('\nmedian ms from save to the change on screen (' + runs + ' runs each)');
  console.log('site   server  markdown  layout  css   css swapped in place');
  for (const r of rows) {
    console.log(
      `${r.site.padEnd(6)} ${r.server.padEnd(7)} ${fmt(r.markdown).padStart(8)} ${fmt(r.layout).padStart(7)} ${fmt(r.css).padStart(5)}   ${r.inPlace}/${runs}`,
    );
  }
}

async function measureEdits(page, dir) {
  const files = {
    markdown: path.join(dir, 'content/privacy.md'),
    layout: path.join(dir, 'layouts/_default/single.html'),
    css: path.join(dir, 'static/css/vellum.css'),
  };
  const original = Object.fromEntries(await Promise.all(Object.entries(files).map(async ([k, f]) => [k, await readFile(f, 'utf8')])));
  const out = { markdown: [], layout: [], css: [], inPlace: 0 };
  for (let i = 0; i < runs; i++) {
    const token = `bench${Date.now().toString(36)}${i}`;
    out.markdown.push(
      await timeEdit(page, () => writeFile(files.markdown, `${original.markdown}\n\nBench paragraph ${token}.\n`), (t) => document.body?.innerText.includes(t) ?? false, token),
    );
    await sleep(300);
  }
  for (let i = 0; i < runs; i++) {
    const token = `bench${Date.now().toString(36)}${i}`;
    const layout = original.layout.replace('<article class="page">', `<article class="page"><span hidden data-bench="${token}"></span>`);
    out.layout.push(await timeEdit(page, () => writeFile(files.layout, layout), (t) => document.querySelector(`[data-bench="${t}"]`) !== null, token));
    await sleep(300);
  }
  for (let i = 0; i < runs; i++) {
    const color = `rgb(1, 2, ${10 + i})`;
    await page.evaluate(() => (window.__benchMarker = true)).catch(() => undefined);
    out.css.push(
      await timeEdit(page, () => writeFile(files.css, `${original.css}\nhtml { outline-color: ${color} }\n`), (c) => getComputedStyle(document.documentElement).outlineColor === c, color),
    );
    if (await page.evaluate(() => window.__benchMarker === true).catch(() => false)) out.inPlace++;
    await sleep(300);
  }
  for (const [k, f] of Object.entries(files)) await writeFile(f, original[k]);
  await sleep(500);
  return { markdown: median(out.markdown), layout: median(out.layout), css: median(out.css), inPlace: out.inPlace };
}

/** Polls the page as fast as the protocol allows (~1 ms); survives reloads. */
async function timeEdit(page, edit, check, arg) {
  const started = performance.now();
  await edit();
  while (performance.now() - started < 15_000) {
    try {
      if (await page.evaluate(check, arg)) return performance.now() - started;
    } catch {
      // the page is navigating; try again
    }
  }
  return Number.NaN;
}

// ---------------------------------------------------------------------------------------------

async function makeSite(extraPages) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vellum-bench-serve-'));
  for (const item of ['content', 'layouts', 'static', 'hugo.toml']) await cp(path.join(repo, item), path.join(dir, item), { recursive: true });
  if (extraPages > 0) {
    await mkdir(path.join(dir, 'content/posts'), { recursive: true });
    const body = Array.from({ length: 6 }, (_, p) => `Paragraph ${p} with *some* emphasis, a [link](/privacy/) and \`code\`. `.repeat(6)).join('\n\n');
    for (let i = 1; i <= extraPages; i++) {
      const n = String(i).padStart(4, '0');
      const date = new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString();
      await writeFile(path.join(dir, `content/posts/post-${n}.md`), `+++\ntitle = "Post ${n}"\ndate = "${date}"\n+++\n\n## Heading ${n}\n\n${body}\n`);
    }
  }
  return dir;
}

function startVellum(dir, port) {
  return startProcess('node', [path.join(repo, 'bin/vellum.js'), 'serve', '-s', dir, '-p', String(port)], port);
}

function startHugo(dir, port) {
  return startProcess('hugo', ['server', '-s', dir, '-p', String(port), '--bind', '127.0.0.1', '--baseURL', `http://127.0.0.1:${port}/`], port);
}

async function startProcess(command, argv, port) {
  const proc = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', (d) => (output += d));
  proc.stderr.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`${command} exited: ${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/privacy/`);
      if (response.ok) return proc;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  proc.kill('SIGINT');
  throw new Error(`${command} did not start: ${output}`);
}

async function stop(proc) {
  if (proc.exitCode !== null) return;
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  proc.kill('SIGINT');
  await Promise.race([exited, sleep(5000)]);
  if (proc.exitCode === null) proc.kill('SIGKILL');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function hasCommand(command) {
  return new Promise((resolve) => {
    const p = spawn(command, ['version'], { stdio: 'ignore' });
    p.on('error', () => resolve(false));
    p.on('exit', (code) => resolve(code === 0));
  });
}

const median = (xs) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[Math.floor((s.length - 1) / 2)];
};
const fmt = (ms) => (Number.isNaN(ms) ? 'n/a' : ms.toFixed(0));

// ---------------------------------------------------------------------------------------------

/**
 * How chokidar reports common ways of saving a file: the events and the time
 * from the first to the last. The dev server's debounce must cover the spread
 * of one save without adding much to the latency.
 */
async function measureEvents() {
  const { watch } = await import('chokidar');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vellum-bench-events-'));
  const file = path.join(dir, 'page.md');
  await writeFile(file, 'v0');
  const patterns = {
    'plain write (writeFile)': async () => writeFile(file, `plain ${Date.now()}`),
    'write-then-rename (vim backupcopy=no)': async () => {
      await rename(file, `${file}~`);
      await writeFile(file, `vim ${Date.now()}`);
      await unlink(`${file}~`);
    },
    'atomic (temp file renamed over)': async () => {
      await writeFile(`${file}.tmp`, `atomic ${Date.now()}`);
      await rename(`${file}.tmp`, file);
    },
    'two writes 5 ms apart': async () => {
      await writeFile(file, 'half');
      await sleep(5);
      await writeFile(file, `two ${Date.now()}`);
    },
  };
  for (const usePolling of [false, true]) {
    const watcher = watch(dir, { ignoreInitial: true, atomic: false, usePolling, interval: 150 });
    await new Promise((resolve) => watcher.once('ready', resolve));
    console.log(`\n${usePolling ? 'polling (150 ms)' : 'native events'}: spread of one save, ms (median of ${runs})`);
    for (const [name, save] of Object.entries(patterns)) {
      const spreads = [];
      let lastEvents = [];
      for (let i = 0; i < runs; i++) {
        const events = [];
        const onEvent = (event, p) => events.push([performance.now(), `${event} ${path.basename(p)}`]);
        watcher.on('all', onEvent);
        const t0 = performance.now();
        await save();
        await sleep(usePolling ? 600 : 250);
        watcher.off('all', onEvent);
        if (events.length > 0) spreads.push(events.at(-1)[0] - events[0][0]);
        lastEvents = events.map(([t, e]) => `${(t - t0).toFixed(1)}ms ${e}`);
      }
      console.log(`  ${name.padEnd(40)} spread ${fmt(median(spreads)).padStart(4)}   e.g. ${lastEvents.join(', ')}`);
    }
    await watcher.close();
  }
  await rm(dir, { recursive: true, force: true });
}

if (args.includes('--events')) await measureEvents();
else await measureServers();
