// The early verdict over both sets of the shared corpus, one test per page:
// each page is parsed once and its test costs one page's parse, whatever the
// size of the corpus or the speed of the machine. It must never rule out an
// article, and it rules out every non-article of the corpus (lists, search
// results, archives of several posts, encyclopedia entries) as gold says.
import { describe, expect, it } from 'vitest';
import { quickPageVerdict } from '../../../src/core/page-kind/quick-verdict.ts';
import { CORPUS_SETS, corpusAvailable, loadGold, loadPage } from './corpus-pages.ts';

describe.skipIf(!corpusAvailable)('quick verdict over the shared corpus', () => {
  for (const set of CORPUS_SETS) {
    const gold = corpusAvailable ? loadGold(set) : [];
    describe(set, () => {
      it.each(gold.filter((g) => g.is_article).map((g) => g.file))('article %s: left to the full analysis', (file) => {
        expect(quickPageVerdict(loadPage(file, set))).toBeNull();
      });
      it.each(gold.filter((g) => !g.is_article).map((g) => g.file))('non-article %s: ruled out early', (file) => {
        expect(quickPageVerdict(loadPage(file, set))?.isArticle).toBe(false);
      });
    });
  }
});

if (!corpusAvailable) {
  describe('quick verdict over the shared corpus', () => {
    it.skip('skipped: ../shared/corpus is not present next to the repository', () => {});
  });
}
