// How text is compared when the reader searches: Chinese has no spaces
// between words, so a search is a substring test, no word segmentation. Both
// the text and the query are NFKC-normalised and lower-cased first, so
// full-width Latin letters and digits (ＡＩ, ２０２１, common in Chinese
// typesetting) match their ASCII spelling, and case does not matter.

/** The form every searched text and every query term is compared in. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The terms of a query, normalised: separated by any white space (the
 * ideographic space U+3000 a Chinese IME types becomes a plain space under
 * NFKC). Every term must occur (AND). Duplicates are dropped.
 */
export function parseSearchTerms(query: string): string[] {
  const terms = normalizeForSearch(query).split(/\s+/).filter((term) => term !== '');
  return [...new Set(terms)];
}

/** True when every term occurs in the (already normalised) haystack. */
export function containsAllTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) {
    if (!haystack.includes(term)) return false;
  }
  return true;
}

/**
 * Joins fields into one haystack. The separator is a line break, which no
 * term can contain (terms are split on white space), so a term never matches
 * across the end of one field and the start of the next.
 */
export function joinFields(fields: readonly (string | null | undefined)[]): string {
  return normalizeForSearch(fields.filter((field): field is string => !!field).join('\n'));
}
