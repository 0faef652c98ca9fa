// Limits on what an import file may hold. Far above anything a reader makes by
// hand (the longest 党建 articles are ~30,000 characters), low enough that a
// hostile or corrupt file cannot make the manager page allocate without bound.

/** Largest file accepted, in bytes (UTF-8). A 10,000-annotation export is ~10 MB. */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;
/** Deepest nesting of arrays/objects; the export itself needs 9 (…items[i].target.selector[j].startSelector.refinedBy). */
export const MAX_NESTING_DEPTH = 32;
export const MAX_ANNOTATIONS = 100_000;
export const MAX_PAGES = 100_000;
/** Stop listing after this many errors: the file is rejected either way. */
export const MAX_REPORTED_ERRORS = 100;

export const MAX_ID_LENGTH = 500;
export const MAX_URL_LENGTH = 4096;
export const MAX_QUOTE_LENGTH = 50_000;
export const MAX_QUOTE_CONTEXT_LENGTH = 2_000;
export const MAX_NOTE_LENGTH = 50_000;
export const MAX_TAG_LENGTH = 100;
export const MAX_TAGS = 50;
export const MAX_BODIES = MAX_TAGS + 10;
export const MAX_SELECTORS = 20;
export const MAX_XPATH_LENGTH = 2_000;
export const MAX_TEXT_OFFSET = 100_000_000;
/** Page metadata comes from page analysis: generous, so a long title never blocks re-importing our own export. */
export const MAX_META_FIELD_LENGTH = 10_000;
export const MAX_SLOGANS = 5_000;
export const MAX_SLOGAN_LENGTH = 1_000;
export const MAX_SLOGAN_KIND_LENGTH = 100;
export const MAX_KEY_POINTS = 100;
export const MAX_KEY_POINT_LENGTH = 20_000;
