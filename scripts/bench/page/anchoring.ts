// Section 3, in the page: re-anchoring N highlights on a long article, ours
// (anchorMany: one text model per batch, work cut into chunks that yield)
// against dom-anchor-text-quote's toRange (one call per highlight,
// diff-match-patch's bitap over root.textContent), with the stored quotes
// unchanged ("exact") and with one character of every quote changed (the
// approximate path of both).
import * as textPosition from 'dom-anchor-text-position';
import * as textQuote from 'dom-anchor-text-quote';
import { anchorMany, browserScheduler, type AnchorRequest, type Scheduler } from '../../../src/annotate/anchor-many.ts';
import { describe } from '../../../src/annotate/selectors.ts';
import { TextModel } from '../../../src/annotate/text-model.ts';
import { spanToRange, type TextSpan } from '../../../src/annotate/text-range.ts';
import { findArticleBody } from '../../../src/core/index.ts';
import type { Selector } from '../../../src/store/model.ts';
import { seededRandom } from './seeded-random.ts';
import { median } from './timing.ts';

interface TheirHighlight {
  selector: textQuote.TextQuoteSelector;
  position: { start: number; end: number };
}

export interface Highlight {
  span: TextSpan;
  ours: Selector[];
  theirs: TheirHighlight;
}

export interface AnchorRunFigures {
  /** Median wall time from the call to the last highlight placed (ours: including the yields). */
  totalMs: number;
  /** Median main-thread time spent anchoring (ours: sum of its chunks; theirs: the whole loop). */
  workMs: number;
  /** Longest single task seen over all repeats (ours: longest chunk; theirs: the whole loop, which never yields). */
  longestTaskMs: number;
  /** Long tasks (> 50 ms) the browser reported while this ran (PerformanceObserver 'longtask'), worst repeat. */
  longTasks: number;
  chunks: number;
  placed: number;
  /** Placed exactly where the highlight was (exact quotes) / overlapping it (edited quotes). */
  correct: number;
}

export interface AnchoringFigures {
  textChars: number;
  articleChars: number;
  runs: { count: number; variant: 'exact' | 'edited'; tool: 'ours' | 'dom-anchor-text-quote'; figures: AnchorRunFigures }[];
}

const longTaskEntries: PerformanceEntry[] = [];
let observing = false;
function observeLongTasks(): void {
  if (observing || !PerformanceObserver.supportedEntryTypes.includes('longtask')) return;
  observing = true;
  new PerformanceObserver((list) => longTaskEntries.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
}
/** Long tasks that started in [from, to]: the observer reports a little after the task, so wait a frame first. */
async function longTasksBetween(from: number, to: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  return longTaskEntries.filter((entry) => entry.startTime >= from - 1 && entry.startTime <= to).length;
}

/** One character near the middle of a quote replaced by another Han character: a small edit. */
function editOneCharacter(quote: string): string {
  const chars = Array.from(quote);
  let i = Math.floor(chars.length / 2);
  while (i < chars.length && /\s/.test(chars[i]!)) i += 1;
  if (i >= chars.length) return quote;
  chars[i] = chars[i] === '之' ? '的' : '之';
  return chars.join('');
}

export function makeHighlights(count: number, seed: number): { highlights: Highlight[]; textChars: number; articleChars: number } {
  const root = document.body;
  const model = TextModel.build(root);
  const article = findArticleBody(document).root ?? root;
  const from = model.offsetOf(article, 0) ?? 0;
  const to = model.offsetOf(article, article.childNodes.length) ?? model.text.length;
  const random = seededRandom(seed);
  const highlights: Highlight[] = [];
  while (highlights.length < count) {
    const length = 8 + Math.floor(random() * 53);
    const start = from + Math.floor(random() * Math.max(1, to - from - length));
    const span = { start, end: Math.min(to, start + length) };
    const range = spanToRange(model, span);
    if (!range) continue;
    highlights.push({
      span,
      ours: describe(root, range, model),
      theirs: { selector: textQuote.fromRange(root, range), position: textPosition.fromRange(root, range) },
    });
  }
  return { highlights, textChars: model.text.length, articleChars: to - from };
}

export function edited(highlight: Highlight): Highlight {
  return {
    span: highlight.span,
    ours: highlight.ours.map((s) => (s.type === 'TextQuoteSelector' ? { ...s, exact: editOneCharacter(s.exact) } : s)),
    theirs: { ...highlight.theirs, selector: { ...highlight.theirs.selector, exact: editOneCharacter(highlight.theirs.selector.exact) } },
  };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const same = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start === b.start && a.end === b.end;

export async function runOurs(highlights: readonly Highlight[], variant: 'exact' | 'edited') {
  const requests: AnchorRequest[] = highlights.map((h, i) => ({ id: String(i), selectors: h.ours }));
  const chunkMs: number[] = [];
  let chunkStart = 0;
  const scheduler: Scheduler = {
    now: () => performance.now(),
    yield: async () => {
      chunkMs.push(performance.now() - chunkStart);
      await browserScheduler.yield();
      chunkStart = performance.now();
    },
  };
  const t0 = performance.now();
  chunkStart = t0;
  const result = await anchorMany(document.body, requests, { scheduler });
  const end = performance.now();
  chunkMs.push(end - chunkStart);
  const correct = result.anchored.filter((a) => {
    const original = highlights[Number(a.id)]!.span;
    return variant === 'exact' ? same(a.span, original) : overlaps(a.span, original);
  }).length;
  return {
    totalMs: end - t0,
    workMs: chunkMs.reduce((sum, ms) => sum + ms, 0),
    longestTaskMs: Math.max(...chunkMs),
    longTasks: await longTasksBetween(t0, end),
    chunks: result.chunks,
    placed: result.anchored.length,
    correct,
  };
}

export async function runTheirs(highlights: readonly Highlight[], variant: 'exact' | 'edited') {
  const root = document.body;
  const t0 = performance.now();
  let placed = 0;
  for (const h of highlights) if (textQuote.toRange(root, h.theirs.selector, { hint: h.theirs.position.start })) placed += 1;
  const end = performance.now();
  const longTasks = await longTasksBetween(t0, end);
  // Correctness is checked outside the timed loop, on the same calls' positions.
  let correct = 0;
  for (const h of highlights) {
    const found = textQuote.toTextPosition(root, h.theirs.selector, { hint: h.theirs.position.start });
    if (found && (variant === 'exact' ? same(found, h.theirs.position) : overlaps(found, h.theirs.position))) correct += 1;
  }
  return { totalMs: end - t0, workMs: end - t0, longestTaskMs: end - t0, longTasks, chunks: 1, placed, correct };
}

function summarize(runs: Awaited<ReturnType<typeof runOurs>>[]): AnchorRunFigures {
  const last = runs[runs.length - 1]!;
  return {
    totalMs: median(runs.map((r) => r.totalMs)),
    workMs: median(runs.map((r) => r.workMs)),
    longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
    longTasks: Math.max(...runs.map((r) => r.longTasks)),
    chunks: last.chunks,
    placed: last.placed,
    correct: last.correct,
  };
}

export async function benchAnchoring(counts: readonly number[], repeats: number): Promise<AnchoringFigures> {
  observeLongTasks();
  const largest = Math.max(...counts);
  const { highlights: all, textChars, articleChars } = makeHighlights(largest, 20261125);
  const runs: AnchoringFigures['runs'] = [];
  for (const count of counts) {
    for (const variant of ['exact', 'edited'] as const) {
      const highlights = all.slice(0, count).map((h) => (variant === 'exact' ? h : edited(h)));
      const ours: Awaited<ReturnType<typeof runOurs>>[] = [];
      const theirs: Awaited<ReturnType<typeof runTheirs>>[] = [];
      // One unmeasured pass each to warm up the JIT, then interleaved repeats.
      await runOurs(highlights, variant);
      await runTheirs(highlights, variant);
      for (let r = 0; r < repeats; r += 1) {
        ours.push(await runOurs(highlights, variant));
        theirs.push(await runTheirs(highlights, variant));
      }
      runs.push({ count, variant, tool: 'ours', figures: summarize(ours) });
      runs.push({ count, variant, tool: 'dom-anchor-text-quote', figures: summarize(theirs) });
    }
  }
  return { textChars, articleChars, runs };
}
