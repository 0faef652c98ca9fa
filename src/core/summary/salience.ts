// Key points of a body without an outline (news reports, notices): the
// sentences that say most of what the whole body says. A sentence scores by
// centrality (how many of the body's recurring two-character words it
// carries), by the formulations in it, and by position (the news lead and
// paragraph openings carry the facts); very short and very long sentences
// are not quotable points.
import { hanUnits } from '../text/han.ts';
import { bodyWords } from './body-words.ts';

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

/** A sentence's distinct words: words[from] up to words[to] (see body-words.ts). */
interface SentenceWords {
  from: number;
  to: number;
}

function centrality(w: SentenceWords, words: Int32Array, frequency: Int32Array): number {
  let sum = 0;
  for (let i = w.from; i < w.to; i += 1) {
    const f = frequency[words[i]!]!;
    if (f > 1) sum += Math.log2(f);
  }
  // Per square root of length: long sentences carry more words, not more relevance.
  return sum / Math.sqrt(Math.max(w.to - w.from, 1));
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

/** A chosen point's words, for the overlap test: a membership table by word number. */
interface ChosenWords {
  size: number;
  has: Uint8Array;
}

function chosenWords(w: SentenceWords, words: Int32Array, wordCount: number): ChosenWords {
  const has = new Uint8Array(wordCount);
  for (let i = w.from; i < w.to; i += 1) has[words[i]!] = 1;
  return { size: w.to - w.from, has };
}

/** Shared bigrams over the smaller set's size (the shared count is the same from either side). */
function overlap(chosen: ChosenWords, candidate: SentenceWords, words: Int32Array): number {
  const smaller = Math.min(chosen.size, candidate.to - candidate.from);
  if (smaller === 0) return 1;
  let shared = 0;
  for (let i = candidate.from; i < candidate.to; i += 1) shared += chosen.has[words[i]!]!;
  return shared / smaller;
}

/** The most salient sentences, in body order. */
export function salientSentences(sentences: readonly CandidateSentence[], wanted: number): string[] {
  const { frequency, words, start } = bodyWords(sentences.map((s) => s.text));
  const scored: { s: CandidateSentence; order: number; grams: SentenceWords; score: number }[] = [];
  sentences.forEach((s, order) => {
    if (s.han < MIN_HAN || s.han > MAX_HAN) return;
    scored.push({ s, order, grams: { from: start[order]!, to: start[order + 1]! }, score: 0 });
  });
  if (scored.length === 0) return [];
  const firstParagraph = scored[0]!.s.paragraph;
  for (const c of scored) {
    c.score =
      centrality(c.grams, words, frequency) + positionBonus(c.s, firstParagraph) + Math.min(c.s.formulations, 3) * 0.8 - lengthPenalty(c.s.han);
  }
  scored.sort((a, b) => b.score - a.score);
  const chosen: { c: (typeof scored)[number]; words: ChosenWords }[] = [];
  for (const c of scored) {
    if (chosen.length >= wanted) break;
    // A sentence that mostly repeats one already chosen (a news lead and its
    // restatement further down) adds nothing to the summary.
    if (chosen.some((k) => overlap(k.words, c.grams, words) > MAX_OVERLAP)) continue;
    chosen.push({ c, words: chosenWords(c.grams, words, frequency.length) });
  }
  return chosen.sort((a, b) => a.c.order - b.c.order).map((k) => k.c.s.text);
}
