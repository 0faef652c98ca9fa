// Approximate search for an edited quote inside a stretch of the page text,
// for when the cheaper evidence (an exact occurrence, an intact bracket of
// context: bracketed-quote.ts) did not settle it.
//
// Filter, then verify: the stretch is searched for *anchors* (the quote, or
// the quote with its stored context), each match marks a region where the
// quote may be, and the quote is then searched in those regions only.
//
// Why the quote with its context: approx-string-match returns only the
// lowest-error matches, so an unedited copy of a formulation elsewhere (the
// genre repeats its formulations dozens of times, and some pages repeat
// whole blocks: metadata tables, tickers) hides the edited original from a
// search for the quote alone. The original's surroundings differ from the
// copy's — describe() stored context long enough to be unique — so the
// quote with its whole context finds the original's neighbourhood.
//
// Cost: Myers' search (bit-parallel, one step per text character per 32
// pattern characters) costs about 1 ms per pass over 40,000 characters of
// Chinese text for any pattern up to a few hundred characters, and grows
// steeply beyond (16 ms for 2,000). So a paragraph-long quote is searched by
// its head and its tail, never whole, and the callers search a window around
// the old position before the whole page.

import search from 'approx-string-match';
import type { QuoteCandidate, QuoteContext } from './match-quote.ts';

/** A stretch of the page text, in model offsets. */
export interface TextWindow {
  start: number;
  end: number;
}

/** Longest quote searched whole; a longer one is searched by its head and its tail. */
const LONG_QUOTE = 256;
/** Length of the head and tail of a long quote. */
const QUOTE_END_LENGTH = 128;
/** Matches of one anchor kept (nearest the old position first): each costs a verification. */
const REGIONS_PER_ANCHOR = 8;

/**
 * A pattern to search for: context characters, then quote characters, then
 * context characters; and how many quote characters lie outside it.
 */
interface Anchor {
  pattern: string;
  contextBefore: number;
  contextAfter: number;
  quoteBefore: number;
  quoteAfter: number;
}

/**
 * Candidates for `quote` (each within `maxErrors` edits) whose anchors match
 * inside `window`. A candidate may reach a little beyond the window.
 */
export function approximateCandidates(
  text: string,
  quote: string,
  context: QuoteContext,
  window: TextWindow,
  maxErrors: number,
): QuoteCandidate[] {
  const stretch = text.slice(window.start, window.end);
  const near = context.hint ?? (window.start + window.end) / 2;
  const regions: TextWindow[] = [];
  for (const anchor of anchorsFor(quote, context, stretch)) {
    const matches = distinctPlaces(search(stretch, anchor.pattern, Math.min(256, Math.floor(anchor.pattern.length / 2))), anchor.pattern.length);
    // The region is where the quote's part of the match lies, not the whole
    // match: the context may hold a copy of the quote (a block shown twice),
    // and the verifying search would return only that unedited copy.
    const places = matches.map((m) => ({
      start: window.start + m.start + anchor.contextBefore - m.errors - (anchor.quoteBefore > 0 ? anchor.quoteBefore + maxErrors : 0),
      end: window.start + m.end - anchor.contextAfter + m.errors + (anchor.quoteAfter > 0 ? anchor.quoteAfter + maxErrors : 0),
    }));
    places.sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near));
    regions.push(...places.slice(0, REGIONS_PER_ANCHOR));
  }

  const found = new Map<string, QuoteCandidate>();
  for (const region of mergeOverlapping(regions, text.length)) {
    for (const m of search(text.slice(region.start, region.end), quote, maxErrors)) {
      const candidate = { start: region.start + m.start, end: region.start + m.end, errors: m.errors };
      found.set(`${candidate.start}:${candidate.end}`, candidate);
    }
  }
  return [...found.values()];
}

function anchorsFor(quote: string, context: QuoteContext, stretch: string): Anchor[] {
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  const anchors: Anchor[] = [];
  if (quote.length <= LONG_QUOTE) {
    // When the quote occurs exactly here, the search would return only those
    // occurrences (they have the fewest errors), which the caller has already.
    if (!stretch.includes(quote)) anchors.push({ pattern: quote, contextBefore: 0, contextAfter: 0, quoteBefore: 0, quoteAfter: 0 });
    if (prefix || suffix) {
      anchors.push({ pattern: prefix + quote + suffix, contextBefore: prefix.length, contextAfter: suffix.length, quoteBefore: 0, quoteAfter: 0 });
    }
    return anchors;
  }
  // A long quote edited near one end still has the other end intact.
  const head = quote.slice(0, QUOTE_END_LENGTH);
  const tail = quote.slice(-QUOTE_END_LENGTH);
  const rest = quote.length - QUOTE_END_LENGTH;
  anchors.push({ pattern: head, contextBefore: 0, contextAfter: 0, quoteBefore: 0, quoteAfter: rest });
  anchors.push({ pattern: tail, contextBefore: 0, contextAfter: 0, quoteBefore: rest, quoteAfter: 0 });
  if (prefix) anchors.push({ pattern: prefix + head, contextBefore: prefix.length, contextAfter: 0, quoteBefore: 0, quoteAfter: rest });
  if (suffix) anchors.push({ pattern: tail + suffix, contextBefore: 0, contextAfter: suffix.length, quoteBefore: rest, quoteAfter: 0 });
  return anchors;
}

/** One match per place: a pattern matched with equal errors at neighbouring ends is one place. */
function distinctPlaces<T extends { start: number; end: number }>(matches: T[], patternLength: number): T[] {
  const places: T[] = [];
  for (const m of matches) {
    const last = places[places.length - 1];
    if (last && m.start < last.end && m.end - last.end < patternLength) continue;
    places.push(m);
  }
  return places;
}

function mergeOverlapping(regions: TextWindow[], textLength: number): TextWindow[] {
  const sorted = regions
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(textLength, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: TextWindow[] = [];
  for (const region of sorted) {
    const last = merged[merged.length - 1];
    if (last && region.start <= last.end) last.end = Math.max(last.end, region.end);
    else merged.push({ ...region });
  }
  return merged;
}
