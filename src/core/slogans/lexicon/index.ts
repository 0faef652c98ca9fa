// The formulation lexicon: reviewed data, one list per domain.
import { PARTY_LEXICON } from './party.ts';
import { STATE_LEXICON } from './state.ts';
import type { LexiconEntry } from './types.ts';

export { LEXICON_CATEGORIES, type LexiconCategory, type LexiconEntry } from './types.ts';

export const LEXICON: readonly LexiconEntry[] = [...PARTY_LEXICON, ...STATE_LEXICON];
