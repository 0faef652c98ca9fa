// PLACEHOLDER until the analysis engine lands (issue 2): keeps the contract's
// signature so other parts can build against it. Replaced wholesale.
import type { ArticleAnalysis } from './types.ts';
export type * from './types.ts';

export function analyze(document: Document, url?: string): ArticleAnalysis {
  void document;
  return {
    url: url ?? null,
    isArticle: false,
    partyBuilding: { detected: false, score: 0, reasons: [] },
    metadata: { title: null, source: null, author: null, editor: null, publishedAt: null, siteName: null, publisher: null },
    slogans: [],
    summary: { keyPoints: [], charCount: 0, readingMinutes: 0, paragraphs: 0 },
  };
}
