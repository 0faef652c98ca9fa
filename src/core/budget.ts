// How much of a page one analysis may read. A portal, a comment thread or a
// single-page app can have hundreds of thousands of elements and megabytes of
// text, and the content script runs on every page a user opens: each walk of
// the analysis (the page walk, the <head>, the body extraction, the few
// element texts read directly) draws on these limits, so the work per page is
// bounded by the budget, never by the size of the page. Past a limit a walk
// stops and the analysis uses what it has read.

/** What the analysis read from the DOM: for tests and benchmarks that check the work is bounded. */
export interface WorkMeter {
  /** Elements visited, over all walks. */
  elements: number;
  /** Characters of text read from the DOM, over all walks. */
  textChars: number;
}

export interface ReadBudget {
  /** Most elements one walk visits. */
  maxNodes: number;
  /** Most visible characters (not white space) one walk reads; white space has a looser cap of its own. */
  maxTextChars: number;
  meter: WorkMeter;
}

/** A long article page has 2-5k elements; portals 10-30k, of which the article is near the top. */
export const DEFAULT_MAX_NODES = 20_000;

/**
 * The longest documents people study as one page (a party congress report,
 * a five-year plan outline) run 30-80k characters; past this the page is a
 * book, a data dump or an endless feed, and the rest is not read.
 */
export const DEFAULT_MAX_TEXT_CHARS = 100_000;

export function newWorkMeter(): WorkMeter {
  return { elements: 0, textChars: 0 };
}

export function readBudget(options: { maxNodes?: number; maxTextChars?: number; meter?: WorkMeter } = {}): ReadBudget {
  return {
    maxNodes: options.maxNodes ?? DEFAULT_MAX_NODES,
    maxTextChars: options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS,
    meter: options.meter ?? newWorkMeter(),
  };
}
