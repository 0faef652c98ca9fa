// A cheap look for encyclopedia entries, before any walk of the page: an
// encyclopedia (Wikipedia and other MediaWiki sites, Baidu-Baike-like
// encyclopedias) puts an edit link beside every section heading ("历史[编辑]",
// or a separate "编辑" button next to the heading) and cites its sources with
// numbered superscripts ("[1]", "[2]"…). Articles have neither on several
// headings; a scholarly article may cite with superscripts, so both signals
// are required. Reads a bounded number of headings and superscripts, each a
// few characters, through the document's live tag collections.
import type { WorkMeter } from '../budget.ts';
import { boundedTextContent } from '../body/dom.ts';
import { firstHeadings } from './quick-headings.ts';

const HEADING_TAGS = ['h2', 'h3'];
/** Headings read per level: an entry shows its nature in its first sections. */
const MAX_HEADINGS = 40;
/** Superscripts read at most. */
const MAX_SUPERSCRIPTS = 120;
/** An edit link or a citation mark is a few characters; a longer element is neither. */
const MAX_MARK_READ = 24;

/** Several section headings with an edit link make an editable reference work, not a story. */
const MIN_EDIT_HEADINGS = 3;
const MIN_CITATIONS = 3;

/** "编辑", "[编辑]", "编辑源代码", "编辑本段": the whole text of the element beside the heading. */
const EDIT_MARK = /^[[［]?\s*编辑(源代码|本段)?\s*[\]］]?$/u;
/** "[1]", "[12]", "［3］". */
const CITATION_MARK = /^[[［]\s*\d{1,3}\s*[\]］]$/u;

function isMark(el: Element | null, mark: RegExp, meter: WorkMeter): boolean {
  if (el === null) return false;
  const text = boundedTextContent(el, MAX_MARK_READ, meter).trim();
  return text.length <= 12 && mark.test(text);
}

function editHeadings(doc: Document, meter: WorkMeter): number {
  let found = 0;
  for (const h of firstHeadings(doc, HEADING_TAGS, MAX_HEADINGS, meter)) {
    // Inside the heading ("<h2>历史<span>[编辑]</span></h2>") or right after it
    // (a heading wrapper holding the heading and its edit button).
    if (isMark(h.lastElementChild, EDIT_MARK, meter) || isMark(h.nextElementSibling, EDIT_MARK, meter)) found += 1;
    if (found >= MIN_EDIT_HEADINGS) return found;
  }
  return found;
}

function citations(doc: Document, meter: WorkMeter): number {
  const sups = doc.getElementsByTagName('sup');
  let found = 0;
  for (let i = 0; i < MAX_SUPERSCRIPTS && found < MIN_CITATIONS; i += 1) {
    const sup = sups.item(i);
    if (sup === null) break;
    meter.elements += 1;
    if (isMark(sup, CITATION_MARK, meter)) found += 1;
  }
  return found;
}

export function looksLikeEncyclopediaQuickly(doc: Document, meter: WorkMeter): boolean {
  return editHeadings(doc, meter) >= MIN_EDIT_HEADINGS && citations(doc, meter) >= MIN_CITATIONS;
}
