// What a highlight save records about its page, from the analysis the
// content script ran: the page record the manager lists (metadata, verdict,
// formulations, key points) and the snapshot kept inside the annotation
// itself, so an exported note still says where it came from after the page
// record changes or is gone.
import type { ArticleAnalysis } from '../../core/types.ts';
import { SCHEMA_VERSION, type PageRecord, type PageSnapshot } from '../../store/model.ts';

/** Formulations kept per page: the manager's index shows the leading ones; the rest would only bloat the record. */
const MAX_PAGE_SLOGANS = 30;

export function pageSnapshotOf(analysis: ArticleAnalysis | null, tabTitle: string | undefined): PageSnapshot {
  const metadata = analysis?.metadata;
  return {
    // A page the engine never analysed (not a candidate) still has a tab title worth keeping.
    title: metadata?.title ?? (tabTitle?.trim() || null),
    source: metadata?.source ?? null,
    author: metadata?.author ?? null,
    publishedAt: metadata?.publishedAt ?? null,
    siteName: metadata?.siteName ?? null,
  };
}

/** The page record for a save, or null when there is no analysis (the store then makes one from the snapshot). */
export function pageRecordOf(analysis: ArticleAnalysis | null, url: string, now: Date): PageRecord | null {
  if (!analysis) return null;
  const time = now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    url,
    metadata: { ...analysis.metadata },
    partyBuilding: analysis.partyBuilding.detected,
    slogans: analysis.slogans.slice(0, MAX_PAGE_SLOGANS),
    keyPoints: [...analysis.summary.keyPoints],
    firstSavedAt: time,
    updatedAt: time,
  };
}
