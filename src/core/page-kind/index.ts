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

/** A portal's text is mostly links... */
const PORTAL_LINK_DENSITY = 0.7;
/** ...and its one prose box (a "学校简介") is a small part of the page. */
const PORTAL_MAX_BODY_SHARE = 0.15;

/**
 * @param hasHeadline whether an on-page headline matching <title> was found:
 *   an article has one; a portal's <title> is the site's name.
 */
export function classifyPage(body: FoundBody, scan: TextBlockScan, hasHeadline = true): PageKindVerdict {
  const blocks = scan.blocks;
  if (body.root === null || body.candidate === null) return { isArticle: false, reason: '未找到正文' };
  const han = body.paragraphs.reduce((n, p) => n + countHanChars(p.text), 0);
  if (han < MIN_BODY_HAN) return { isArticle: false, reason: `正文过短（${han}字）` };
  if (body.candidate.linkDensity > MAX_BODY_LINK_DENSITY) return { isArticle: false, reason: '正文链接过多' };
  let all = 0;
  let linked = 0;
  for (const b of blocks) {
    all += b.chars;
    linked += b.linkChars;
  }
  const nonLink = all - linked;
  if (nonLink > 0 && body.candidate.chars / nonLink < MIN_BODY_SHARE) return { isArticle: false, reason: '正文只占页面一小部分' };
  // A home page or portal: links everywhere, one introduction box, and no headline.
  if (!hasHeadline && linked > all * PORTAL_LINK_DENSITY && body.candidate.chars < all * PORTAL_MAX_BODY_SHARE) {
    return { isArticle: false, reason: '门户或首页' };
  }
  const { linkOnlyParagraphs, shortDateLines } = body.listSignals;
  // Headline, blurb, date; headline, blurb, date…: a column page with summaries.
  if (linkOnlyParagraphs >= MIN_LIST_ITEMS && (shortDateLines >= MIN_LIST_ITEMS || linkOnlyParagraphs >= body.paragraphs.length)) {
    return { isArticle: false, reason: '列表页' };
  }
  const tail = blocks.slice(-40).map((b) => b.text).join(' ');
  if (looksLikeEncyclopedia(encyclopediaSignals(scan.landmarks, tail))) return { isArticle: false, reason: '百科词条' };
  return { isArticle: true, reason: '单篇文章' };
}

export function isArticle(body: FoundBody, scan: TextBlockScan, hasHeadline = true): boolean {
  return classifyPage(body, scan, hasHeadline).isArticle;
}
