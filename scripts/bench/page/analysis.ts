// Section 1, in the page: our analyze() against Mozilla Readability's parse()
// of the same page, and a plain pass over the page's text as the floor.
// Interleaved: every round takes one sample of each, in a rotating order, so
// a slow moment of the (shared) machine hits all of them alike; the figures
// are medians over rounds.
import { Readability } from '@mozilla/readability';
import { analyze } from '../../../src/core/index.ts';
import { callsPerSample, median, MIN_SAMPLE_MS, sampleEachMs, sampleMs } from './timing.ts';

export interface AnalysisFigures {
  /** Median ms of one analyze(document, url). */
  analyzeMs: number;
  /** The very first analyze() in the page (cold code: what a page load pays), one sample. */
  coldAnalyzeMs: number;
  /** The very first clone + Readability parse in the page, one sample. */
  coldReadabilityMs: number;
  /** Median ms of document.cloneNode(true), which Readability needs (it rewrites the document it parses). */
  cloneMs: number;
  /** Median ms of new Readability(clone).parse() alone. */
  readabilityParseMs: number;
  /** One TreeWalker pass over the text nodes, summing their lengths: the floor. */
  textPassMs: number;
  rounds: number;
  elements: number;
  textChars: number;
  ours: { isArticle: boolean; title: string | null; charCount: number };
  readability: { title: string | null; textLength: number } | { error: string };
}

function plainTextPass(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  let chars = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) chars += (node as Text).data.length;
  return chars;
}

function readabilityParse(clone: Document): ReturnType<Readability['parse']> {
  return new Readability(clone).parse();
}

export function benchAnalysis(rounds: number, warmupRounds: number): AnalysisFigures {
  const doc = document;
  const url = location.href;
  const runOurs = (): unknown => analyze(doc, url);
  const runTextPass = (): unknown => plainTextPass(doc);
  const cloneDocument = (): Document => doc.cloneNode(true) as Document;

  // The first call of each, before anything is warm: what the content script
  // pays, since it analyses a page once (the rounds below measure warm code).
  const coldStart = performance.now();
  runOurs();
  const coldAnalyzeMs = performance.now() - coldStart;
  let readabilityOutcome: AnalysisFigures['readability'];
  let coldReadabilityMs = Number.NaN;
  try {
    const coldReadabilityStart = performance.now();
    const parsed = readabilityParse(cloneDocument());
    coldReadabilityMs = performance.now() - coldReadabilityStart;
    readabilityOutcome = { title: parsed?.title ?? null, textLength: parsed?.textContent?.length ?? 0 };
  } catch (error) {
    readabilityOutcome = { error: error instanceof Error ? error.message : String(error) };
  }
  const readabilityWorks = !('error' in readabilityOutcome);

  const oursCalls = callsPerSample(runOurs);
  const textCalls = callsPerSample(runTextPass);
  // Clone + parse once to size Readability's samples (each call needs a fresh clone).
  const t0 = performance.now();
  if (readabilityWorks) readabilityParse(cloneDocument());
  const oneReadability = Math.max(0.05, performance.now() - t0);
  const readabilityCalls = Math.max(1, Math.min(200, Math.ceil(MIN_SAMPLE_MS / oneReadability)));

  const ours: number[] = [];
  const clones: number[] = [];
  const parses: number[] = [];
  const textPasses: number[] = [];
  const measures: (() => void)[] = [
    () => ours.push(sampleMs(runOurs, oursCalls)),
    () => textPasses.push(sampleMs(runTextPass, textCalls)),
    () => {
      if (!readabilityWorks) return;
      const copies: Document[] = [];
      const started = performance.now();
      for (let i = 0; i < readabilityCalls; i += 1) copies.push(cloneDocument());
      clones.push((performance.now() - started) / readabilityCalls);
      parses.push(sampleEachMs(copies, readabilityParse));
    },
  ];
  for (let round = 0; round < warmupRounds + rounds; round += 1) {
    const taken = { ours: ours.length, clones: clones.length, parses: parses.length, text: textPasses.length };
    for (let i = 0; i < measures.length; i += 1) measures[(round + i) % measures.length]!();
    if (round < warmupRounds) {
      // Warm-up rounds let the JIT settle; their samples are dropped.
      ours.length = taken.ours;
      clones.length = taken.clones;
      parses.length = taken.parses;
      textPasses.length = taken.text;
    }
  }

  const result = analyze(doc, url);
  return {
    analyzeMs: median(ours),
    coldAnalyzeMs,
    coldReadabilityMs,
    cloneMs: readabilityWorks ? median(clones) : Number.NaN,
    readabilityParseMs: readabilityWorks ? median(parses) : Number.NaN,
    textPassMs: median(textPasses),
    rounds,
    elements: doc.getElementsByTagName('*').length,
    textChars: plainTextPass(doc),
    ours: { isArticle: result.isArticle, title: result.metadata.title, charCount: result.summary.charCount },
    readability: readabilityOutcome,
  };
}
