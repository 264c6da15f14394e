/** `vellum build`: runs the build and prints a summary like Hugo's. */

import { build } from '../build.js';
import type { BuildFlags } from './index.js';
import { progressLine } from './progress.js';
import type { Reporter } from './report.js';

export async function runBuild(flags: BuildFlags, report: Reporter): Promise<number> {
  try {
    const result = await build({
      source: flags.source,
      destination: flags.destination,
      baseURL: flags.baseURL,
      buildDrafts: flags.buildDrafts,
      buildFuture: flags.buildFuture,
      buildExpired: flags.buildExpired,
      cleanDestinationDir: flags.cleanDestinationDir,
      minify: flags.minify,
      onWarning: (message) => report.warn(message),
      onStage: (stage, ms) => report.debug(`${stage.padEnd(10)} ${ms.toFixed(1)} ms`),
      onProgress: progressLine(flags),
    });
    report.info(
      [
        `Pages            | ${result.pages}`,
        `Static files     | ${result.staticFiles}`,
        `Aliases          | ${result.aliases}`,
        `Sitemaps         | ${result.sitemaps}`,
        '',
        `Total in ${Math.round(result.durationMs)} ms`,
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    report.error(error);
    return 1;
  }
}
