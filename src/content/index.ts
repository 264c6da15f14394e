/**
 * content/: files → ContentFile {path, frontMatter, body}. The only stage
 * that reads content from disk; everything after works on these records.
 */

export { loadContent, loadContentTree, decodeUTF8 } from './walk.js';
export type { ContentTree } from './walk.js';
export { parseContentFile, contentFormatOf, bundleKindOf } from './parse.js';
export type { ContentFile, ParseConfig } from './parse.js';
export type { FrontMatter } from './frontmatter.js';
export type { FrontMatterFormat } from './split.js';
