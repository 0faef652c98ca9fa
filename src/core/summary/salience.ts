// Key points of a body without an outline (news reports, notices): the
// sentences that say most of what the whole body says. A sentence scores by
// centrality (how many of the body's recurring two-character words it
// carries), by the formulations in it, and by position (the news lead and
// paragraph openings carry the facts); very short and very long sentences
// are not quotable points.
import { countHanChars } from '../text/normalize.ts';

export interface CandidateSentence {
  text: string;
  paragraph: number;
  /** Index of the sentence in its paragraph. */
  index: number;
  /** Formulation uses inside the sentence. */
  formulations: number;
}

const MIN_HAN = 12;
const MAX_HAN = 120;
const HAN_RUN = /\p{Script=Han}+/gu;

function bigrams(text: string): string[] {
  const grams: string[] = [];
  for (const run of text.matchAll(HAN_RUN)) {
    const s = run[0];
    for (let i = 0; i + 1 < s.length; i += 1) grams.push(s.slice(i, i + 2));
  }
  return grams;
}

/** Body frequency of each bigram. */
function bigramFrequencies(sentences: readonly CandidateSentence[]): Map<string, number> {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const g of bigrams(s.text)) freq.set(g, (freq.get(g) ?? 0) + 1);
  return freq;
}

function centrality(text: string, freq: ReadonlyMap<string, number>): number {
  const distinct = new Set(bigrams(text));
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
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 1;
  let shared = 0;
  for (const g of small) if (large.has(g)) shared += 1;
  return shared / small.size;
}

/** The most salient sentences, in body order. */
export function salientSentences(sentences: readonly CandidateSentence[], wanted: number): string[] {
  const quotable = sentences.filter((s) => {
    const han = countHanChars(s.text);
    return han >= MIN_HAN && han <= MAX_HAN;
  });
  if (quotable.length === 0) return [];
  const freq = bigramFrequencies(sentences);
  const firstParagraph = quotable[0]!.paragraph;
  const scored = quotable.map((s, order) => ({
    s,
    order,
    score:
      centrality(s.text, freq) +
      positionBonus(s, firstParagraph) +
      Math.min(s.formulations, 3) * 0.8 -
      lengthPenalty(countHanChars(s.text)),
  }));
  scored.sort((a, b) => b.score - a.score);
  const chosen: { s: CandidateSentence; order: number; grams: Set<string> }[] = [];
  for (const c of scored) {
    if (chosen.length >= wanted) break;
    // A sentence that mostly repeats one already chosen (a news lead and its
    // restatement further down) adds nothing to the summary.
    const grams = new Set(bigrams(c.s.text));
    if (chosen.some((k) => overlap(k.grams, grams) > MAX_OVERLAP)) continue;
    chosen.push({ ...c, grams });
  }
  return chosen.sort((a, b) => a.order - b.order).map((c) => c.s.text);
}
