// What the formulation detectors and the summary both read of one body: each
// paragraph's matching text and its lexicon occurrences. analyze() calls
// findSlogans and then summarize on the same paragraphs array; both used to
// canonicalise every paragraph and run the automaton over it, the second time
// only to count. Kept per array (a WeakMap, so nothing outlives the body), and
// checked against the paragraphs' texts, so a caller that changes the array
// between calls gets fresh results, never stale ones.
import type { BodyParagraph } from '../types.ts';
import { findLexiconOccurrences } from './lexicon-matcher.ts';
import { toMatchingText } from './match-text.ts';
import type { Occurrence } from './occurrence.ts';

interface BodyMatching {
  /** The paragraphs' texts when this was computed. */
  texts: string[];
  matching: string[];
  /** Filled on first use: the summary of a body may be asked for without its formulations. */
  lexicon: (readonly Occurrence[])[] | null;
}

const byBody = new WeakMap<readonly BodyParagraph[], BodyMatching>();

function unchanged(entry: BodyMatching, paragraphs: readonly BodyParagraph[]): boolean {
  if (entry.texts.length !== paragraphs.length) return false;
  for (let i = 0; i < paragraphs.length; i += 1) if (entry.texts[i] !== paragraphs[i]!.text) return false;
  return true;
}

function bodyMatching(paragraphs: readonly BodyParagraph[]): BodyMatching {
  const known = byBody.get(paragraphs);
  if (known !== undefined && unchanged(known, paragraphs)) return known;
  const texts = paragraphs.map((p) => p.text);
  const entry: BodyMatching = { texts, matching: texts.map(toMatchingText), lexicon: null };
  byBody.set(paragraphs, entry);
  return entry;
}

/** Each paragraph's matching text (toMatchingText), in body order. */
export function matchingTexts(paragraphs: readonly BodyParagraph[]): readonly string[] {
  return bodyMatching(paragraphs).matching;
}

/** Each paragraph's lexicon occurrences (findLexiconOccurrences); shared, so never to be changed by a caller. */
export function lexiconOccurrencesByParagraph(paragraphs: readonly BodyParagraph[]): readonly (readonly Occurrence[])[] {
  const entry = bodyMatching(paragraphs);
  entry.lexicon ??= entry.matching.map((text, i) => findLexiconOccurrences(text, i));
  return entry.lexicon;
}
