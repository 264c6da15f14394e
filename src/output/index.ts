/** output/: rendered files → disk or memory, static copies, and safe publishing. */
export { DiskSink, MemorySink, type OutputSink } from './sink.js';
export { checkDestination, createStaging, discardStaging, publish, type PublishOptions, type PublishResult } from './publish.js';
export { createMinifier, isMinifiable, type Minifier } from './minify.js';
