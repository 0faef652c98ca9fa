// A cheap look for the one thing a list never has: a heading that repeats the
// headline <title> names. An article framed by a link-heavy template (a short
// news brief among navigation and "要闻" boxes) can look like a list by its
// text alone; its own headline tells it apart, so the early verdict leaves it
// to the full analysis. A list's <title> names a channel ("国际新闻_某某网"),
// too short to count here. Templates print the headline in any element (a
// <div>, a bold <p>, a table cell): the walk of the page's text also matches
// its lines against the key (titleHeadlineKey, quick-link-list.ts).
import type { WorkMeter } from '../budget.ts';
import { boundedTextContent } from '../body/dom.ts';
import { firstHeadings } from './quick-headings.ts';
import { stripCounterPrefix, stripTitleSuffix, titleKey } from '../text/document-title.ts';

const HEADING_TAGS = ['h1', 'h2', 'h3'];
/** Headings read per level: the page's headline is among its first. */
const MAX_HEADINGS = 12;
/** A headline this long is no channel name. */
const MIN_HEADLINE_CHARS = 8;
const MAX_HEADLINE_READ = 200;

/** The comparison key of the headline <title> names, or null when it names none long enough. */
export function titleHeadlineKey(doc: Document): string | null {
  const head = titleKey(stripTitleSuffix(stripCounterPrefix(doc.title.trim())).head);
  return head.length >= MIN_HEADLINE_CHARS ? head : null;
}

export function headingRepeatsTitle(doc: Document, meter: WorkMeter): boolean {
  const head = titleHeadlineKey(doc);
  if (head === null) return false;
  for (const h of firstHeadings(doc, HEADING_TAGS, MAX_HEADINGS, meter)) {
    if (titleKey(boundedTextContent(h, MAX_HEADLINE_READ, meter)) === head) return true;
  }
  return false;
}
