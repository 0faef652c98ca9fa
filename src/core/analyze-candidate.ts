// The full analysis of a page that may be a Chinese article: one bounded walk
// of the page (collectTextBlocks) feeds the body finder, the page-kind check
// and the metadata labels, then the formulations, party-building evidence and
// summary. analyze() (index.ts) comes here once the prefilter and the early
// verdict have let the page through; the injected engine (analyser.js) comes
// here directly, since the content script has asked both already before it
// loads the engine, so the engine bundle carries neither.
import type { ArticleAnalysis } from './types.ts';
import type { MetadataTrace } from './metadata/candidates.ts';
import { scoreBodyCandidates } from './body/score-candidates.ts';
import { describeElement } from './body/describe-element.ts';
import { readBudget, type WorkMeter } from './budget.ts';
import { collectTextBlocks, findArticleBody } from './body/index.ts';
import { extractMetadata, readPage } from './metadata/index.ts';
import { refineTitleNearBody, withoutHeadlineAtTop } from './metadata/title-near-body.ts';
import { classifyPage } from './page-kind/index.ts';
import { notAnArticle } from './not-an-article.ts';
import { boundedAnalysis } from './bounded-analysis.ts';
import { findSlogans } from './slogans/index.ts';
import { detectPartyBuilding } from './party-building.ts';
import { summarize } from './summary.ts';

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

/** The analysis of a page the prefilter and the early verdict let through (see analyze() for any page). */
export function analyzeCandidate(document: Document, url?: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const pageUrl = url ?? null;
  const root = document.body ?? document.documentElement;
  const { maxNodes, maxTextChars, meter } = readBudget(options);
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
