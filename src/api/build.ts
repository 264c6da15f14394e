/**
 * `build` in the public API: the user's options and the resolved ones are
 * different types, and the defaults are filled in here, once.
 */

import path from 'node:path';
import { build as runBuild, type BuildOptions, type BuildResult } from '../build.js';

export type { BuildOptions, BuildResult };

export interface ResolvedBuildOptions {
  source: string;
  /** Absolute, or undefined for the config's publishDir (known only once the config is read). */
  destination: string | undefined;
  baseURL: string | undefined;
  buildDrafts: boolean;
  buildFuture: boolean;
  buildExpired: boolean;
  cleanDestinationDir: boolean;
  minify: boolean;
  onWarning: (message: string) => void;
  onStage: (stage: string, ms: number) => void;
  onProgress: ((done: number, total: number) => void) | undefined;
  now: Date;
}

export function resolveBuildOptions(options: BuildOptions = {}): ResolvedBuildOptions {
  const source = path.resolve(options.source ?? '.');
  return {
    source,
    destination: options.destination === undefined ? undefined : path.resolve(source, options.destination),
    baseURL: options.baseURL,
    buildDrafts: options.buildDrafts ?? false,
    buildFuture: options.buildFuture ?? false,
    buildExpired: options.buildExpired ?? false,
    cleanDestinationDir: options.cleanDestinationDir ?? false,
    minify: options.minify ?? false,
    onWarning: options.onWarning ?? (() => {}),
    onStage: options.onStage ?? (() => {}),
    onProgress: options.onProgress,
    now: options.now ?? new Date(),
  };
}

/**
 * Builds the site into the destination. The output is staged and moved into
 * place only when the whole build succeeded. Throws a VellumError (with
 * `file`, `line`, `column`) on anything the site's author can fix.
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  return runBuild(resolveBuildOptions(options));
}
