// Turns the evidence into a 0..1 score: the density of party-building
// evidence per 1,000 Han characters, tempered by how many independent kinds
// of evidence agree (formulations, organisations, theory study, leaders,
// funeral formulae, headline).
import type { PartyBuildingEvidence } from './evidence.ts';

/** Bodies shorter than this are measured as if this long: a two-line notice is not dense evidence. */
const MIN_MEASURED_CHARS = 500;

/** Evidence points per use: what one use of each kind of evidence is worth. */
export function evidencePoints(e: PartyBuildingEvidence): number {
  return e.formulationUses + 0.4 * e.organisation.uses + 0.2 * e.theory.uses + e.leaderSentences + 0.5 * e.funeral.uses;
}

/** Evidence points per 1,000 Han characters. */
export function evidenceDensity(e: PartyBuildingEvidence): number {
  return evidencePoints(e) / (Math.max(e.hanChars, MIN_MEASURED_CHARS) / 1000);
}

/** How many independent kinds of evidence are present in more than passing. */
export function evidenceVariety(e: PartyBuildingEvidence): number {
  return [
    e.formulationVariety >= 2,
    e.organisation.terms.length >= 2,
    e.theory.terms.length >= 3,
    e.leaderSentences >= 1,
    e.funeral.terms.length >= 2,
    e.titleSignal !== null,
  ].filter(Boolean).length;
}

export function scoreEvidence(e: PartyBuildingEvidence): number {
  if (e.hanChars === 0) return 0;
  const density = evidenceDensity(e);
  const variety = evidenceVariety(e);
  const fromDensity = 1 - Math.exp(-density / 6);
  const fromVariety = Math.min(1, variety / 3);
  return Math.round(fromDensity * fromVariety * 1000) / 1000;
}
