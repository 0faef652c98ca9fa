// The analysis of a page that is no article: a list, portal, encyclopedia or
// non-Chinese page has no article metadata (a list page's <title> is not a
// headline), no formulations and no verdict; `reason` says why, for the CLI
// and for debugging.
import type { ArticleAnalysis, ArticleMetadata, ArticleSummary, PartyBuildingVerdict } from './types.ts';

const NO_METADATA: ArticleMetadata = {
  title: null, source: null, author: null, editor: null, publishedAt: null, siteName: null, publisher: null,
};
const NOT_DETECTED: PartyBuildingVerdict = { detected: false, score: 0, reasons: [] };
const NO_SUMMARY: ArticleSummary = { keyPoints: [], charCount: 0, readingMinutes: 0, paragraphs: 0 };

export function notAnArticle(url: string | null, reason?: string): ArticleAnalysis {
  return {
    url,
    isArticle: false,
    partyBuilding: reason === undefined ? NOT_DETECTED : { ...NOT_DETECTED, reasons: [reason] },
    metadata: NO_METADATA,
    slogans: [],
    summary: NO_SUMMARY,
  };
}
