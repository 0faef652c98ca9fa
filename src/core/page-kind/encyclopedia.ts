// Encyclopedia entries (Wikipedia, Baidu Baike and MediaWiki/wiki-like sites)
// are long, punctuated prose and pass every body test, yet they are reference
// pages, not articles. Their structure gives them away: per-section edit links
// ("[编辑]", MediaWiki's .mw-editsection), a table of contents, an infobox, and
// a footer stating the last revision ("本页面最后修订于…", "最后编辑于…").
import { boundedTextContent } from '../body/dom.ts';
import type { PageLandmarks } from '../body/landmarks.ts';

const REVISION_NOTE = /本页面最后修订于|最后修订于|最后编辑于|本词条由.{0,20}(编辑|审核)|词条统计|编辑次数/u;
/** Section headings whose text ends in an edit link: "历史[编辑]". */
const HEADING_EDIT = /[[［]\s*编辑\s*[\]］]\s*$/u;

/** A section heading with its edit link is short; a longer element is not one. */
const MAX_HEADING_READ = 500;

export interface EncyclopediaSignals {
  editLinks: boolean;
  tableOfContents: boolean;
  infobox: boolean;
  revisionNote: boolean;
}

export function encyclopediaSignals(landmarks: PageLandmarks, footerText: string): EncyclopediaSignals {
  let headingEdits = 0;
  for (const h of landmarks.headlines) {
    if (HEADING_EDIT.test(boundedTextContent(h, MAX_HEADING_READ))) headingEdits += 1;
  }
  return {
    editLinks: headingEdits >= 2 || landmarks.editLinks >= 2,
    tableOfContents: landmarks.tableOfContents > 0,
    infobox: landmarks.infoboxes > 0,
    revisionNote: REVISION_NOTE.test(footerText),
  };
}

/** Two independent signals: one alone (a TOC on a long report, an "编辑" link) is not enough. */
export function looksLikeEncyclopedia(signals: EncyclopediaSignals): boolean {
  return Object.values(signals).filter(Boolean).length >= 2;
}
