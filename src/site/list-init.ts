/**
 * The fields of a list page (home, section, taxonomy, term, 404) from its
 * optional `_index` file: front matter when there is one, Hugo's defaults
 * otherwise.
 */

import type { ContentFile } from '../content/index.js';
import { GoTime } from '../time/index.js';
import type { PageInit, PageKind } from './page.js';
import type { Site } from './site.js';
import type { PageTarget } from './urls.js';

export interface ListPageFacts {
  kind: PageKind;
  file: ContentFile | null;
  section: string;
  target: PageTarget;
  /** The title of a list without an _index file. */
  fallbackTitle: string;
  /** `.Type` when the front matter sets none. */
  defaultType: string;
}

export function listPageInit(site: Site, facts: ListPageFacts): PageInit {
  const fm = facts.file?.frontMatter;
  const zero = GoTime.zero();
  const date = fm?.date ?? zero;
  return {
    kind: facts.kind,
    site,
    file: facts.file,
    // An _index.md without a title gives "" (Hugo 0.111.3); only a list without a file gets a made-up title.
    title: fm !== undefined ? (fm.title ?? '') : facts.fallbackTitle,
    section: facts.section,
    type: fm?.type ?? facts.defaultType,
    layout: fm?.layout ?? '',
    path: facts.target.path,
    outputFile: facts.target.file,
    date,
    lastmod: fm?.lastmod ?? date,
    publishDate: fm?.publishDate ?? date,
    expiryDate: fm?.expiryDate ?? zero,
    weight: fm?.weight ?? 0,
    draft: fm?.draft ?? false,
    params: fm?.params ?? {},
    aliases: fm?.aliases ?? [],
    description: fm?.description ?? '',
    keywords: fm?.keywords ?? [],
    linkTitle: fm?.linkTitle ?? '',
    slug: fm?.slug ?? '',
    summaryOverride: fm?.summary,
  };
}
