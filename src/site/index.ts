/** site/: content files + config → pages, sections, URLs and order. Pure. */
export { assembleSite, type AssembleInput, type AssembledSite, type SkippedFile } from './assemble.js';
export { Page, PageFile, type PageKind, type RenderedContent } from './page.js';
export { Pages, defaultCompare } from './pages.js';
export { Site, Language, rssPath, type SiteHooks } from './site.js';
export { OutputFormat, OutputFormats, MediaType } from './output-formats.js';
export { caseInsensitiveParams, paramLookup } from './params.js';
export { pluralize, titleWords } from './inflect.js';
export * from './urls.js';
export { Pager, Paginator, PaginationState, pagerFolder, pagerPath } from './pagination.js';
export { Menu, MenuEntry } from './menus.js';
export { Taxonomy, WeightedPages, OrderedTaxonomy, OrderedTaxonomyEntry } from './taxonomies.js';
