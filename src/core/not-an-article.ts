// The analysis of a page that is no article: a list, portal, encyclopedia or
// non-Chinese page has no article metadata (a list page's <title> is not a
// headline, only its own name: "国际新闻_某某网" gives "国际新闻"), no
// formulations and no verdict; `reason` says why, for the CLI and for debugging.
import type { ArticleAnalysis, ArticleMetadata, ArticleSummary, PartyBuildingVerdict } from './types.ts';

const NO_METADATA: ArticleMetadata = {
  title: null, source: null, author: null, editor: null, publishedAt: null, siteName: null, publisher: null,
};
const NOT_DETECTED: PartyBuildingVerdict = { detected: false, score: 0, reasons: [] };
const NO_SUMMARY: ArticleSummary = { keyPoints: [], charCount: 0, readingMinutes: 0, paragraphs: 0 };

/** @param title a list, archive or search page's own name, when it has one (a list has no headline, but it has a name). */
export function notAnArticle(url: string | null, reason?: string, title?: string | null): ArticleAnalysis {
  return {
    url,
    isArticle: false,
    partyBuilding: reason === undefined ? NOT_DETECTED : { ...NOT_DETECTED, reasons: [reason] },
    metadata: title ? { ...NO_METADATA, title } : NO_METADATA,
    slogans: [],
    summary: NO_SUMMARY,
  };
}
