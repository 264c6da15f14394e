/** Reads the live-reload event stream in tests, as a browser's EventSource would. */
import type { LiveReloadMessage } from '../../src/server/events.js';

export interface EventLog {
  messages: LiveReloadMessage[];
  /** Resolves with the first message (seen or still to come) after index `from` that matches. */
  next(match: (m: LiveReloadMessage) => boolean, from?: number, timeoutMs?: number): Promise<LiveReloadMessage>;
  close(): void;
}

export async function listen(url: string): Promise<EventLog> {
  const controller = new AbortController();
  const response = await fetch(`${url}__vellum/events`, { signal: controller.signal });
  if (response.body === null) throw new Error('no event stream');
  const messages: LiveReloadMessage[] = [];
  let waiters: (() => void)[] = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          for (const line of block.split('\n')) {
            if (line.startsWith('data: ')) messages.push(JSON.parse(line.slice(6)) as LiveReloadMessage);
          }
          const current = waiters;
          waiters = [];
          for (const wake of current) wake();
        }
      }
    } catch {
      // aborted
    }
  })();
  const next: EventLog['next'] = (match, from = 0, timeoutMs = 5000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message; got ${JSON.stringify(messages)}`)), timeoutMs);
      const check = (): void => {
        const found = messages.slice(from).find(match);
        if (found !== undefined) {
          clearTimeout(timer);
          resolve(found);
        } else waiters.push(check);
      };
      check();
    });
  await next((m) => m.type === 'hello');
  return { messages, next, close: () => controller.abort() };
}
