/** The dev server's contract: what the CLI and the build pipeline use. */
export type {
  BuilderFactory,
  ChangeKind,
  OutputEntry,
  RebuildResult,
  ServeContext,
  SiteBuilder,
  SiteSnapshot,
  SourceChange,
} from './types.js';
export { createDevServer, closeOnSignals, resolveServeOptions, type DevServer, type DevServerOptions } from './dev-server.js';
export { classifyPath, defaultFolders, isEditorTempFile, type SourceFolders } from './classify.js';
export { createOutputEntry, createSnapshot, diffSnapshots } from './snapshot.js';
export { createSiteHandler, type SiteHandlerOptions } from './http.js';
export { resolveRequestPath, type ResolvedPath } from './request-path.js';
export { injectLiveReload } from './inject.js';
export type { ErrorPayload, LiveReloadMessage } from './events.js';
