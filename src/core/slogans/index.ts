// Key formulations (提法) of an article body: lexicon formulations plus the
// coinages the genre marks by shape (quoted terms, numbered formulations,
// parallel series of words or of clauses, lead phrases, core-leadership
// formulas, leaders' maxims), one entry per formulation, best first.
import type { BodyParagraph, Slogan } from '../types.ts';
import { findLeadPhrases } from './lead-phrase.ts';
import { lexiconOccurrencesByParagraph, matchingTexts } from './body-matching.ts';
import { findClauseSets } from './clauses.ts';
import { findCoreLeadership } from './core-leadership.ts';
import { findMaxims } from './maxim.ts';
import { findNumberedFormulations } from './numbered.ts';
import type { Occurrence } from './occurrence.ts';
import { findParallelSeries } from './parallel.ts';
import { findQuotedCoinages } from './quoted.ts';
import { rankSlogans } from './rank.ts';
import { resolveOccurrences } from './resolve.ts';

/** Every formulation occurrence in the body, each place counted once. */
export function findFormulationOccurrences(paragraphs: readonly BodyParagraph[]): Occurrence[] {
  const texts = matchingTexts(paragraphs);
  const lexicon = lexiconOccurrencesByParagraph(paragraphs);
  const occurrences: Occurrence[] = findNumberedFormulations(texts);
  texts.forEach((text, i) => {
    occurrences.push(
      ...lexicon[i]!,
      ...findQuotedCoinages(text, i),
      ...findParallelSeries(text, i),
      ...findLeadPhrases(text, i),
      ...findClauseSets(text, i),
      ...findCoreLeadership(text, i),
      ...findMaxims(text, i),
    );
  });
  return resolveOccurrences(occurrences);
}

export function findSlogans(paragraphs: BodyParagraph[]): Slogan[] {
  return rankSlogans(findFormulationOccurrences(paragraphs));
}
