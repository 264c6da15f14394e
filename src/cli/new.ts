/** `vellum new <path>`: one content file from its archetype; prints the path written. */

import { newContent } from '../scaffold/index.js';
import type { Reporter } from './report.js';

export interface NewFlags {
  source?: string;
}

export async function runNew(target: string, flags: NewFlags, report: Reporter): Promise<number> {
  try {
    const result = await newContent({ path: target, source: flags.source });
    report.debug(`archetype: ${result.archetype}`);
    // Hugo 0.111 prints the same line.
    report.info(`Content "${result.file}" created`);
    return 0;
  } catch (error) {
    report.error(error);
    return 1;
  }
}
