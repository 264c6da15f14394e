/** api/: the public functions — build, a stable site model, and the dev server for scripts. */
export { build, resolveBuildOptions, type BuildOptions, type BuildResult, type ResolvedBuildOptions } from './build.js';
export { loadSiteModel, resolveLoadSiteOptions, type LoadSiteOptions, type ResolvedLoadSiteOptions, type SiteModel, type SiteInfo, type PageModel } from './site-model.js';
export { createServer, resolveServerOptions, type ServerOptions, type ResolvedServerOptions, type VellumServer } from './server.js';
