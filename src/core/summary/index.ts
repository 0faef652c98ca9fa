// The summary of an article body: 3-6 key points taken verbatim from the
// body, its length in Han characters, reading time and paragraph count.
import { lexiconOccurrencesByParagraph } from '../slogans/body-matching.ts';
import { countHanChars } from '../text/normalize.ts';
import type { ArticleSummary, BodyParagraph } from '../types.ts';
import { isNonContentParagraph, withoutDateline } from './non-content.ts';
import { hanLength, salientSentences, type CandidateSentence } from './salience.ts';
import { splitSentences } from './sentences.ts';
import { MAX_POINTS, MIN_POINTS, structuralPoints } from './structure.ts';

/**
 * Reading rate for study reading: about 400 Han characters a minute. General
 * Chinese reading runs 300-500 characters a minute; party documents are read
 * slowly and carefully, so the middle of that range.
 */
export const HAN_CHARS_PER_MINUTE = 400;

/** How many key points a body of this length gets when it has no outline. */
function pointsWanted(hanChars: number): number {
  if (hanChars < 1500) return MIN_POINTS;
  if (hanChars < 4000) return 4;
  return 5;
}

function candidateSentences(paragraphs: readonly BodyParagraph[]): CandidateSentence[] {
  const sentences: CandidateSentence[] = [];
  const lexicon = lexiconOccurrencesByParagraph(paragraphs);
  paragraphs.forEach((p, paragraph) => {
    if (p.heading || isNonContentParagraph(p.text)) return;
    // Established formulations only (the automaton's finds, shared with
    // findSlogans): the pattern finds are for the slogan list, and a count is
    // enough to weigh sentences.
    const formulationUses = lexicon[paragraph]!.length;
    const split = splitSentences(p.text).map((text, index) => {
      const clean = index === 0 ? withoutDateline(text) : text;
      return { text: clean, paragraph, index, han: hanLength(clean), formulations: 0 };
    });
    // Formulations are counted per paragraph and shared out by sentence length.
    const paragraphHan = split.reduce((n, s) => n + s.han, 0);
    const density = formulationUses / Math.max(paragraphHan, 1);
    for (const s of split) sentences.push({ ...s, formulations: density * s.han });
  });
  return sentences;
}

export function summarize(paragraphs: BodyParagraph[]): ArticleSummary {
  const charCount = countHanChars(paragraphs.map((p) => p.text).join(''));
  const readingMinutes = charCount === 0 ? 0 : Math.max(1, Math.round(charCount / HAN_CHARS_PER_MINUTE));
  const content = paragraphs.filter((p) => !isNonContentParagraph(p.text));
  const outline = structuralPoints(content);
  const keyPoints = outline ?? salientSentences(candidateSentences(paragraphs), pointsWanted(charCount));
  return { keyPoints: keyPoints.slice(0, MAX_POINTS), charCount, readingMinutes, paragraphs: paragraphs.length };
}
