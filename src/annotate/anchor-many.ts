// Anchor every annotation of a page in one batch: the text model is built
// once (not once per annotation), and the work is cut into chunks that yield
// to the page so no single task blocks it for long (budget: 100 highlights on
// a 50,000-character page well under 100 ms in total, no task over 50 ms).

import type { Selector } from '../store/model.ts';
import { anchorInModel, type AnchorMethod } from './anchor.ts';
import type { MatchSource } from './match-quote.ts';
import { TextModel } from './text-model.ts';
import type { TextSpan } from './text-range.ts';

/** Time source and "let the page run" hook; injectable so tests control chunking. */
export interface Scheduler {
  now(): number;
  yield(): Promise<void>;
}

export interface AnchorRequest {
  id: string;
  selectors: readonly Selector[];
}

export interface AnchoredAnnotation {
  id: string;
  range: Range;
  span: TextSpan;
  method: AnchorMethod;
  /** For 'quote' and 'fuzzy': which search found the quote (diagnostics). */
  source?: MatchSource;
}

export interface AnchorManyResult {
  anchored: AnchoredAnnotation[];
  /** Ids that could not be placed, in request order. */
  orphans: string[];
  /** Number of chunks (tasks) the work was split into. */
  chunks: number;
}

export interface AnchorManyOptions {
  scheduler?: Scheduler;
  /** Work per chunk before yielding, in ms; well below the 50 ms long-task line. */
  chunkBudgetMs?: number;
}

/** performance.now() and the Prioritized Task Scheduling API's scheduler.yield() where present, else a macrotask. */
export const browserScheduler: Scheduler = {
  now: () => performance.now(),
  yield: () => {
    const taskScheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (typeof taskScheduler?.yield === 'function') return taskScheduler.yield();
    return new Promise((resolve) => setTimeout(resolve, 0));
  },
};

export async function anchorMany(
  root: Node,
  requests: readonly AnchorRequest[],
  options: AnchorManyOptions = {},
): Promise<AnchorManyResult> {
  const scheduler = options.scheduler ?? browserScheduler;
  const budget = options.chunkBudgetMs ?? 10;
  const anchored: AnchoredAnnotation[] = [];
  const orphans: string[] = [];
  let chunks = 1;

  // The page may change while we yield (late-loading content); rebuild the
  // model before the next chunk when it did, so offsets stay true.
  let changed = false;
  const doc = root.ownerDocument ?? (root as Document);
  const Observer = doc.defaultView?.MutationObserver;
  const observer = Observer ? new Observer(() => (changed = true)) : null;
  observer?.observe(root, { childList: true, subtree: true, characterData: true });

  try {
    let chunkStart = scheduler.now();
    let model = TextModel.build(root);
    // A chunk is cut between annotations, never inside one, so one slow
    // annotation (a quote searched over the whole page: ~1-3 ms per 40,000
    // characters) would overrun the chunk it lands in. Yield before an
    // annotation when the slowest one so far would not fit in what is left;
    // but reserve at most half the chunk for it, so that one outlier (a
    // garbage collection, the machine busy elsewhere) does not cut every
    // later chunk down to a single annotation.
    let slowest = 0;
    let inChunk = 0;
    for (const request of requests) {
      const elapsed = scheduler.now() - chunkStart;
      if (elapsed >= budget || (inChunk > 0 && elapsed + Math.min(slowest, budget / 2) > budget)) {
        await scheduler.yield();
        chunks += 1;
        inChunk = 0;
        chunkStart = scheduler.now();
        if (observer && (changed || observer.takeRecords().length > 0)) {
          changed = false;
          model = TextModel.build(root);
        }
      }
      const started = scheduler.now();
      const result = anchorInModel(model, request.selectors);
      slowest = Math.max(slowest, scheduler.now() - started);
      inChunk += 1;
      if (result) anchored.push({ id: request.id, ...result });
      else orphans.push(request.id);
    }
  } finally {
    observer?.disconnect();
  }
  return { anchored, orphans, chunks };
}
