/**
 * The live-reload channel: server-sent events on the same server, so no
 * browser extension and no second port. EventSource reconnects by itself;
 * the `hello` message carries the server's id and message count, so a client
 * that reconnects (after a restart, or after its tab was hidden and let the
 * connection go) can tell whether it missed anything.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../errors/index.js';

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  file?: string;
  line: number;
  column: number;
  frame?: string;
}

export type LiveReloadMessage =
  /** `seq`: how many messages this server has broadcast; a client that saw fewer missed some. */
  | { type: 'hello'; id: string; seq: number }
  | { type: 'css'; paths: string[] }
  /** `paths`: output keys that changed; a page reloads when its own key is among them or a non-page file is. */
  | { type: 'reload'; paths?: string[] }
  | { type: 'navigate'; url: string }
  | { type: 'error'; error: ErrorPayload }
  | { type: 'ok' };

export interface EventHub {
  /** Takes over the response as an event stream; `initial` is sent to this client only. */
  connect(request: IncomingMessage, response: ServerResponse, initial: LiveReloadMessage[]): void;
  broadcast(message: LiveReloadMessage): void;
  readonly clientCount: number;
  readonly serverId: string;
  close(): void;
}

/** How soon EventSource retries after the server goes away (Chromium's default is 3 s). */
const retryMs = 300;
/** Comments keep idle connections open through proxies and detect dead peers. */
const heartbeatMs = 20_000;

export function createEventHub(): EventHub {
  const clients = new Set<ServerResponse>();
  const serverId = randomUUID();
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': ping\n\n');
  }, heartbeatMs);
  heartbeat.unref();

  let seq = 0;
  const send = (client: ServerResponse, message: LiveReloadMessage, id?: string): void => {
    client.write(`${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(message)}\n\n`);
  };

  return {
    serverId,
    get clientCount() {
      return clients.size;
    },
    connect(request, response, initial) {
      response.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      response.write(`retry: ${retryMs}\n\n`);
      send(response, { type: 'hello', id: serverId, seq });
      for (const message of initial) send(response, message);
      clients.add(response);
      request.socket.setNoDelay(true);
      const drop = (): void => {
        clients.delete(response);
      };
      request.on('close', drop);
      response.on('close', drop);
      // A reset connection must not become an unhandled 'error' that stops the server.
      response.on('error', drop);
    },
    broadcast(message) {
      seq++;
      for (const client of clients) send(client, message, `${serverId}.${seq}`);
    },
    close() {
      clearInterval(heartbeat);
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
