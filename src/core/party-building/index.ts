// Is this body party-building discourse? Party building, discipline
// inspection, theory study, political commentary in party language, party
// branch activity and leaders' political activity are; culture, science,
// social, business and international news on party-media sites are not, even
// when they name the party once. The verdict weighs how dense and how varied
// the evidence is, never a single word.
import type { BodyParagraph, PartyBuildingVerdict, Slogan } from '../types.ts';
import { gatherEvidence } from './evidence.ts';
import { explainVerdict } from './reasons.ts';
import { scoreEvidence } from './score.ts';

export { gatherEvidence, type PartyBuildingEvidence } from './evidence.ts';

/** Score at and above which a body is reported as party-building. */
export const DETECTION_THRESHOLD = 0.5;

export function detectPartyBuilding(input: {
  title: string | null;
  paragraphs: BodyParagraph[];
  slogans: Slogan[];
}): PartyBuildingVerdict {
  const evidence = gatherEvidence(input);
  const score = scoreEvidence(evidence);
  const detected = score >= DETECTION_THRESHOLD;
  return { detected, score, reasons: explainVerdict(evidence, detected) };
}
