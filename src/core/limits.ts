// The one set of limits on what the extension keeps: every field length and
// count that the analysis returns, the page record stores, a message may
// carry, the repository writes and an import may bring. Each part checks
// against these same numbers, so nothing one part accepts is refused by
// another (a record the importer takes can be edited, deleted, restored and
// exported and imported again; an analysis the engine returns can be saved).
//
// It lives in core because core is the lowest layer (ui → extension →
// store/annotate → core): everything can import it, and it imports nothing.

// ---- what the reader writes and selects ----
/** Annotation ids: ours are "urn:uuid:…" (45 characters); imports may bring other short ids. */
export const MAX_ID_LENGTH = 200;
/** A quote: a few pages of text; longer selections are almost always Select All. */
export const MAX_QUOTE_LENGTH = 20_000;
/** TextQuoteSelector prefix/suffix (describe() makes at most 256). */
export const MAX_QUOTE_CONTEXT_LENGTH = 2_000;
export const MAX_NOTE_LENGTH = 20_000;
export const MAX_TAG_LENGTH = 100;
export const MAX_TAGS = 50;
/** The XPath of a RangeSelector end. */
export const MAX_XPATH_LENGTH = 2_000;
/** Page addresses, everywhere one is stored or named in a message. */
export const MAX_URL_LENGTH = 8192;

// ---- what the analysis returns (and the page record and snapshot keep) ----
/** Title, source, author, editor, publishedAt, siteName, publisher. */
export const MAX_META_FIELD_LENGTH = 1_000;
/** A formulation is a phrase (the popup's reveal message takes the same bound). */
export const MAX_SLOGAN_LENGTH = 200;
export const MAX_SLOGAN_KIND_LENGTH = 100;
/** Formulations the analysis reports per page (the page record keeps fewer, MAX_PAGE_SLOGANS). */
export const MAX_SLOGANS = 1_000;
export const MAX_PAGE_SLOGANS = 30;
export const MAX_KEY_POINTS = 20;
/** A key point is a sentence; a page without punctuation can make a long one. */
export const MAX_KEY_POINT_LENGTH = 20_000;
export const MAX_REASONS = 20;
export const MAX_REASON_LENGTH = 500;

/** `text` cut to at most `max` UTF-16 units, never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export function clipOrNull(text: string | null, max: number): string | null {
  return text === null ? null : clip(text, max);
}
