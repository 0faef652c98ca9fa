// Key points of a body without an outline (news reports, notices): the
// sentences that say most of what the whole body says. A sentence scores by
// centrality (how many of the body's recurring two-character words it
// carries), by the formulations in it, and by position (the news lead and
// paragraph openings carry the facts); very short and very long sentences
// are not quotable points.
import { hanBigrams, hanUnits } from '../text/han.ts';

export interface CandidateSentence {
  text: string;
  paragraph: number;
  /** Index of the sentence in its paragraph. */
  index: number;
  /** Han characters in the sentence. */
  han: number;
  /** Formulation uses inside the sentence. */
  formulations: number;
}

const MIN_HAN = 12;
const MAX_HAN = 120;

/**
 * Han characters of a sentence, for scoring (UTF-16 units in Han runs; the
 * summary's charCount uses the shared countHanChars).
 */
export const hanLength = hanUnits;

/** Body frequency of each bigram. */
function bigramFrequencies(grams: readonly (readonly number[])[]): Map<number, number> {
  const freq = new Map<number, number>();
  for (const list of grams) for (const g of list) freq.set(g, (freq.get(g) ?? 0) + 1);
  return freq;
}

function centrality(distinct: ReadonlySet<number>, freq: ReadonlyMap<number, number>): number {
  let sum = 0;
  for (const g of distinct) {
    const f = freq.get(g) ?? 0;
    if (f > 1) sum += Math.log2(f);
  }
  // Per square root of length: long sentences carry more words, not more relevance.
  return sum / Math.sqrt(Math.max(distinct.size, 1));
}

function positionBonus(s: CandidateSentence, firstParagraph: number): number {
  if (s.paragraph === firstParagraph && s.index === 0) return 1.5;
  if (s.index === 0) return 0.6;
  return 0;
}

/** Past this length a sentence is a paragraph's worth of reading in a popup: it must say more to be chosen. */
const COMFORTABLE_HAN = 80;

function lengthPenalty(han: number): number {
  return Math.max(0, han - COMFORTABLE_HAN) / 40;
}

/** Share of two-character words two key points may have in common. */
const MAX_OVERLAP = 0.5;

/** Shared bigrams over the smaller set's size. */
function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 1;
  let shared = 0;
  for (const g of small) if (large.has(g)) shared += 1;
  return shared / small.size;
}

/** The most salient sentences, in body order. */
export function salientSentences(sentences: readonly CandidateSentence[], wanted: number): string[] {
  const grams = sentences.map((s) => hanBigrams(s.text));
  const freq = bigramFrequencies(grams);
  const scored: { s: CandidateSentence; order: number; grams: Set<number>; score: number }[] = [];
  sentences.forEach((s, order) => {
    if (s.han < MIN_HAN || s.han > MAX_HAN) return;
    const distinct = new Set(grams[order]);
    scored.push({ s, order, grams: distinct, score: 0 });
  });
  if (scored.length === 0) return [];
  const firstParagraph = scored[0]!.s.paragraph;
  for (const c of scored) {
    c.score =
      centrality(c.grams, freq) + positionBonus(c.s, firstParagraph) + Math.min(c.s.formulations, 3) * 0.8 - lengthPenalty(c.s.han);
  }
  scored.sort((a, b) => b.score - a.score);
  const chosen: typeof scored = [];
  for (const c of scored) {
    if (chosen.length >= wanted) break;
    // A sentence that mostly repeats one already chosen (a news lead and its
    // restatement further down) adds nothing to the summary.
    if (chosen.some((k) => overlap(k.grams, c.grams) > MAX_OVERLAP)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.order - b.order).map((c) => c.s.text);
}
