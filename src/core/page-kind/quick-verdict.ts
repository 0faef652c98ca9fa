// The early verdict for pages that are plainly not single articles, read
// from bounded evidence before the full walk of the page (collectTextBlocks,
// ~1 µs per element): a Chinese list, channel home, search result page,
// archive of several posts or encyclopedia entry is let go in a fraction of a
// millisecond instead of several. It may only say "not an article" when the
// evidence is strong; anything less (null) leaves the page to the full
// analysis, which decides every case this one does not. It stays small and
// imports no lexicon, so the content script can run it before the engine is
// injected.
import { newWorkMeter, type WorkMeter } from '../budget.ts';
import type { PageKindVerdict } from './index.ts';
import { looksLikeEncyclopediaQuickly } from './quick-encyclopedia.ts';
import { headingRepeatsTitle } from './quick-headline.ts';
import { looksLikeLinkList, readLinkListEvidence } from './quick-link-list.ts';
import { titleNamesSearchResults } from './quick-search-results.ts';
import { MIN_POSTS } from './quick-several-posts.ts';

/** Same words as the full classifier's verdicts, so the reader sees one vocabulary. */
export function quickPageVerdict(doc: Document, meter: WorkMeter = newWorkMeter()): PageKindVerdict | null {
  if (doc.body === null) return null;
  // A page that heads itself with the headline <title> names is an article's
  // (whatever its comments or related links look like): left to the full analysis.
  let headed: boolean | null = null;
  const ownHeadline = (): boolean => (headed ??= headingRepeatsTitle(doc, meter));
  let encyclopedia: boolean | null = null;
  const isEncyclopedia = (): boolean => (encyclopedia ??= looksLikeEncyclopediaQuickly(doc, meter));
  // A search page that names itself so in <title> needs no walk at all.
  if (titleNamesSearchResults(doc.title) && !ownHeadline()) return { isArticle: false, reason: '搜索结果页' };
  // Past the first prose the walk reads on for more posts only where an
  // article's headline or an encyclopedia's marks do not answer already.
  const evidence = readLinkListEvidence(doc, meter, () => !isEncyclopedia() && !ownHeadline());
  // The headline may stand in any element: a line of the walk repeating it counts too.
  if (evidence.titleLine) headed = true;
  if (looksLikeLinkList(evidence) && !ownHeadline()) return { isArticle: false, reason: '列表页' };
  if (evidence.resultCountLine && !ownHeadline()) return { isArticle: false, reason: '搜索结果页' };
  if (evidence.posts >= MIN_POSTS && !ownHeadline()) return { isArticle: false, reason: '多篇文章的归档页' };
  // An encyclopedia entry is prose: looked for only once the walk met some.
  if (evidence.longestProseRun > 0 && isEncyclopedia()) return { isArticle: false, reason: '百科词条' };
  return null;
}
