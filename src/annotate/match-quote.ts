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
// Approximate matching uses Myers' bit-parallel algorithm (approx-string-match,
// the library the Hypothesis client uses) with a bounded error rate, for a
// quote whose text an editor changed slightly after it was highlighted.

import search from 'approx-string-match';

export interface QuoteContext {
  /** Model text just before the quote when it was saved (compacted). */
  prefix?: string;
  /** Model text just after the quote (compacted). */
  suffix?: string;
  /** Model offset where the quote started when it was saved. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edit distance between the quote and text[start, end). */
  errors: number;
  /** 0..1, combined quote, context and position similarity. */
  score: number;
  /** 0..1 similarity of the prefix and suffix (1 when none was given). */
  contextScore: number;
}

// Relative weights (the Hypothesis client's, which work well in practice):
// the quote itself dominates, the two contexts together nearly as much, and
// position is only a tie-breaker.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** An exact match is taken without trying approximate ones when its context is at least this similar. */
const GOOD_CONTEXT = 0.5;
/** An exact match is taken at once, without approximate competitors, when its context is this similar. */
const CONFIRMING_CONTEXT = 0.95;
/** Quotes shorter than this are never matched approximately: too many false hits. */
const MIN_APPROX_LENGTH = 4;
/** With many exact occurrences, only this many (best by cheap context check) get full scoring. */
const FULL_SCORING_LIMIT = 16;

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
    best = scorer.bestOf(shortlist(text, quote, exact, context).map((start) => ({ start, end: start + quote.length, errors: 0 })));
    const hasContext = Boolean(context.prefix || context.suffix);
    // An exact quote whose surroundings differ may be a copy of a
    // formulation while the highlighted original was edited: let the
    // approximate candidates compete on score before trusting it.
    if (!hasContext || best.contextScore >= CONFIRMING_CONTEXT) return best;
  }

  if (quote.length < MIN_APPROX_LENGTH) return best;
  const bracket = bracketedCandidates(text, quote, context);
  // The context still stands but closes up where the quote was: the quote
  // was deleted. A look-alike elsewhere (the genre repeats its sentences
  // with small variations) must not take its place.
  if (bracket.deleted && bracket.candidates.length === 0) return best;
  const approx = [...bracket.candidates, ...approximateCandidates(text, quote, context)];
  if (approx.length > 0) {
    const bestApprox = scorer.bestOf(approx);
    if (!best || bestApprox.score > best.score) best = bestApprox;
  }
  if (!best || best.errors === 0) return best;
  // An edited quote is accepted when it is still close to the original, or
  // when its surroundings confirm the place.
  const quoteSimilarity = 1 - best.errors / quote.length;
  return quoteSimilarity >= 0.8 || best.contextScore >= GOOD_CONTEXT ? best : null;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function approximateCandidates(text: string, quote: string, context: QuoteContext): Candidate[] {
  const maxErrors = maxErrorsFor(quote.length);
  const found: Candidate[] = [];
  for (const m of search(text, quote, maxErrors)) found.push(m);
  // approx-string-match returns only the lowest-error matches, so an unedited
  // copy of a formulation elsewhere on the page would hide the edited
  // original. Searching for the quote together with its context finds the
  // original's neighbourhood (the copy's context differs); the quote is then
  // located inside that neighbourhood alone.
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  if (prefix || suffix) {
    const withContext = prefix + quote + suffix;
    const regions = search(text, withContext, maxErrorsFor(withContext.length));
    let previousEnd = -1;
    for (const region of regions.slice(0, 8)) {
      if (region.end <= previousEnd) continue; // overlapping ends of one region
      previousEnd = region.end;
      const local = text.slice(region.start, region.end);
      for (const m of search(local, quote, maxErrors)) {
        found.push({ start: m.start + region.start, end: m.end + region.start, errors: m.errors });
      }
    }
  }
  return found;
}

/** Characters of the stored prefix's end and suffix's start used to bracket an edited quote. */
const BRACKET_LENGTH = 16;
/** Shorter context ends are too common to bracket anything. */
const MIN_BRACKET_LENGTH = 6;

/**
 * Places where the end of the stored prefix and the start of the stored
 * suffix still stand, with text of about the quote's length between them:
 * the quote edited in place. `deleted` when they stand side by side with
 * nothing between.
 */
function bracketedCandidates(text: string, quote: string, context: QuoteContext): { candidates: Candidate[]; deleted: boolean } {
  const candidates: Candidate[] = [];
  let deleted = false;
  const tail = (context.prefix ?? '').slice(-BRACKET_LENGTH);
  const head = (context.suffix ?? '').slice(0, BRACKET_LENGTH);
  if (tail.length < MIN_BRACKET_LENGTH || head.length < MIN_BRACKET_LENGTH) return { candidates, deleted };
  const maxErrors = maxErrorsFor(quote.length);
  const longest = quote.length + maxErrors;
  for (const tailStart of findExactMatches(text, tail)) {
    const start = tailStart + tail.length;
    const gap = text.slice(start, start + longest + head.length).indexOf(head);
    if (gap === 0) deleted = true;
    if (gap < Math.max(1, quote.length - maxErrors)) continue;
    const between = text.slice(start, start + gap);
    const errors = editDistance(between, quote, maxErrors);
    if (errors <= maxErrors) candidates.push({ start, end: start + gap, errors });
  }
  return { candidates, deleted };
}

/** Levenshtein distance, or more than `limit` once it is certain to exceed it. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
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

  bestOf(candidates: Candidate[]): QuoteMatch {
    let best: QuoteMatch | null = null;
    for (const candidate of candidates) {
      const scored = this.score(candidate);
      if (!best || scored.score > best.score) best = scored;
    }
    return best!;
  }

  private score({ start, end, errors }: Candidate): QuoteMatch {
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
    return { start, end, errors, score: raw / MAX_SCORE, contextScore: (prefixScore + suffixScore) / 2 };
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
