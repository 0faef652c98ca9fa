// The early verdict for pages that are plainly not single articles, read
// from bounded evidence before the full walk of the page (collectTextBlocks,
// ~1 µs per element): a Chinese list, channel home or encyclopedia entry is
// let go in a fraction of a millisecond instead of several. It may only say
// "not an article" when the evidence is strong; anything less (null) leaves
// the page to the full analysis, which decides every case this one does not.
// It stays small and imports no lexicon, so the content script can run it
// before the engine is injected.
import { newWorkMeter, type WorkMeter } from '../budget.ts';
import type { PageKindVerdict } from './index.ts';
import { looksLikeEncyclopediaQuickly } from './quick-encyclopedia.ts';
import { headingRepeatsTitle } from './quick-headline.ts';
import { looksLikeLinkList, readLinkListEvidence } from './quick-link-list.ts';

/** Same words as the full classifier's verdicts, so the reader sees one vocabulary. */
export function quickPageVerdict(doc: Document, meter: WorkMeter = newWorkMeter()): PageKindVerdict | null {
  if (doc.body === null) return null;
  const evidence = readLinkListEvidence(doc, meter);
  // A page that heads itself with the headline <title> names is left to the full analysis.
  if (looksLikeLinkList(evidence) && !headingRepeatsTitle(doc, meter)) return { isArticle: false, reason: '列表页' };
  // An encyclopedia entry is prose: looked for only once the walk met some.
  if (evidence.longestProseRun > 0 && looksLikeEncyclopediaQuickly(doc, meter)) return { isArticle: false, reason: '百科词条' };
  return null;
}
