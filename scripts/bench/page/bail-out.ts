// Section 2, in the page: how fast a page that is not a Chinese article is let
// go. On a non-Chinese page the content script stops at the prefilter; on a
// Chinese page that is plainly not an article (a list, an index) the prefilter
// lets it through and the content script's bounded early verdict answers,
// without loading the engine.
import { earlyNotAnArticle } from '../../../src/core/early-bail-out.ts';
import { analyze } from '../../../src/core/index.ts';
import { isCandidatePage } from '../../../src/core/prefilter.ts';
import { runPageAnalysis, type TaskScheduler } from '../../../src/extension/content/analysis-runner.ts';
import { callsPerSample, median, medianMs, MIN_SAMPLE_MS, sampleMs } from './timing.ts';

export interface BailOutFigures {
  candidate: boolean;
  /** Evaluating the injected engine in this page, once, cold (candidate pages only; set by the Node side). */
  engineLoadMs?: number;
  /** isCandidatePage(document). */
  prefilterMs: number;
  /** The content script's early path (runPageAnalysis with the page already idle), up to its verdict, warm. */
  earlyPathMs: number;
  /** The very first early path in the page (cold code: what one page load pays), one sample. */
  coldEarlyPathMs: number;
  earlyPathStatus: string;
  /** The whole analyze(document): its own prefilter, or the reading that finds the page is no article. */
  analyzeMs: number;
  isArticle: boolean;
  reason: string | null;
}

/**
 * Calls before sampling, by time: V8 needs a few hundred calls of a walk this
 * size before it runs optimized code (on a 3,000-element list page the call
 * falls from ~3.5 ms to ~0.35 ms over its first ~300 ms). Sampled earlier, a
 * "warm" median caught some runs mid-way and moved 2-3x from run to run.
 */
const WARM_UP_MS = 400;

/** The page is idle already and nothing else waits: the scheduler's waits cost one microtask each. */
const alreadyIdle: TaskScheduler = { whenIdle: () => Promise.resolve(), yieldToPage: () => Promise.resolve() };

async function earlyPath(): Promise<string> {
  const state = await runPageAnalysis(document, location.href, { isCandidatePage, earlyNotAnArticle, loadEngine: async () => analyze }, alreadyIdle);
  return state.status;
}

async function earlyPathSample(calls: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < calls; i += 1) await earlyPath();
  return (performance.now() - t0) / calls;
}

export async function benchBailOut(samples: number): Promise<BailOutFigures> {
  const coldStart = performance.now();
  await earlyPath();
  const coldEarlyPathMs = performance.now() - coldStart;
  const result = analyze(document, location.href);
  const runAnalyze = (): unknown => analyze(document, location.href);
  const warmUpEnd = performance.now() + WARM_UP_MS;
  while (performance.now() < warmUpEnd) {
    await earlyPath();
    runAnalyze();
    isCandidatePage(document);
  }
  let earlyCalls = 1;
  while (earlyCalls < 100_000 && (await earlyPathSample(earlyCalls)) * earlyCalls < MIN_SAMPLE_MS) earlyCalls *= 4;
  const analyzeCalls = callsPerSample(runAnalyze);
  // Interleaved, as in the analysis section: a busy moment of the machine hits both alike.
  const early: number[] = [];
  const whole: number[] = [];
  for (let s = 0; s < samples; s += 1) {
    early.push(await earlyPathSample(earlyCalls));
    whole.push(sampleMs(runAnalyze, analyzeCalls));
  }
  return {
    candidate: isCandidatePage(document),
    prefilterMs: medianMs(() => isCandidatePage(document), samples),
    earlyPathMs: median(early),
    coldEarlyPathMs,
    earlyPathStatus: await earlyPath(),
    analyzeMs: median(whole),
    isArticle: result.isArticle,
    reason: result.partyBuilding.reasons[0] ?? null,
  };
}
