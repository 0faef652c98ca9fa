// The input of every exporter: a set of pages and their annotations. The three
// export scopes (whole library, the manager's current filter, one page) are
// just different Library values built by the caller.
import type { PageRecord, StoredAnnotation } from '../model.ts';
import { quotePositionOf } from './annotation-fields.ts';

export interface Library {
  pages: PageRecord[];
  annotations: StoredAnnotation[];
}

/**
 * The "current filter" scope: the annotations that pass `keep`, and the page
 * records of the pages they are on (a filtered export should not list
 * articles none of whose passages matched).
 */
export function filterLibrary(library: Library, keep: (annotation: StoredAnnotation) => boolean): Library {
  const annotations = library.annotations.filter(keep);
  const urls = new Set(annotations.map((a) => a.target.source));
  return { pages: library.pages.filter((p) => urls.has(p.url)), annotations };
}

/** The "one page" scope: that page's record (even without annotations) and its annotations. */
export function pageLibrary(library: Library, url: string): Library {
  return {
    pages: library.pages.filter((p) => p.url === url),
    annotations: library.annotations.filter((a) => a.target.source === url),
  };
}

/** One article with its annotations in reading order. */
export interface PageGroup {
  url: string;
  /** Null when the library holds annotations for a page it has no record of. */
  page: PageRecord | null;
  annotations: StoredAnnotation[];
}

/**
 * Reading order on a page: by where the passage starts in the page text
 * (TextPositionSelector.start), then by creation time. Annotations without a
 * position (imported from tools that only keep quotes) go after those with one.
 */
export function compareInReadingOrder(a: StoredAnnotation, b: StoredAnnotation): number {
  const pa = quotePositionOf(a);
  const pb = quotePositionOf(b);
  if (pa !== pb) {
    if (pa === null) return 1;
    if (pb === null) return -1;
    return pa - pb;
  }
  const byCreated = Date.parse(a.created) - Date.parse(b.created);
  if (byCreated !== 0 && !Number.isNaN(byCreated)) return byCreated;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Groups annotations by page, in the order of `library.pages`, then pages that
 * only annotations mention (in first-seen order). Pages without annotations are
 * kept: a page the reader saved without highlighting still has its summary.
 */
export function groupByPage(library: Library): PageGroup[] {
  const groups = new Map<string, PageGroup>();
  for (const page of library.pages) {
    if (!groups.has(page.url)) groups.set(page.url, { url: page.url, page, annotations: [] });
  }
  for (const annotation of library.annotations) {
    const url = annotation.target.source;
    let group = groups.get(url);
    if (!group) {
      group = { url, page: null, annotations: [] };
      groups.set(url, group);
    }
    group.annotations.push(annotation);
  }
  const result = [...groups.values()];
  for (const group of result) group.annotations.sort(compareInReadingOrder);
  return result;
}

/** The title to show for a page: its record, else the snapshot an annotation kept, else the URL. */
export function pageTitleOf(group: PageGroup): string {
  return group.page?.metadata.title ?? group.annotations.find((a) => a.page?.title)?.page?.title ?? group.url;
}

/** Source, author and date for a page: its record first, then an annotation's snapshot. */
export function pageFactsOf(group: PageGroup): { source: string | null; author: string | null; publishedAt: string | null } {
  const snapshot = group.annotations.find((a) => a.page)?.page;
  return {
    source: group.page?.metadata.source ?? snapshot?.source ?? null,
    author: group.page?.metadata.author ?? snapshot?.author ?? null,
    publishedAt: group.page?.metadata.publishedAt ?? snapshot?.publishedAt ?? null,
  };
}
