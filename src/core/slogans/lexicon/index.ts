// The formulation lexicon: reviewed data, one list per source document
// (documents/) plus the genre's vocabulary not traced to one (party.ts,
// state.ts, genre-common.ts: source 'common').
import { CCDI_2023 } from './documents/ccdi-2023.ts';
import { CCDI_2024 } from './documents/ccdi-2024.ts';
import { CCDI_2025 } from './documents/ccdi-2025.ts';
import { CONSTITUTION_2022 } from './documents/constitution-2022.ts';
import { HISTORY_RESOLUTION_2021 } from './documents/history-resolution-2021.ts';
import { REPORT_20TH_2022 } from './documents/report-20th-2022.ts';
import { THEME_EDUCATION_2023 } from './documents/theme-education-2023.ts';
import { THIRD_PLENUM_2024 } from './documents/third-plenum-2024.ts';
import { COMMON_TERMS } from './common-terms.ts';
import { GENRE_COMMON_LEXICON } from './genre-common.ts';
import { PARTY_LEXICON } from './party.ts';
import { SIGNATURE_FORMULATIONS } from './signature-formulations.ts';
import { STATE_LEXICON } from './state.ts';
import type { LexiconEntry } from './types.ts';

export { LEXICON_CATEGORIES, type LexiconCategory, type LexiconEntry } from './types.ts';
export { LEXICON_SOURCES, type LexiconSource } from './sources.ts';
export { COMMON_TERMS } from './common-terms.ts';
export { SIGNATURE_FORMULATIONS } from './signature-formulations.ts';

/** Entries attributed to one of the listed documents. */
export const SOURCED_LEXICON: readonly LexiconEntry[] = [
  ...CONSTITUTION_2022,
  ...REPORT_20TH_2022,
  ...HISTORY_RESOLUTION_2021,
  ...THIRD_PLENUM_2024,
  ...CCDI_2023,
  ...CCDI_2024,
  ...CCDI_2025,
  ...THEME_EDUCATION_2023,
];

export const LEXICON: readonly LexiconEntry[] = [...SOURCED_LEXICON, ...PARTY_LEXICON, ...STATE_LEXICON, ...GENRE_COMMON_LEXICON].map((entry) => {
  if (COMMON_TERMS.has(entry.text)) return { ...entry, tier: 'common' };
  if (SIGNATURE_FORMULATIONS.has(entry.text)) return { ...entry, tier: 'signature' };
  return entry;
});
