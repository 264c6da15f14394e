/**
 * config/: hugo.toml|yaml|json → SiteConfig. Defaults are resolved here,
 * once; the data-language parsers live here too, as the first stage that
 * needs them (content/ and data files reuse them).
 */

export { loadConfig, parseConfigText, CONFIG_FILE_NAMES } from './load.js';
export { resolveConfig, lowerCaseKeys, isMap } from './resolve.js';
export type { ConfigOverrides, SiteConfig, GoldmarkConfig, HighlightConfig, ResolveOptions } from './resolve.js';
export { parseData, parseDataValue } from './formats.js';
export type { DataFormat, DataSyntaxError, ParseResult } from './formats.js';
