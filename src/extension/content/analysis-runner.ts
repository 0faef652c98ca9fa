// The order of work on page load, kept off the page's critical path: wait
// until the page is idle, ask the cheap prefilter whether the page can be a
// Chinese article at all, then the bounded early verdict whether it is plainly
// not one (a Chinese list, portal or encyclopedia page: answered here, without
// the engine), load the engine (only then: most pages never need it), give the
// page's own tasks (input, rendering) a turn, then run the analysis, which the
// engine bounds on huge pages (AnalyzeOptions.maxNodes).
import type { ArticleAnalysis } from '../../core/types.ts';
import type { PageAnalysisState } from '../messages.ts';

export interface PageAnalyser {
  /** Cheap: false for pages that plainly cannot be Chinese articles. */
  isCandidatePage(document: Document): boolean;
  /** Bounded: the analysis of a page that is plainly not an article, or null when only the engine can tell. */
  earlyNotAnArticle(document: Document, url: string): ArticleAnalysis | null;
  /** Make the engine available (it is injected on demand); rejects when it cannot be. */
  loadEngine(): Promise<(document: Document, url: string) => ArticleAnalysis>;
}

export interface TaskScheduler {
  /** Resolves when the page has been idle (or after a cap, so busy pages are still analysed). */
  whenIdle(): Promise<void>;
  /** Ends the current task so the page's pending work runs before ours continues. */
  yieldToPage(): Promise<void>;
}

export async function runPageAnalysis(
  document: Document,
  url: string,
  analyser: PageAnalyser,
  scheduler: TaskScheduler,
): Promise<PageAnalysisState> {
  await scheduler.whenIdle();
  try {
    if (!analyser.isCandidatePage(document)) return { status: 'not-candidate' };
    const plainlyNotAnArticle = analyser.earlyNotAnArticle(document, url);
    if (plainlyNotAnArticle) return { status: 'analysed', analysis: plainlyNotAnArticle };
    const analyze = await analyser.loadEngine();
    await scheduler.yieldToPage();
    return { status: 'analysed', analysis: analyze(document, url) };
  } catch (error) {
    return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/** requestIdleCallback where the browser has it (both targets do), with a cap of `maxWaitMs`. */
export function browserTaskScheduler(view: Window, maxWaitMs = 2000): TaskScheduler {
  return {
    whenIdle: () =>
      new Promise((resolve) => {
        if (typeof view.requestIdleCallback === 'function') view.requestIdleCallback(() => resolve(), { timeout: maxWaitMs });
        else view.setTimeout(resolve, 0);
      }),
    yieldToPage: () => new Promise((resolve) => view.setTimeout(resolve, 0)),
  };
}
