/** Binding the port: Hugo's serve takes the next free port when the asked one is taken, and says so. */
import type { Server } from 'node:http';

/** Tries `port`, `port + 1`, … (`tries` ports in all); port 0 asks the system for any free port. */
export async function listenOnFreePort(server: Server, port: number, bind: string, tries = 20): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error): void => {
          server.off('listening', onListening);
          reject(error);
        };
        const onListening = (): void => {
          server.off('error', onError);
          resolve();
        };
        server.once('error', onError);
        server.once('listening', onListening);
        server.listen(candidate, bind);
      });
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error(`unexpected server address ${String(address)}`);
      return address.port;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' || port === 0 || attempt + 1 >= tries) throw error;
    }
  }
}

/** The host to print and to build links with: a wildcard bind is reached as localhost on this machine. */
export function displayHost(bind: string): string {
  if (bind === '0.0.0.0' || bind === '::' || bind === '') return 'localhost';
  return bind.includes(':') ? `[${bind}]` : bind;
}
