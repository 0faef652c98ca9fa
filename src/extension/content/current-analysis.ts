// The analysis the popup and side panel are given: the one of the page the
// address names NOW. A single-page site changes its address first and its
// article a moment later; the page-change watcher re-analyses only once the
// DOM has settled (page-change-watch.ts). Asked in between, the old
// article's analysis would be shown under the new address, so the answer
// waits for the new analysis (the asker shows "analysing" meanwhile), and
// if none starts in time it starts one itself.
import { pageIdentity } from './page-change-watch.ts';

export interface CurrentAnalysis<T> {
  /** A new analysis began for the page the address names now. */
  started(analysis: Promise<T>): void;
  /** The latest analysis; when the address moved since, the next one (or `reanalyse()`'s after `waitMs`). */
  get(reanalyse: () => void): Promise<T>;
}

export function analysisOfCurrentPage<T>(href: () => string, first: Promise<T>, waitMs: number): CurrentAnalysis<T> {
  let latest = first;
  let analysedPage = pageIdentity(href());
  let waiters: (() => void)[] = [];
  return {
    started(analysis) {
      latest = analysis;
      analysedPage = pageIdentity(href());
      const woken = waiters;
      waiters = [];
      for (const wake of woken) wake();
    },
    async get(reanalyse) {
      if (pageIdentity(href()) !== analysedPage) {
        const replaced = await new Promise<boolean>((resolve) => {
          waiters.push(() => resolve(true));
          setTimeout(() => resolve(false), waitMs);
        });
        if (!replaced && pageIdentity(href()) !== analysedPage) reanalyse();
      }
      return latest;
    },
  };
}
