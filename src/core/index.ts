// analyze(): the one entry point of the analysis. A Document in, plain data
// out; standard DOM only, so the content script, the CLI and the tests run the
// same code. A page that plainly is no article (a list, an encyclopedia
// entry) is let go by an early verdict on bounded evidence; otherwise one
// bounded walk of the page (collectTextBlocks) feeds the body finder, the
// page-kind check and the metadata labels.
import type { ArticleAnalysis } from './types.ts';
import type { MetadataTrace } from './metadata/candidates.ts';
import { scoreBodyCandidates } from './body/score-candidates.ts';
import { describeElement } from './body/describe-element.ts';
import { readBudget, type WorkMeter } from './budget.ts';
import { collectTextBlocks, findArticleBody } from './body/index.ts';
import { extractMetadata, readPage } from './metadata/index.ts';
import { refineTitleNearBody, withoutHeadlineAtTop } from './metadata/title-near-body.ts';
import { classifyPage } from './page-kind/index.ts';
import { earlyNotAnArticle } from './early-bail-out.ts';
import { notAnArticle } from './not-an-article.ts';
import { boundedAnalysis } from './bounded-analysis.ts';
import { isCandidatePage } from './prefilter.ts';
import { findSlogans } from './slogans/index.ts';
import { detectPartyBuilding } from './party-building.ts';
import { summarize } from './summary.ts';

export type * from './types.ts';
export type { WorkMeter } from './budget.ts';
export { findArticleBody } from './body/index.ts';
export { isCandidatePage } from './prefilter.ts';
export { quickPageVerdict } from './page-kind/quick-verdict.ts';
export { earlyNotAnArticle } from './early-bail-out.ts';

export interface AnalyzeOptions {
  /**
   * Most elements one walk of the analysis visits (default 20,000). A portal
   * or a giant single-page app can have hundreds of thousands; past the budget
   * the walk stops and the analysis uses what it has read, so the work per
   * page is bounded instead of freezing the tab (see budget.ts).
   */
  maxNodes?: number;
  /** Most visible characters of text one walk reads (default 150,000). */
  maxTextChars?: number;
  /** Counts the elements and characters the analysis read, for tests and benchmarks. */
  meter?: WorkMeter;
  /**
   * Filled with how the analysis decided (`analyze --explain`): every
   * candidate per metadata field and the body-finding decision.
   */
  explain?: AnalysisExplanation;
}

/** What `analyze --explain` prints: the candidates per field and the body decision. */
export interface AnalysisExplanation {
  fields: MetadataTrace;
  body: BodyDecision | null;
  /** Why the page was answered as no article, when it was. */
  notArticle: string | null;
}

export interface BodyDecision {
  /** The chosen element and its runners-up, best first: a short CSS-like path, score, prose votes, link density, characters. */
  candidates: { element: string; score: number; votes: number; linkDensity: number; chars: number }[];
}

export function analyze(document: Document, url?: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const pageUrl = url ?? null;
  if (!isCandidatePage(document)) return notAnArticle(pageUrl);
  const root = document.body ?? document.documentElement;
  const { maxNodes, maxTextChars, meter } = readBudget(options);
  // Lists and encyclopedia entries that say so plainly are let go before the full walk.
  const early = earlyNotAnArticle(document, pageUrl, meter);
  if (early !== null) {
    if (options.explain) options.explain.notArticle = '提前判定：明显是列表、门户或百科页面';
    return early;
  }
  const scan = collectTextBlocks(root, maxNodes, { maxTextChars, meter });
  const reading = readPage(document, scan.landmarks, meter);
  const found = findArticleBody(document, { scan, maxNodes, maxTextChars, meter, title: reading.title.title });
  if (options.explain) {
    // The same ranking findArticleBody took its first from, re-run only when explaining.
    options.explain.body = {
      candidates: scoreBodyCandidates(scan.blocks).map((c) => ({
        element: describeElement(c.element), score: c.score, votes: c.votes, linkDensity: c.linkDensity, chars: c.chars,
      })),
    };
  }
  // Pages whose <title> does not name the headline: the line above the body does.
  const title = refineTitleNearBody(reading.title, scan.blocks, found.root, scan.landmarks.headlines);
  const body = title === reading.title ? found : { ...found, paragraphs: withoutHeadlineAtTop(found.paragraphs, title.title) };
  const kind = classifyPage(body, scan, {
    // A line found above the body names an article's headline, not a portal's.
    hasHeadline: reading.title.element !== null, headline: title.element, documentTitle: title.documentTitle,
  });
  if (!kind.isArticle) {
    if (options.explain) options.explain.notArticle = `不是单篇文章：${kind.reason}`;
    return notAnArticle(pageUrl, `不是单篇文章：${kind.reason}`, kind.title);
  }
  const metadata = extractMetadata({
    doc: document, reading: { ...reading, title }, blocks: scan.blocks, bodyRoot: body.root, bodyBylines: body.bylines,
    sourceSlots: scan.landmarks.sourceSlots, url: pageUrl, meter, trace: options.explain?.fields,
  });

  const slogans = findSlogans(body.paragraphs);
  const partyBuilding = detectPartyBuilding({ title: metadata.title, paragraphs: body.paragraphs, slogans });
  return boundedAnalysis({
    url: pageUrl,
    isArticle: true,
    partyBuilding,
    metadata,
    slogans,
    summary: summarize(body.paragraphs),
  });
}
