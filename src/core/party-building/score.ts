// Turns the evidence into a 0..1 score. Each kind of evidence gets a strength
// in 0..1 from how varied and how dense it is (a single mention is never
// strong), and the kinds combine as independent signals (noisy-OR), each
// capped by how much it alone can prove: a page full of party formulations,
// dense with party bodies and roles (a branch's activity report), or mostly
// about a leader's political activity is party discourse on that alone;
// theory-study words, funeral terms and the headline only add to the rest.
// A brief report whose headline and lead both say a party organ or leader
// did a party or political act is party discourse however short it is.
import type { PartyBuildingEvidence } from './evidence.ts';

/** Bodies shorter than this are measured as if this long: two lines are not dense evidence. */
const MIN_MEASURED_CHARS = 500;

/** Uses per 1,000 Han characters of the body. */
export function per1000(uses: number, e: PartyBuildingEvidence): number {
  return uses / (Math.max(e.hanChars, MIN_MEASURED_CHARS) / 1000);
}

/** ratio of value to what counts as "fully present", capped at 1. */
function saturate(value: number, full: number): number {
  return Math.min(1, value / full);
}

export interface EvidenceStrengths {
  formulations: number;
  organisation: number;
  theory: number;
  leaders: number;
  funeral: number;
  title: number;
  activityReport: number;
}

/**
 * Strength of each kind of evidence. The "full" levels are what a short
 * party-building piece reaches: about 8 weighted distinct formulations and 4
 * uses per 1,000 characters; 4 distinct party bodies or roles and 8 mentions
 * per 1,000; 5 theory-study words and 6 uses per 1,000; a leader in one
 * sentence in three; three funeral terms.
 */
export function evidenceStrengths(e: PartyBuildingEvidence): EvidenceStrengths {
  return {
    formulations: saturate(e.formulationVariety, 8) * saturate(per1000(e.formulationUses, e), 4),
    organisation: saturate(e.organisation.terms.length, 4) * saturate(per1000(e.organisation.uses, e), 8),
    theory: saturate(e.theory.terms.length, 5) * saturate(per1000(e.theory.uses, e), 6),
    leaders: saturate(e.leaderSentences / Math.max(e.sentences, 10), 1 / 3),
    funeral: saturate(e.funeral.terms.length, 3),
    title: e.titleSignal === null ? 0 : 1,
    activityReport: (e.activityReport.headline === null ? 0 : 0.5) + (e.activityReport.lead === null ? 0 : 0.5),
  };
}

/** How far each kind of evidence alone can take the score. */
const EVIDENCE_CAP: Readonly<Record<keyof EvidenceStrengths, number>> = {
  formulations: 0.85,
  activityReport: 0.55,
  organisation: 0.6,
  leaders: 0.6,
  funeral: 0.4,
  theory: 0.35,
  title: 0.15,
};

export function scoreEvidence(e: PartyBuildingEvidence): number {
  if (e.hanChars === 0) return 0;
  const strengths = evidenceStrengths(e);
  let doubt = 1;
  for (const kind of Object.keys(EVIDENCE_CAP) as (keyof EvidenceStrengths)[]) {
    doubt *= 1 - EVIDENCE_CAP[kind] * strengths[kind];
  }
  return Math.round((1 - doubt) * 1000) / 1000;
}
