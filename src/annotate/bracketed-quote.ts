// The cheapest evidence for an edited quote: its surroundings still stand.
// An editor who fixes a word inside a highlighted sentence rarely touches the
// characters around it, so the end of the stored prefix and the start of the
// stored suffix are still on the page with the edited quote between them.
// Finding them takes two indexOf scans; no approximate search of the page.

import search from 'approx-string-match';
import type { QuoteCandidate, QuoteContext } from './match-quote.ts';

/** Characters of the stored prefix's end and suffix's start used to bracket an edited quote. */
const BRACKET_LENGTH = 16;
/** Shorter context ends are too common to bracket anything. */
const MIN_BRACKET_LENGTH = 6;

export interface BracketedQuote {
  /** Text between an intact prefix end and suffix start, within `maxErrors` of the quote. */
  candidates: QuoteCandidate[];
  /** The prefix end and suffix start stand side by side somewhere: the quote was deleted there. */
  deleted: boolean;
}

/**
 * Places where the end of the stored prefix and the start of the stored
 * suffix still stand, with text of about the quote's length between them:
 * the quote edited in place. Searches the whole text (the bracket is exact,
 * so this is cheap), so a quote moved far from its old place is found too.
 */
export function bracketedCandidates(text: string, quote: string, context: QuoteContext, maxErrors: number): BracketedQuote {
  const candidates: QuoteCandidate[] = [];
  let deleted = false;
  const tail = (context.prefix ?? '').slice(-BRACKET_LENGTH);
  const head = (context.suffix ?? '').slice(0, BRACKET_LENGTH);
  if (tail.length < MIN_BRACKET_LENGTH || head.length < MIN_BRACKET_LENGTH) return { candidates, deleted };
  const longest = quote.length + maxErrors;
  const shortest = Math.max(1, quote.length - maxErrors);
  for (let tailStart = text.indexOf(tail); tailStart !== -1; tailStart = text.indexOf(tail, tailStart + 1)) {
    const start = tailStart + tail.length;
    const after = text.slice(start, start + longest + head.length);
    if (after.startsWith(head)) deleted = true;
    // Not only the first occurrence of the suffix's start: the quote itself
    // may contain it (a reference list repeating a title in every entry).
    for (let gap = after.indexOf(head, shortest); gap !== -1; gap = after.indexOf(head, gap + 1)) {
      const between = text.slice(start, start + gap);
      const errors = editDistance(between, quote, maxErrors);
      if (errors > maxErrors) continue;
      candidates.push({ start, end: start + gap, errors });
      // Characters inserted at the quote's edge may belong to the context as
      // well as to the quote: offer the closest match inside the bracket too
      // (fewer errors, slightly worse context) and let the scoring choose.
      for (const m of search(between, quote, errors)) {
        if (m.start > 0 || m.end < gap) candidates.push({ start: start + m.start, end: start + m.end, errors: m.errors });
      }
    }
  }
  return { candidates, deleted };
}

/**
 * Levenshtein distance, or `limit + 1` once it is certain to exceed `limit`.
 * Only the diagonal band |i - j| <= limit can hold a cell within the limit,
 * so only that band is computed: O(length × limit), not O(length²), which
 * matters for paragraph-long highlights.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    // Cells just outside the band are read by this row and the next: out of reach.
    current[0] = i <= limit ? i : over;
    if (from > 1) current[from - 1] = over;
    if (to < b.length) current[to + 1] = over;
    let rowMin = current[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, over);
}
