/** `vellum init [dir]`: writes a new site and says what to do next. */

import path from 'node:path';
import { initSite } from '../scaffold/index.js';
import type { Reporter } from './report.js';

export interface InitFlags {
  force?: boolean;
  source?: string;
}

export async function runInit(dir: string | undefined, flags: InitFlags, report: Reporter): Promise<number> {
  try {
    // `-s` names the site folder as for every other command; a positional folder is resolved inside it.
    const target = path.resolve(flags.source ?? '.', dir ?? '.');
    const result = await initSite({ dir: target, force: flags.force === true });
    for (const file of result.skipped) report.warn(`kept ${file}: it already exists`);
    const shown = path.relative(process.cwd(), result.dir) || '.';
    report.info(
      [
        `Created a vellum site in ${result.dir} (${result.written.length} files).`,
        '',
        'Next:',
        ...(shown === '.' ? [] : [`  cd ${shown}`]),
        '  vellum build          # writes public/, including public/privacy/index.html',
        '  vellum serve          # preview at http://localhost:1313/ with live reload',
        '  vellum new legal/terms.md',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    report.error(error);
    return 1;
  }
}
