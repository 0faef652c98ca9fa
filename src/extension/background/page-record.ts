// What a highlight save records about its page, from the analysis the
// content script ran: the page record the manager lists (metadata, verdict,
// formulations, key points) and the snapshot kept inside the annotation
// itself, so an exported note still says where it came from after the page
// record changes or is gone.
//
// Everything stored is bounded (core/limits.ts) here as well as in the
// analysis: the analysis arrives in a message, and the record must be one
// the manager can edit, undo and re-import whatever the message said.
import { boundedAnalysis, boundedMetadata } from '../../core/bounded-analysis.ts';
import { clip, MAX_META_FIELD_LENGTH, MAX_PAGE_SLOGANS } from '../../core/limits.ts';
import type { ArticleAnalysis } from '../../core/types.ts';
import { SCHEMA_VERSION, type PageRecord, type PageSnapshot } from '../../store/model.ts';

export function pageSnapshotOf(analysis: ArticleAnalysis | null, tabTitle: string | undefined): PageSnapshot {
  const metadata = analysis ? boundedMetadata(analysis.metadata) : undefined;
  const title = tabTitle?.trim() ? clip(tabTitle.trim(), MAX_META_FIELD_LENGTH) : null;
  return {
    // A page the engine never analysed (not a candidate) still has a tab title worth keeping.
    title: metadata?.title ?? title,
    source: metadata?.source ?? null,
    author: metadata?.author ?? null,
    publishedAt: metadata?.publishedAt ?? null,
    siteName: metadata?.siteName ?? null,
  };
}

/** The page record for a save, or null when there is no analysis (the store then makes one from the snapshot). */
export function pageRecordOf(analysis: ArticleAnalysis | null, url: string, now: Date): PageRecord | null {
  if (!analysis) return null;
  const bounded = boundedAnalysis(analysis);
  const time = now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    url,
    metadata: bounded.metadata,
    partyBuilding: bounded.partyBuilding.detected,
    slogans: bounded.slogans.slice(0, MAX_PAGE_SLOGANS),
    keyPoints: bounded.summary.keyPoints,
    firstSavedAt: time,
    updatedAt: time,
  };
}
