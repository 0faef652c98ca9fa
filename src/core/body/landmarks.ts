// Elements the analysis looks for by name, noted during the one walk of the
// page instead of with CSS selectors or getElementsByTagName over the whole
// document (each a scan of every element: tens of milliseconds on a large page
// in jsdom, and work that grows with the page instead of the budget):
// - headline candidates: h1/h2 and elements named "title"/"tit"/"headline"/"biaoti";
// - source slots: elements named "source" (<a class="source">, <em id="source">);
// - encyclopedia furniture: MediaWiki-style section edit links, a table of
//   contents, an infobox;
// - machine-readable metadata in <body>: <meta itemprop> (schema.org
//   microdata), JSON-LD and inline scripts (WeChat's `var ct`), <time>, and a
//   stray <title> written into the body.

export interface PageLandmarks {
  headlines: Element[];
  sourceSlots: Element[];
  editLinks: number;
  tableOfContents: number;
  infoboxes: number;
  /** <meta> elements, in document order. */
  metas: Element[];
  /** The first <script> elements of any kind, in document order. */
  scripts: Element[];
  /** <script type="application/ld+json">, in document order. */
  jsonLdScripts: Element[];
  /** The first <time> element. */
  time: Element | null;
  /** The first <title> element met (one outside <head> only when the page misplaces it). */
  title: Element | null;
}

export function emptyLandmarks(): PageLandmarks {
  return {
    headlines: [], sourceSlots: [], editLinks: 0, tableOfContents: 0, infoboxes: 0,
    metas: [], scripts: [], jsonLdScripts: [], time: null, title: null,
  };
}

/** Enough candidates for any real page; a portal with hundreds of "title" boxes stops here. */
const MAX_NOTED = 80;
/** Meta tags read at most (heads are small; a cap keeps a page with meta tags in a huge body bounded). */
export const MAX_METAS = 300;
/** Scripts kept for inline-metadata search (WeChat writes `var ct` in one of its first scripts). */
export const MAX_SCRIPTS = 60;
/** JSON-LD blocks read at most. */
export const MAX_JSON_LD = 10;

/** One test for every name below, so the common element (class="item", id="c123") costs a single regex. */
const ANY_LANDMARK_NAME = /tit|headline|biaoti|source|edit|toc|catalog|infobox|basic/;
const HEADLINE_NAME = /title|tit\b|tit[_-]|tit\d|headline|biaoti/;
const SOURCE_NAME = /source/;
/**
 * CSS-module builds append a hash to every class name ("catalog_Uc58D",
 * "editLemma_AaxtL"): the name is still the word before it.
 */
const MODULE_HASH = '(?:_{1,2}[a-z0-9]{4,8})?';
const EDIT_LINK_NAME = new RegExp(`(^|\\s)(mw-editsection|editsection|edit-section|edit-?lemma)${MODULE_HASH}(\\s|$)`);
const TOC_NAME = new RegExp(`(^|\\s)(toc|mw-panel-toc|lemma-catalog|catalog)${MODULE_HASH}(\\s|$)`);
const INFOBOX_NAME = new RegExp(`(^|\\s)(infobox|basic-info|basicinfo)${MODULE_HASH}(\\s|$)`);

/**
 * ANY_LANDMARK_NAME for class and id apart, without building their lower-cased
 * join for every element: its names hold no space, so they match the join only
 * inside one of the two.
 */
const ANY_LANDMARK_NAME_ANY_CASE = new RegExp(ANY_LANDMARK_NAME.source, 'i');

/** @param hasAttributes el.hasAttributes(), when the caller has asked already. */
export function noteLandmark(el: Element, tag: string, marks: PageLandmarks, hasAttributes = el.hasAttributes()): void {
  if ((tag === 'H1' || tag === 'H2') && marks.headlines.length < MAX_NOTED) {
    marks.headlines.push(el);
    return;
  }
  if (tag === 'TIME' && marks.time === null) marks.time = el;
  if (!hasAttributes) return;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (cls === null && id === null) return;
  if (!(cls !== null && ANY_LANDMARK_NAME_ANY_CASE.test(cls)) && !(id !== null && ANY_LANDMARK_NAME_ANY_CASE.test(id))) return;
  const names = ((cls ?? '') + ' ' + (id ?? '')).toLowerCase();
  if (!ANY_LANDMARK_NAME.test(names)) return;
  if (HEADLINE_NAME.test(names) && marks.headlines.length < MAX_NOTED) marks.headlines.push(el);
  if (SOURCE_NAME.test(names) && marks.sourceSlots.length < MAX_NOTED) marks.sourceSlots.push(el);
  if (EDIT_LINK_NAME.test(names)) marks.editLinks += 1;
  if (TOC_NAME.test(names)) marks.tableOfContents += 1;
  if (INFOBOX_NAME.test(names)) marks.infoboxes += 1;
}

/**
 * Elements without reader-visible text that carry metadata: <meta>,
 * <script>, <title>. Called for the elements the text walk skips (in <body>)
 * and for every element of <head>. Tag names in both cases (XHTML documents).
 */
export function noteMetadataElement(el: Element, tag: string, marks: PageLandmarks): void {
  switch (tag) {
    case 'META':
    case 'meta':
      if (marks.metas.length < MAX_METAS) marks.metas.push(el);
      return;
    case 'SCRIPT':
    case 'script':
      if (marks.scripts.length < MAX_SCRIPTS) marks.scripts.push(el);
      if (marks.jsonLdScripts.length < MAX_JSON_LD && (el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') {
        marks.jsonLdScripts.push(el);
      }
      return;
    case 'TITLE':
    case 'title':
      if (marks.title === null) marks.title = el;
      return;
  }
}

/** Elements of <head> read at most: real heads have tens to a few hundred. */
const MAX_HEAD_ELEMENTS = 2000;

/**
 * The metadata elements of <head>, noted into `marks` before those of
 * <body>, so each list stays in document order. <noscript> is skipped: with
 * scripting on (every browser tab) its content is raw text, with scripting
 * off (jsdom, the CLI) it is markup, and the analysis must read the same page
 * in both.
 */
export function noteHeadLandmarks(head: Element, marks: PageLandmarks, meter?: { elements: number }): void {
  let visited = 0;
  const visit = (parent: Element): boolean => {
    for (let el = parent.firstElementChild; el !== null; el = el.nextElementSibling) {
      visited += 1;
      if (visited > MAX_HEAD_ELEMENTS) return false;
      const tag = el.tagName;
      if (tag === 'NOSCRIPT' || tag === 'noscript' || tag === 'TEMPLATE' || tag === 'template') continue;
      noteMetadataElement(el, tag, marks);
      if (el.firstElementChild !== null && !visit(el)) return false;
    }
    return true;
  };
  visit(head);
  if (meter !== undefined) meter.elements += Math.min(visited, MAX_HEAD_ELEMENTS);
}
