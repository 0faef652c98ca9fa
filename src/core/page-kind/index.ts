// isArticle: one article or document page, versus list/column/index pages,
// portals and encyclopedia entries. An article has one container of running
// prose that holds most of the page's non-link text; a list page's text is
// headlines (links, no clause punctuation), and its best "body" is a blurb.
import type { FoundBody } from '../body/index.ts';
import type { TextBlockScan } from '../body/text-blocks.ts';
import { countHanChars } from '../text/normalize.ts';
import { encyclopediaSignals, looksLikeEncyclopedia } from './encyclopedia.ts';

/** Shortest real article body: a short government notice or news brief runs ~150 Han characters. */
const MIN_BODY_HAN = 120;
/** Above this share of link text the "body" is a link list with blurbs. */
const MAX_BODY_LINK_DENSITY = 0.35;
/** The body holds at least this share of the page's non-link text (comment-heavy portals included). */
const MIN_BODY_SHARE = 0.15;

/** Repeated headline/date items from this many on make a list. */
const MIN_LIST_ITEMS = 4;

export interface PageKindVerdict {
  isArticle: boolean;
  /** Why not, in plain words (for debugging and the CLI). */
  reason: string;
}

export function classifyPage(body: FoundBody, scan: TextBlockScan): PageKindVerdict {
  const blocks = scan.blocks;
  if (body.root === null || body.candidate === null) return { isArticle: false, reason: '未找到正文' };
  const han = body.paragraphs.reduce((n, p) => n + countHanChars(p.text), 0);
  if (han < MIN_BODY_HAN) return { isArticle: false, reason: `正文过短（${han}字）` };
  if (body.candidate.linkDensity > MAX_BODY_LINK_DENSITY) return { isArticle: false, reason: '正文链接过多' };
  let nonLink = 0;
  for (const b of blocks) nonLink += b.chars - b.linkChars;
  if (nonLink > 0 && body.candidate.chars / nonLink < MIN_BODY_SHARE) return { isArticle: false, reason: '正文只占页面一小部分' };
  const { linkOnlyParagraphs, shortDateLines } = body.listSignals;
  // Headline, blurb, date; headline, blurb, date…: a column page with summaries.
  if (linkOnlyParagraphs >= MIN_LIST_ITEMS && (shortDateLines >= MIN_LIST_ITEMS || linkOnlyParagraphs >= body.paragraphs.length)) {
    return { isArticle: false, reason: '列表页' };
  }
  const tail = blocks.slice(-40).map((b) => b.text).join(' ');
  if (looksLikeEncyclopedia(encyclopediaSignals(scan.landmarks, tail))) return { isArticle: false, reason: '百科词条' };
  return { isArticle: true, reason: '单篇文章' };
}

export function isArticle(body: FoundBody, scan: TextBlockScan): boolean {
  return classifyPage(body, scan).isArticle;
}
