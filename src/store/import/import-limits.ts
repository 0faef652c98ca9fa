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

// Field lengths and counts are the extension's one set of limits (messages,
// repository, analysis and page record use the same): re-exported here.
export {
  MAX_ID_LENGTH,
  MAX_URL_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_QUOTE_CONTEXT_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_META_FIELD_LENGTH,
  MAX_SLOGANS,
  MAX_SLOGAN_LENGTH,
  MAX_SLOGAN_KIND_LENGTH,
  MAX_KEY_POINTS,
  MAX_KEY_POINT_LENGTH,
  MAX_XPATH_LENGTH,
} from '../../core/limits.ts';
import { MAX_TAGS } from '../../core/limits.ts';

/** Bodies: the note and the tags, and a few a W3C file from another tool may add. */
export const MAX_BODIES = MAX_TAGS + 10;
export const MAX_SELECTORS = 20;
export const MAX_TEXT_OFFSET = 100_000_000;
/**
 * Page metadata longer than MAX_META_FIELD_LENGTH is cut (with a warning),
 * not refused: libraries saved before the analysis bounded it may hold
 * longer fields, and their own export must import again. Longer than this is
 * no page's metadata and refuses the file.
 */
export const MAX_META_FIELD_READ = 1_000_000;
