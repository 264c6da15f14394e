import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { closeOnSignals, createDevServer } from '../../src/server/dev-server.js';
import { createFixtureBuilder, makeSite } from './fixture-builder.js';

const cleanup: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function startServer() {
  const site = await makeSite({ 'content/index.md': 'home' });
  cleanup.push(() => site.remove());
  const server = await createDevServer({ port: 0, log: () => undefined, builder: createFixtureBuilder(site.dir) });
  cleanup.push(() => server.close());
  return server;
}

describe('closeOnSignals', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('closes the server on %s, releases the port and exits 0', async (signal) => {
    const server = await startServer();
    const exited = new Promise<number>((resolve) => cleanup.push(closeOnSignals(server, resolve)));
    process.emit(signal, signal);
    expect(await exited).toBe(0);
    const probe = createServer();
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(server.port, '127.0.0.1', resolve);
    });
    await new Promise((resolve) => probe.close(resolve));
  });

  it('exits at once with 130 on a second Ctrl-C while closing', async () => {
    const server = await startServer();
    const codes: number[] = [];
    cleanup.push(closeOnSignals(server, (code) => codes.push(code)));
    process.emit('SIGINT', 'SIGINT');
    process.emit('SIGINT', 'SIGINT');
    expect(codes[0]).toBe(130);
  });

  it('removes its handlers when disposed', async () => {
    const server = await startServer();
    const before = process.listenerCount('SIGINT');
    const dispose = closeOnSignals(server, () => undefined);
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    dispose();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});
