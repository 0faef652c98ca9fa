// analyze(): the one entry point of the analysis. A Document in, plain data
// out; standard DOM only, so the content script, the CLI and the tests run the
// same code. A page that plainly is no article (a list, an encyclopedia
// entry) is let go by an early verdict on bounded evidence; otherwise the full
// analysis (analyze-candidate.ts) reads it.
import type { ArticleAnalysis } from './types.ts';
import { analyzeCandidate, type AnalyzeOptions } from './analyze-candidate.ts';
import { earlyNotAnArticle } from './early-bail-out.ts';
import { notAnArticle } from './not-an-article.ts';
import { isCandidatePage } from './prefilter.ts';

export type * from './types.ts';
export type { WorkMeter } from './budget.ts';
export type { AnalysisExplanation, AnalyzeOptions, BodyDecision } from './analyze-candidate.ts';
export { analyzeCandidate } from './analyze-candidate.ts';
export { findArticleBody } from './body/index.ts';
export { isCandidatePage } from './prefilter.ts';
export { quickPageVerdict } from './page-kind/quick-verdict.ts';
export { earlyNotAnArticle } from './early-bail-out.ts';

export function analyze(document: Document, url?: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const pageUrl = url ?? null;
  if (!isCandidatePage(document)) return notAnArticle(pageUrl);
  // Lists and encyclopedia entries that say so plainly are let go before the full walk.
  const early = earlyNotAnArticle(document, pageUrl, options.meter);
  if (early !== null) {
    if (options.explain) options.explain.notArticle = '提前判定：明显是列表、门户或百科页面';
    return early;
  }
  return analyzeCandidate(document, url, options);
}
