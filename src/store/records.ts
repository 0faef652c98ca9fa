// Storage keys and the page index record: where each thing lives in
// browser.storage.local. Small records, one per annotation and two per page,
// so a save writes a few hundred bytes, never a map of everything.
//
//   anno:<annotation id>     StoredAnnotation
//   page:<normalised url>    PageRecord (the page's metadata and analysis)
//   pageIndex:<normalised url>  PageIndexRecord (the ids of its annotations)

import { KEY_PREFIX } from './migrations.ts';

export interface PageIndexRecord {
  schemaVersion: number;
  url: string;
  /** Annotation ids on the page, in the order they were saved. */
  ids: string[];
}

export const annotationKey = (id: string): string => KEY_PREFIX.annotation + id;
export const pageKey = (url: string): string => KEY_PREFIX.page + url;
export const pageIndexKey = (url: string): string => KEY_PREFIX.pageIndex + url;
