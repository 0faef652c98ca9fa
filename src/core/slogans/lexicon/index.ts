// The formulation lexicon: reviewed data, one list per domain.
import { COMMON_TERMS } from './common-terms.ts';
import { PARTY_LEXICON } from './party.ts';
import { SIGNATURE_FORMULATIONS } from './signature-formulations.ts';
import { STATE_LEXICON } from './state.ts';
import type { LexiconEntry } from './types.ts';

export { LEXICON_CATEGORIES, type LexiconCategory, type LexiconEntry } from './types.ts';
export { COMMON_TERMS } from './common-terms.ts';
export { SIGNATURE_FORMULATIONS } from './signature-formulations.ts';

export const LEXICON: readonly LexiconEntry[] = [...PARTY_LEXICON, ...STATE_LEXICON].map((entry) => {
  if (COMMON_TERMS.has(entry.text)) return { ...entry, tier: 'common' };
  if (SIGNATURE_FORMULATIONS.has(entry.text)) return { ...entry, tier: 'signature' };
  return entry;
});
