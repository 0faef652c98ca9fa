// Encyclopedia entries (Wikipedia, Baidu Baike and MediaWiki/wiki-like sites)
// are long, punctuated prose and pass every body test, yet they are reference
// pages, not articles. Their structure gives them away: per-section edit links
// ("[编辑]", MediaWiki's .mw-editsection), a table of contents, an infobox, and
// a footer stating the last revision ("本页面最后修订于…", "最后编辑于…").

const EDIT_LINK_SELECTOR = '.mw-editsection, .editsection, [class*="edit-section" i], [class*="edit-lemma" i]';
const TOC_SELECTOR = '#toc, .toc, #mw-panel-toc, [class*="catalog" i][class*="lemma" i], .lemma-catalog';
const INFOBOX_SELECTOR = '.infobox, [class*="basic-info" i], [class*="basicInfo" i]';
const REVISION_NOTE = /本页面最后修订于|最后修订于|最后编辑于|本词条由.{0,20}(编辑|审核)|词条统计|浏览次数.{0,10}编辑次数/u;
/** Section headings whose text ends in an edit link: "历史[编辑]". */
const HEADING_EDIT = /[[［]\s*编辑\s*[\]］]\s*$/u;

export interface EncyclopediaSignals {
  editLinks: boolean;
  tableOfContents: boolean;
  infobox: boolean;
  revisionNote: boolean;
}

export function encyclopediaSignals(doc: Document, footerText: string): EncyclopediaSignals {
  let headingEdits = 0;
  const headings = doc.querySelectorAll('h2, h3');
  for (let i = 0; i < headings.length && i < 60; i += 1) {
    if (HEADING_EDIT.test(headings[i]!.textContent ?? '')) headingEdits += 1;
  }
  return {
    editLinks: headingEdits >= 2 || doc.querySelectorAll(EDIT_LINK_SELECTOR).length >= 2,
    tableOfContents: doc.querySelector(TOC_SELECTOR) !== null,
    infobox: doc.querySelector(INFOBOX_SELECTOR) !== null,
    revisionNote: REVISION_NOTE.test(footerText),
  };
}

/** Two independent signals: one alone (a TOC on a long report, an "编辑" link) is not enough. */
export function looksLikeEncyclopedia(signals: EncyclopediaSignals): boolean {
  return Object.values(signals).filter(Boolean).length >= 2;
}
