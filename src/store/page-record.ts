// The minimal page record the store makes for an annotated page it has no
// record of: a save from a trigger that carried no analysis, a restore of an
// annotation whose page record is gone, an import of bare W3C annotations
// (which carry no page records). It is built from the annotation's page
// snapshot (title, source, author, date, site at save time) so the manager
// can still list the article under its title; nothing is known of its
// analysis, so it counts as not party-building, with no formulations.
import { SCHEMA_VERSION, type PageRecord, type PageSnapshot } from './model.ts';

export interface PageRecordTimes {
  /** ISO 8601. */
  firstSavedAt: string;
  updatedAt: string;
}

export function pageRecordFromSnapshot(url: string, snapshot: PageSnapshot | undefined, times: PageRecordTimes): PageRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    url,
    metadata: {
      title: snapshot?.title ?? null,
      source: snapshot?.source ?? null,
      author: snapshot?.author ?? null,
      editor: null,
      publishedAt: snapshot?.publishedAt ?? null,
      siteName: snapshot?.siteName ?? null,
      publisher: null,
    },
    partyBuilding: false,
    slogans: [],
    keyPoints: [],
    firstSavedAt: times.firstSavedAt,
    updatedAt: times.updatedAt,
  };
}
