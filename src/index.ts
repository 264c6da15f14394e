/**
 * vellum's public API. The CLI is a thin layer over these functions.
 *
 *   import { build } from 'vellum';
 *   const result = await build({ source: 'site', destination: 'public' });
 */

export { build, loadSite, type BuildOptions, type BuildResult, type LoadedSite, type LoadOptions } from './build.js';
export { VellumError, codeFrame, type ErrorCode } from './errors/index.js';
export type { SiteConfig } from './config/index.js';
export type { Page, Site } from './site/index.js';
export { VERSION } from './version.js';
