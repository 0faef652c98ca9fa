// The analysis of a page the early verdict rules out (page-kind/quick-verdict.ts),
// exactly as analyze() returns it. Small and free of the lexicon, so the
// content script can call it before it asks for the engine: a Chinese list or
// encyclopedia page then never needs the engine injected at all.
import type { ArticleAnalysis } from './types.ts';
import type { WorkMeter } from './budget.ts';
import { listPageTitle } from './text/document-title.ts';
import { notAnArticle } from './not-an-article.ts';
import { quickPageVerdict } from './page-kind/quick-verdict.ts';

/** The "not an article" analysis when the page plainly is none; null when only the full analysis can tell. */
export function earlyNotAnArticle(document: Document, url: string | null, meter?: WorkMeter): ArticleAnalysis | null {
  const verdict = quickPageVerdict(document, meter);
  if (verdict === null) return null;
  // A list keeps its own name; an encyclopedia entry, like the full verdict's, none.
  const title = verdict.reason === '百科词条' ? null : listPageTitle(document.title || null);
  return notAnArticle(url, `不是单篇文章：${verdict.reason}`, title);
}
