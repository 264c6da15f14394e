/** `vellum serve`: the dev server over the in-memory builder; runs until Ctrl-C. */

import path from 'node:path';
import { closeOnSignals, createDevServer } from '../server/index.js';
import { siteBuilderFactory } from '../server/site-builder.js';
import type { ServeFlags } from './index.js';
import type { Reporter } from './report.js';

export async function runServe(flags: ServeFlags, report: Reporter): Promise<number> {
  const port = Number(flags.port ?? '1313');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    report.error(new Error(`--port must be a number from 0 to 65535, not "${flags.port}"`));
    return 1;
  }
  const source = path.resolve(flags.source ?? '.');
  try {
    const server = await createDevServer({
      builder: siteBuilderFactory({
        source,
        baseURL: flags.baseURL,
        buildDrafts: flags.buildDrafts,
        buildFuture: flags.buildFuture,
        buildExpired: flags.buildExpired,
        onWarning: (message) => report.warn(message),
      }),
      port,
      bind: flags.bind,
      liveReload: flags.disableLiveReload !== true,
      navigateToChanged: flags.navigateToChanged === true,
      poll: flags.poll === true,
      renderToDisk: flags.renderToDisk === true ? path.resolve(source, flags.destination ?? 'public') : undefined,
      open: flags.open === true,
      log: (line) => report.info(line),
    });
    await new Promise<void>((resolve) => {
      // The first Ctrl-C closes cleanly (exit 0); a second one while closing exits at once.
      closeOnSignals(server, (code) => (code === 0 ? resolve() : process.exit(code)));
    });
    return 0;
  } catch (error) {
    report.error(error);
    return 1;
  }
}

