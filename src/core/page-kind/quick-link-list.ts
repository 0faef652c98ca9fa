// A cheap look for list, column and portal pages: one bounded pass over the
// page's text nodes that asks two questions. How much of the text is link
// text? On a news channel home or a column index it is most of it (headlines
// are links); on an article, even one framed by big navigation and
// related-link boxes, the article's own prose weighs against it. And is there
// any running prose? An article body is sentences (clause punctuation) in one
// container: paragraphs side by side in a <div>, or one cell of <br>-separated
// lines. A list page has none of that, or only blurbs of a line or two, each
// in its own item. Only when both answers are plain (mostly links, no
// container of prose as long as the shortest article body) is the page a list;
// a page too big to read within the bounds is left to the full analysis.
// The same pass feeds the look for several posts (quick-several-posts.ts)
// and for a search's count of results (quick-search-results.ts). A long run
// of like rows, a big list's, is read from a sample and counted by it
// (quick-repeated-items.ts): a portal's list page is then let go without
// reading its thousands of text nodes.
import type { WorkMeter } from '../budget.ts';
import { isResultCountLine, MAX_RESULT_COUNT_LINE } from './quick-search-results.ts';
import { planSkippedRows, type SkippedRows } from './quick-repeated-items.ts';
import { titleHeadlineKey } from './quick-headline.ts';
import { titleKey } from '../text/document-title.ts';
import { MAX_DATED_LINE, SeveralPostsTracker } from './quick-several-posts.ts';
import { isLinkText, NOT_TEXT, proseHan } from './quick-text.ts';

/**
 * Text nodes read at most (white-space nodes included): a 3,000-element list
 * page has ~5,500, an 8,000-element one ~13,000, most of them the indentation
 * between elements, which costs a trim each.
 */
const MAX_TEXT_NODES = 16_000;
/** Characters read at most (text with the white space at its ends trimmed). */
const MAX_CHARS_READ = 60_000;

/** Link text above this share of all text: headlines are most of the page... */
const MIN_LINK_SHARE = 0.6;
/** ...no container holds this much prose (the classifier's shortest article body, 120 Han)... */
const MAX_CONTAINER_PROSE_HAN = 120;
/** ...and no single run of text is a paragraph of this length. */
const MAX_RUN_PROSE_HAN = 80;
/**
 * A forum's thread table or a search result page has more non-link text
 * (authors, counts, dates, one-line snippets), but not a single passage of
 * prose anywhere: no container holds two sentences. Then a lower share of
 * link text suffices.
 */
const MIN_LINK_SHARE_WITHOUT_PROSE = 0.4;
const MAX_CONTAINER_PROSE_HAN_WITHOUT_PROSE = 40;
/** A page with a handful of links is too small to judge this way. */
const MIN_LINKS = 10;

// Element names by localName (see quick-text.ts).
/** Inline elements a paragraph's text may sit in: the container is above them. */
const INLINE_TAGS = new Set(['a', 'span', 'font', 'strong', 'b', 'em', 'i', 'u', 'sup', 'sub', 'small', 'label', 'cite', 'q']);
/** Inline levels climbed to a text node's block (bold inside a span inside a paragraph). */
const INLINE_DEPTH = 4;
/**
 * Text nodes read between two looks for a long run of list rows around the
 * walk (quick-repeated-items.ts): a look is a climb of the text's ancestors,
 * so a list page's big run is found within a few hundred nodes of its start.
 */
const ROWS_LOOK_EVERY = 200;
/** A count of results has a number; most short texts do not, and skip the count's pattern. */
const HAS_DIGIT = /\d/;

export interface LinkListEvidence {
  /** The whole body was read within the bounds (runs of like rows counted by a sample). */
  complete: boolean;
  chars: number;
  linkChars: number;
  /** Text nodes inside links: about one per link (no document-wide count of <a> is taken). */
  links: number;
  /** Most Han characters of prose in one text node. */
  longestProseRun: number;
  /** Most Han characters of prose under one container (the parent of the text's block). */
  largestProseContainer: number;
  /** Most posts closed by dated lines of one template (quick-several-posts.ts). */
  posts: number;
  /** A short line reports how many results a search found (quick-search-results.ts). */
  resultCountLine: boolean;
  /** A line of text (not a link) repeats the headline <title> names: the page shows its own headline. */
  titleLine?: boolean;
}

/** Wrappers climbed past: editors wrap each paragraph in its own <section> or <div>. */
const WRAPPER_DEPTH = 3;

/**
 * The element that holds a text's paragraph side by side with its neighbours:
 * the parent of its block, or above the wrappers that hold only that block
 * (a WeChat-style editor puts every <p> in a <section> of its own).
 */
function proseContainer(parent: Element): Element {
  let block = parent;
  for (let k = 0; k < INLINE_DEPTH && INLINE_TAGS.has(block.localName) && block.parentElement; k += 1) {
    block = block.parentElement;
  }
  let container = block.parentElement ?? block;
  for (let k = 0; k < WRAPPER_DEPTH && container.childElementCount === 1 && container.parentElement; k += 1) {
    container = container.parentElement;
  }
  return container;
}

/**
 * Reads the page's text, up to its first article-length prose, or on past it
 * while several posts may still show (a dated line came first): only if
 * `readOnForPosts`, asked once then, agrees (the caller rules out an article's
 * own headline and an encyclopedia entry first).
 */
export function readLinkListEvidence(doc: Document, meter: WorkMeter, readOnForPosts: () => boolean = () => true): LinkListEvidence {
  const body = doc.body!;
  const evidence: LinkListEvidence = {
    complete: false, chars: 0, linkChars: 0, links: 0,
    longestProseRun: 0, largestProseContainer: 0, posts: 0, resultCountLine: false,
  };
  const headlineKey = titleHeadlineKey(doc);
  const posts = new SeveralPostsTracker();
  const proseByContainer = new Map<Element, number>();
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let nodes = 0;
  let read = 0;
  let proseRead = false;
  // A run of list rows ahead, counted by its sample when the walk gets there.
  let rowsAhead: SkippedRows | null = null;
  const refusedRows = new Set<Element>();
  let nextRowsLook = ROWS_LOOK_EVERY;
  // Several posts answer the question; article prose does once no more posts can follow.
  const stopReading = (): boolean => posts.showsSeveralPosts() || (proseRead && !posts.mayFindMore());
  // A post's dated line may be a permalink; the shortest is a clock time ("9:05").
  // (A search's count of results stands above its results, not in a row.)
  const shortLine = (text: string): void => {
    if (text.length >= 4 && text.length <= MAX_DATED_LINE) posts.shortText(text);
  };
  for (let node = walker.nextNode(); ; node = walker.nextNode()) {
    if (node === null) {
      evidence.complete = true;
      break;
    }
    if (nodes >= MAX_TEXT_NODES || read >= MAX_CHARS_READ) break;
    if (rowsAhead !== null && node === rowsAhead.first) {
      evidence.chars += rowsAhead.chars;
      evidence.linkChars += rowsAhead.linkChars;
      evidence.links += rowsAhead.links;
      for (const text of rowsAhead.texts) {
        meter.elements += 1;
        meter.textChars += text.length;
        shortLine(text);
      }
      walker.currentNode = rowsAhead.last;
      rowsAhead = null;
      if (stopReading()) break;
      continue;
    }
    nodes += 1;
    // While no article prose has shown, look now and then for a long run of
    // list rows around the walk; one run at a time, taken in document order.
    if (nodes >= nextRowsLook) {
      nextRowsLook = nodes + ROWS_LOOK_EVERY;
      if (!proseRead && rowsAhead === null) rowsAhead = planSkippedRows(node as Text, body, refusedRows);
    }
    const data = (node as Text).data;
    // Most text nodes of a big template are indentation: trim() finds that
    // natively, reading only the white space at either end.
    const text = data.length <= MAX_CHARS_READ - read ? data.trim() : data.substring(0, MAX_CHARS_READ - read).trim();
    if (text.length === 0) continue;
    const parent = node.parentElement;
    if (parent === null) continue;
    const tag = parent.localName;
    if (NOT_TEXT.has(tag)) continue;
    read += text.length;
    meter.textChars += text.length;
    const chars = text.length;
    shortLine(text);
    if (isLinkText(parent)) {
      meter.elements += 1;
      evidence.chars += chars;
      evidence.linkChars += chars;
      evidence.links += 1;
      if (stopReading()) break;
      continue;
    }
    if (headlineKey !== null && !evidence.titleLine && chars >= headlineKey.length && chars <= headlineKey.length * 2) {
      evidence.titleLine = titleKey(text) === headlineKey;
    }
    meter.elements += 1;
    evidence.chars += chars;
    if (chars <= MAX_RESULT_COUNT_LINE && !evidence.resultCountLine && HAS_DIGIT.test(text)) evidence.resultCountLine = isResultCountLine(text);
    // Prose is text with clause punctuation; prose without a Han character
    // (an English sentence) adds nothing to any count below.
    const han = proseHan(text);
    if (han === 0) {
      if (stopReading()) break;
      continue;
    }
    posts.prose(han);
    if (han > evidence.longestProseRun) evidence.longestProseRun = han;
    const container = proseContainer(parent);
    const total = (proseByContainer.get(container) ?? 0) + han;
    proseByContainer.set(container, total);
    if (total > evidence.largestProseContainer) evidence.largestProseContainer = total;
    // Prose enough for an article body: the answer is no longer "plainly a
    // list", so an article page stops here, usually before its body ends;
    // unless a dated line came first and this may be the first of several
    // posts, which the walk then reads on to see (bounded by the post length).
    if (!proseRead && hasArticleProse(evidence)) {
      proseRead = true;
      if (!posts.datedLineSeen || !readOnForPosts()) break;
    }
    if (stopReading()) break;
  }
  evidence.posts = posts.posts;
  return evidence;
}

function hasArticleProse(e: LinkListEvidence): boolean {
  return e.largestProseContainer >= MAX_CONTAINER_PROSE_HAN || e.longestProseRun >= MAX_RUN_PROSE_HAN;
}

export function looksLikeLinkList(e: LinkListEvidence): boolean {
  if (!e.complete || hasArticleProse(e) || e.links < MIN_LINKS) return false;
  if (e.linkChars >= e.chars * MIN_LINK_SHARE) return true;
  return e.largestProseContainer < MAX_CONTAINER_PROSE_HAN_WITHOUT_PROSE && e.linkChars >= e.chars * MIN_LINK_SHARE_WITHOUT_PROSE;
}
