// Where a search's terms occur in a displayed text, so the manager can mark
// them. The search compares normalised text (search-text.ts: NFKC, lower
// case), whose offsets differ from the displayed text's wherever a character
// normalises to more or fewer characters (ﬁ -> fi, İ -> i̇). Normalising one
// character at a time keeps a map from every normalised offset back to the
// character it came from, so a match is marked on exactly the characters the
// reader sees.
import { normalizeForSearch } from './search-text.ts';

/** [start, end) in UTF-16 offsets of the displayed text. */
export type Span = readonly [start: number, end: number];

/**
 * The spans of `text` where any of `terms` (already normalised, as
 * parseSearchTerms gives them) occurs, sorted, overlapping and touching
 * spans merged.
 */
export function matchSpans(text: string, terms: readonly string[]): Span[] {
  const wanted = terms.filter((term) => term !== '');
  if (wanted.length === 0 || text === '') return [];
  let normalized = '';
  // For each UTF-16 unit of `normalized`: the original character's start and end.
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const char of text) {
    const folded = normalizeForSearch(char);
    for (let i = 0; i < folded.length; i += 1) {
      from.push(offset);
      to.push(offset + char.length);
    }
    normalized += folded;
    offset += char.length;
  }
  const spans: [number, number][] = [];
  for (const term of wanted) {
    for (let at = normalized.indexOf(term); at !== -1; at = normalized.indexOf(term, at + 1)) {
      spans.push([from[at]!, to[at + term.length - 1]!]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}
