/**
 * vellum's public API. The CLI is a thin layer over the same code.
 *
 *   import { build, loadSite, createServer, initSite, newContent } from 'vellum';
 *   const result = await build({ source: 'site', destination: 'public' });
 *
 * Everything exported here is covered by semver; the list is locked by
 * test/package/exports.test.ts.
 */

export {
  build,
  resolveBuildOptions,
  type BuildOptions,
  type BuildResult,
  type ResolvedBuildOptions,
  loadSiteModel as loadSite,
  resolveLoadSiteOptions,
  type LoadSiteOptions,
  type ResolvedLoadSiteOptions,
  type SiteModel,
  type SiteInfo,
  type PageModel,
  createServer,
  resolveServerOptions,
  type ServerOptions,
  type ResolvedServerOptions,
  type VellumServer,
} from './api/index.js';
export { initSite, newContent, type InitOptions, type InitResult, type NewContentOptions, type NewContentResult } from './scaffold/index.js';
export { VellumError, isVellumError, codeFrame, type ErrorCode } from './errors/index.js';
export { VERSION } from './version.js';
