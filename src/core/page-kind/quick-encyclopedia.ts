// A cheap look for encyclopedia entries, before any walk of the page: an
// encyclopedia (Wikipedia and other MediaWiki sites, Baidu-Baike-like
// encyclopedias) cites its sources with numbered superscripts ("[1]",
// "[2]"…) and either puts an edit link beside every section heading
// ("历史[编辑]", or a separate "编辑" button next to the heading) or, where it
// has none, opens with a contents list of its own sections (in-page links
// whose texts are the section headings) and a box of name/value facts (an
// infobox: 中文名, 所属地区, 面积…). A scholarly article may cite with
// superscripts and a long report may have a contents list, so citations alone
// or a contents list alone are never enough. Reads a bounded number of
// headings, superscripts, links and fact boxes, each a few characters,
// through the document's live collections.
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

/** Section headings and in-page links compared: an entry's contents list is near its top. */
const MAX_CONTENTS_LINKS = 400;
const MAX_SECTION_READ = 60;
/** Sections a contents list must name to be one. */
const MIN_LISTED_SECTIONS = 3;
/** Fact boxes looked at: a page's first definition lists and tables (navigation menus use them too). */
const MAX_FACT_BOXES = 24;
/** This many short labels (dt beside a dd, th beside a td) make an infobox. */
const MIN_FACT_LABELS = 4;
const MAX_FACT_LABEL = 8;
const MAX_FACT_LABELS_READ = 12;

/** A heading or contents entry without its number ("1 历史", "2.1 ") and edit mark. */
function sectionKey(text: string): string {
  return text.replace(/[[［]\s*编辑[^\]］]{0,4}[\]］]\s*$/u, '').replace(/^[\d.\s、]+/u, '').replace(/\s+/gu, '');
}

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

/** In-page links ("#…") whose texts name at least three of the page's own section headings. */
function contentsListOfSections(doc: Document, meter: WorkMeter): boolean {
  const sections = new Set<string>();
  for (const h of firstHeadings(doc, HEADING_TAGS, MAX_HEADINGS, meter)) {
    const key = sectionKey(boundedTextContent(h, MAX_SECTION_READ, meter));
    if (key.length > 0) sections.add(key);
  }
  if (sections.size < MIN_LISTED_SECTIONS) return false;
  const links = doc.links;
  let listed = 0;
  for (let i = 0; i < MAX_CONTENTS_LINKS; i += 1) {
    const link = links.item(i);
    if (link === null) break;
    meter.elements += 1;
    if (link.getAttribute('href')?.charCodeAt(0) !== 0x23 /* # */) continue;
    if (sections.has(sectionKey(boundedTextContent(link, MAX_SECTION_READ, meter))) && ++listed >= MIN_LISTED_SECTIONS) return true;
  }
  return false;
}

/**
 * Short label cells of a box, each with its value beside it: a <dt> before a
 * <dd>, a <th> before a <td>. A navigation menu's <dt> is a link, not a label.
 */
function factLabels(box: Element, meter: WorkMeter): number {
  const isList = box.localName === 'dl';
  const cells = box.getElementsByTagName(isList ? 'dt' : 'th');
  let labels = 0;
  for (let i = 0; i < MAX_FACT_LABELS_READ; i += 1) {
    const cell = cells.item(i);
    if (cell === null) break;
    meter.elements += 1;
    if (cell.nextElementSibling?.localName !== (isList ? 'dd' : 'td')) continue;
    if (cell.firstElementChild?.localName === 'a') continue;
    const text = boundedTextContent(cell, MAX_FACT_LABEL * 2, meter).trim();
    if (text.length > 0 && text.length <= MAX_FACT_LABEL) labels += 1;
  }
  return labels;
}

/**
 * Name/value facts (中文名 / 外文名 / 所属地区 / 面积…) in the page's first
 * definition lists and tables; an infobox may be split into columns, one
 * box each.
 */
function hasFactBox(doc: Document, meter: WorkMeter): boolean {
  let labels = 0;
  for (const tag of ['dl', 'table']) {
    const boxes = doc.getElementsByTagName(tag);
    for (let i = 0; i < MAX_FACT_BOXES; i += 1) {
      const box = boxes.item(i);
      if (box === null) break;
      meter.elements += 1;
      labels += factLabels(box, meter);
      if (labels >= MIN_FACT_LABELS) return true;
    }
  }
  return false;
}

export function looksLikeEncyclopediaQuickly(doc: Document, meter: WorkMeter): boolean {
  // Citations first: most articles have none, and then nothing else is read.
  if (citations(doc, meter) < MIN_CITATIONS) return false;
  return editHeadings(doc, meter) >= MIN_EDIT_HEADINGS || (contentsListOfSections(doc, meter) && hasFactBox(doc, meter));
}
