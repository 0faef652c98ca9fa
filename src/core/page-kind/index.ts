// isArticle: one article or document page, versus list/column/index pages,
// portals, archives of several posts, search results and encyclopedia
// entries. An article has one container of running prose that holds most of
// the page's non-link text; a list page's text is headlines (links, no clause
// punctuation), and its best "body" is a blurb. A short article framed by a
// link-heavy template still shows one headline, a date or byline under it and
// prose right after (article-signature.ts): that outweighs its size.
import type { FoundBody } from '../body/index.ts';
import type { TextBlockScan } from '../body/text-blocks.ts';
import { listPageTitle } from '../text/document-title.ts';
import { countHanChars } from '../text/normalize.ts';
import { hasArticleSignature } from './article-signature.ts';
import { encyclopediaSignals, looksLikeEncyclopedia } from './encyclopedia.ts';
import { titleNamesSearchResults } from './quick-search-results.ts';
import { showsSeveralPosts } from './several-posts.ts';

/** Shortest real article body: a short government notice or news brief runs ~150 Han characters. */
const MIN_BODY_HAN = 120;
/** Shortest body under a headline and its date or byline line: a two-sentence news brief. */
const MIN_SIGNED_BODY_HAN = 40;
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
  /** A list, archive or search page's own name (from <title>), when it has one. */
  title?: string;
}

/** A portal's text is mostly links... */
const PORTAL_LINK_DENSITY = 0.7;
/** ...and its one prose box (a "学校简介") is a small part of the page. */
const PORTAL_MAX_BODY_SHARE = 0.15;

export interface PageKindContext {
  /** Whether an on-page headline was found (an article has one; a portal's <title> is the site's name). */
  hasHeadline?: boolean;
  /** The headline element, for the headline-date-prose order of a short article. */
  headline?: Element | null;
  /** <title> as read: a search page names itself there; a list page's title comes from it. */
  documentTitle?: string | null;
}

/** Latin-script words: a machine-translated or bilingual article mixes them with Han text. */
const LATIN_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;

/** Reading length of the body: Han characters plus Latin-script words. */
function bodyLength(body: FoundBody): number {
  let n = 0;
  for (const p of body.paragraphs) {
    n += countHanChars(p.text);
    const words = p.text.match(LATIN_WORD);
    if (words !== null) n += words.length;
  }
  return n;
}

function notArticle(reason: string, documentTitle: string | null | undefined): PageKindVerdict {
  const title = listPageTitle(documentTitle ?? null);
  return title === null ? { isArticle: false, reason } : { isArticle: false, reason, title };
}

export function classifyPage(body: FoundBody, scan: TextBlockScan, context: PageKindContext = {}): PageKindVerdict {
  const { hasHeadline = true, headline = null, documentTitle = null } = context;
  const blocks = scan.blocks;
  if (body.root === null || body.candidate === null) return notArticle('未找到正文', documentTitle);
  if (titleNamesSearchResults(documentTitle)) return notArticle('搜索结果页', documentTitle);
  const tail = blocks.slice(-40).map((b) => b.text).join(' ');
  // An encyclopedia entry has no headline of its own: its name is the entry.
  if (looksLikeEncyclopedia(encyclopediaSignals(scan.landmarks, tail))) return { isArticle: false, reason: '百科词条' };
  if (showsSeveralPosts(blocks)) return notArticle('多篇文章的归档页', documentTitle);
  const length = bodyLength(body);
  // Computed only where size or surroundings would rule the page out.
  let signed: boolean | null = null;
  const signature = (): boolean => (signed ??= hasArticleSignature(blocks, headline, body.root));
  if (length < MIN_BODY_HAN && !(length >= MIN_SIGNED_BODY_HAN && signature())) {
    return notArticle(`正文过短（${length}字）`, documentTitle);
  }
  if (body.candidate.linkDensity > MAX_BODY_LINK_DENSITY) return notArticle('正文链接过多', documentTitle);
  let all = 0;
  let linked = 0;
  for (const b of blocks) {
    all += b.chars;
    linked += b.linkChars;
  }
  const nonLink = all - linked;
  if (nonLink > 0 && body.candidate.chars / nonLink < MIN_BODY_SHARE && !signature()) {
    return notArticle('正文只占页面一小部分', documentTitle);
  }
  // A home page or portal: links everywhere, one introduction box, and no headline.
  if (!hasHeadline && linked > all * PORTAL_LINK_DENSITY && body.candidate.chars < all * PORTAL_MAX_BODY_SHARE) {
    return notArticle('门户或首页', documentTitle);
  }
  const { linkOnlyParagraphs, shortDateLines } = body.listSignals;
  // Headline, blurb, date; headline, blurb, date…: a column page with summaries.
  if (linkOnlyParagraphs >= MIN_LIST_ITEMS && (shortDateLines >= MIN_LIST_ITEMS || linkOnlyParagraphs >= body.paragraphs.length)) {
    return notArticle('列表页', documentTitle);
  }
  return { isArticle: true, reason: '单篇文章' };
}

export function isArticle(body: FoundBody, scan: TextBlockScan, context: PageKindContext = {}): boolean {
  return classifyPage(body, scan, context).isArticle;
}
