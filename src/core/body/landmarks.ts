// Elements the analysis looks for by name, noted during the one walk of the
// page instead of with CSS attribute selectors (which cost a full-document
// scan each, tens of milliseconds on a large page in jsdom):
// - headline candidates: h1/h2 and elements named "title"/"tit"/"headline"/"biaoti";
// - source slots: elements named "source" (<a class="source">, <em id="source">);
// - encyclopedia furniture: MediaWiki-style section edit links, a table of
//   contents, an infobox.

export interface PageLandmarks {
  headlines: Element[];
  sourceSlots: Element[];
  editLinks: number;
  tableOfContents: number;
  infoboxes: number;
}

export function emptyLandmarks(): PageLandmarks {
  return { headlines: [], sourceSlots: [], editLinks: 0, tableOfContents: 0, infoboxes: 0 };
}

/** Enough candidates for any real page; a portal with hundreds of "title" boxes stops here. */
const MAX_NOTED = 80;

const HEADLINE_NAME = /title|tit\b|tit[_-]|tit\d|headline|biaoti/;
const SOURCE_NAME = /source/;
const EDIT_LINK_NAME = /(^|\s)(mw-editsection|editsection|edit-section|edit-lemma)(\s|$)/;
const TOC_NAME = /(^|\s)(toc|mw-panel-toc|lemma-catalog|catalog)(\s|$)/;
const INFOBOX_NAME = /(^|\s)(infobox|basic-info|basicinfo)(\s|$)/;

export function noteLandmark(el: Element, tag: string, marks: PageLandmarks): void {
  if ((tag === 'H1' || tag === 'H2') && marks.headlines.length < MAX_NOTED) {
    marks.headlines.push(el);
    return;
  }
  if (!el.hasAttributes()) return;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (cls === null && id === null) return;
  const names = ((cls ?? '') + ' ' + (id ?? '')).toLowerCase();
  if (HEADLINE_NAME.test(names) && marks.headlines.length < MAX_NOTED) marks.headlines.push(el);
  if (SOURCE_NAME.test(names) && marks.sourceSlots.length < MAX_NOTED) marks.sourceSlots.push(el);
  if (EDIT_LINK_NAME.test(names)) marks.editLinks += 1;
  if (TOC_NAME.test(names)) marks.tableOfContents += 1;
  if (INFOBOX_NAME.test(names)) marks.infoboxes += 1;
}
