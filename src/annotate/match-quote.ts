// Find a quote in the model text (text-model.ts), exact first, then
// approximately, choosing among candidates by surrounding context and
// nearness to where the quote used to be.
//
// Why context matters so much here: party-building articles repeat their
// formulations dozens of times (“不忘初心、牢记使命”, “两个维护”, “四个意识”…),
// so an exact quote usually has many occurrences and the one the reader
// highlighted is rarely the first. Prefix and suffix (which describe() makes
// long enough to be unique) pick the right one; the old position breaks ties
// when contexts are identical too (boilerplate repeated word for word).
//
// For a quote whose text an editor changed after it was highlighted,
// approximate candidates are looked for from the cheapest evidence to the
// costliest (bestApproximateMatch): the quote edited in place between its
// intact context (bracketed-quote.ts), then an approximate search near the
// old position, then over the whole page (approximate-quote.ts: Myers'
// bit-parallel algorithm from approx-string-match, the library the
// Hypothesis client uses, with a bounded error rate).

import search from 'approx-string-match';
import { approximateCandidates } from './approximate-quote.ts';
import { bracketedCandidates } from './bracketed-quote.ts';

export interface QuoteContext {
  /** Model text just before the quote when it was saved (compacted). */
  prefix?: string;
  /** Model text just after the quote (compacted). */
  suffix?: string;
  /** Model offset where the quote started when it was saved. */
  hint?: number;
}

/**
 * Which evidence produced a match, cheapest first: an exact occurrence; the
 * quote edited in place between its intact context; an approximate match
 * near the old position; an approximate match anywhere on the page.
 */
export type MatchSource = 'exact' | 'bracketed' | 'nearby' | 'whole-text';

export interface QuoteCandidate {
  start: number;
  end: number;
  /** Edit distance between the quote and text[start, end). */
  errors: number;
}

export interface QuoteMatch extends QuoteCandidate {
  /** 0..1, combined quote, context and position similarity. */
  score: number;
  /** 0..1 similarity of the prefix and suffix (1 when none was given). */
  contextScore: number;
  /** Which search found it (tests and diagnostics; placement does not depend on it). */
  source: MatchSource;
}

// Relative weights (the Hypothesis client's, which work well in practice):
// the quote itself dominates, the two contexts together nearly as much, and
// position is only a tie-breaker.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** An edited quote that is not a close edit is still accepted when its context is at least this similar. */
const GOOD_CONTEXT = 0.5;
/** An exact match is taken at once, without approximate competitors, when its context is this similar. */
const CONFIRMING_CONTEXT = 0.95;
/** Quotes shorter than this are never matched approximately: too many false hits. */
const MIN_APPROX_LENGTH = 4;
/** With many exact occurrences, only this many (best by cheap context check) get full scoring. */
const FULL_SCORING_LIMIT = 16;
/** An edited quote this similar to the original (at most 20% of it edited) is a close edit. */
const CLOSE_EDIT_SIMILARITY = 0.8;
/** Characters searched on each side of the old position before the whole page. */
const NEARBY_RADIUS = 1024;
/** Context similarity that confirms a close edit found near the old position. */
const CONFIRMING_NEARBY_CONTEXT = 0.8;

/** Start offsets of every exact occurrence of `quote` in `text`. */
export function findExactMatches(text: string, quote: string): number[] {
  const found: number[] = [];
  if (!quote) return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** The most errors an approximate match of a quote of this length may have. */
export function maxErrorsFor(quoteLength: number): number {
  // Half the quote at most (beyond that any text "matches"), capped at the
  // point where Myers' algorithm stays fast on long highlights.
  return Math.min(256, Math.floor(quoteLength / 2));
}

/**
 * Locate `quote` in `text`. Returns the best candidate or null. All strings
 * are model text (compacted: no layout characters).
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (!quote) return null;
  const scorer = new CandidateScorer(text, quote, context);

  const exact = findExactMatches(text, quote);
  let best: QuoteMatch | null = null;
  if (exact.length > 0) {
    best = scorer.bestOf(shortlist(text, quote, exact, context).map((start) => ({ start, end: start + quote.length, errors: 0 })), 'exact');
    const hasContext = Boolean(context.prefix || context.suffix);
    // An exact quote whose surroundings differ may be a copy of a
    // formulation while the highlighted original was edited: let the
    // approximate candidates compete on score before trusting it.
    if (!hasContext || best!.contextScore >= CONFIRMING_CONTEXT) return best;
  }

  if (quote.length < MIN_APPROX_LENGTH) return best;
  const approximate = bestApproximateMatch(text, quote, context, scorer);
  // The context still stands but closes up where the quote was: the quote
  // was deleted. A look-alike elsewhere (the genre repeats its sentences
  // with small variations) must not take its place.
  if (approximate === 'deleted') return best;
  if (approximate && (!best || approximate.score > best.score)) best = approximate;
  if (!best || best.errors === 0) return best;
  // An edited quote is accepted when it is still close to the original, or
  // when its surroundings confirm the place.
  return isCloseEdit(best, quote) || best.contextScore >= GOOD_CONTEXT ? best : null;
}

/**
 * The best approximate candidate, from the cheapest evidence that settles it:
 * 1. the quote edited in place between its intact context (two indexOf scans);
 * 2. the neighbourhood of the old position (a few thousand characters);
 * 3. the whole page.
 * Steps 1 and 2 end the search only on a close edit of the quote (at most
 * 20% of it edited) in a place its stored context confirms: a candidate that
 * would win anyway against anything the later steps could find. Anything less
 * falls through to the whole page, so a look-alike near a stale position (a
 * repeated formulation, with other surroundings) never captures a highlight
 * whose text moved away.
 */
function bestApproximateMatch(text: string, quote: string, context: QuoteContext, scorer: CandidateScorer): QuoteMatch | 'deleted' | null {
  const maxErrors = maxErrorsFor(quote.length);
  const bracket = bracketedCandidates(text, quote, context, maxErrors);
  if (bracket.deleted && bracket.candidates.length === 0) return 'deleted';
  // Taken at once on the same terms as an exact occurrence: its whole stored
  // context confirms it. The 16 + 16 bracketing characters alone do not: a
  // page that repeats a block (a ticker duplicated for scrolling, a metadata
  // table shown twice) has the copy between the same characters while the
  // original's were edited, and only the longer context tells them apart.
  const bracketed = scorer.bestOf(bracket.candidates, 'bracketed');
  if (bracketed && isCloseEdit(bracketed, quote) && bracketed.contextScore >= CONFIRMING_CONTEXT) return bracketed;

  let best = bracketed;
  if (context.hint !== undefined) {
    // Edits and layout changes move text by tens or hundreds of characters;
    // searching near the old place first spares most edited highlights the
    // whole-page search. Trusted only when the quote is a close edit and its
    // context confirms it (a copy of a formulation nearby has other context).
    const window = {
      start: Math.max(0, context.hint - NEARBY_RADIUS),
      end: Math.min(text.length, context.hint + quote.length + NEARBY_RADIUS),
    };
    const nearby = scorer.bestOf(approximateCandidates(text, quote, context, window, maxErrors), 'nearby');
    if (nearby && isCloseEdit(nearby, quote) && nearby.contextScore >= CONFIRMING_NEARBY_CONTEXT) return better(best, nearby);
    best = better(best, nearby);
    if (window.start === 0 && window.end === text.length) return best;
  }
  const whole = approximateCandidates(text, quote, context, { start: 0, end: text.length }, maxErrors);
  return better(best, scorer.bestOf(whole, 'whole-text'));
}

/** At most 20% of the quote's characters edited. */
function isCloseEdit(match: QuoteMatch, quote: string): boolean {
  return 1 - match.errors / quote.length >= CLOSE_EDIT_SIMILARITY;
}

function better(a: QuoteMatch | null, b: QuoteMatch | null): QuoteMatch | null {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}

/** With many exact occurrences, keep those whose adjacent characters match the context best (and the nearest one). */
function shortlist(text: string, quote: string, starts: number[], context: QuoteContext): number[] {
  if (starts.length <= FULL_SCORING_LIMIT) return starts;
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  const cheap = starts.map((start) => ({
    start,
    agree:
      commonSuffixLength(text.slice(Math.max(0, start - prefix.length), start), prefix) +
      commonPrefixLength(text.slice(start + quote.length, start + quote.length + suffix.length), suffix),
  }));
  cheap.sort((a, b) => b.agree - a.agree);
  const kept = cheap.slice(0, FULL_SCORING_LIMIT).map((c) => c.start);
  if (context.hint !== undefined) {
    const hint = context.hint;
    const nearest = starts.reduce((a, b) => (Math.abs(b - hint) < Math.abs(a - hint) ? b : a));
    if (!kept.includes(nearest)) kept.push(nearest);
  }
  return kept;
}

class CandidateScorer {
  constructor(
    private readonly text: string,
    private readonly quote: string,
    private readonly context: QuoteContext,
  ) {}

  /** The highest-scoring candidate (null when there are none). */
  bestOf(candidates: readonly QuoteCandidate[], source: MatchSource): QuoteMatch | null {
    let best: QuoteMatch | null = null;
    for (const candidate of candidates) {
      const scored = this.score(candidate, source);
      if (!best || scored.score > best.score) best = scored;
    }
    return best;
  }

  private score({ start, end, errors }: QuoteCandidate, source: MatchSource): QuoteMatch {
    const { prefix, suffix, hint } = this.context;
    const quoteScore = 1 - errors / this.quote.length;
    const prefixScore = prefix ? similarity(this.text.slice(Math.max(0, start - prefix.length), start), prefix) : 1;
    const suffixScore = suffix ? similarity(this.text.slice(end, end + suffix.length), suffix) : 1;
    const positionScore = hint === undefined ? 1 : 1 - Math.abs(start - hint) / Math.max(1, this.text.length);
    const raw =
      QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore;
    return { start, end, errors, score: raw / MAX_SCORE, contextScore: (prefixScore + suffixScore) / 2, source };
  }
}

/** 0..1: how well `expected` is found in `actual` (1 - edit distance / length). */
function similarity(actual: string, expected: string): number {
  if (actual === expected) return 1;
  if (!actual || !expected) return 0;
  const matches = search(actual, expected, expected.length);
  const errors = matches.length > 0 ? Math.min(...matches.map((m) => m.errors)) : expected.length;
  return 1 - errors / expected.length;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}
