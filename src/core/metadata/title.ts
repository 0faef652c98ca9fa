// The headline. <title> is reliable about WHAT the headline is but carries
// site and channel suffixes ("_人民网", "--经济·科技--人民网", "_中南海_澎湃新闻");
// the on-page headline element (h1, div.title, div.l_tit...) is clean but
// pages also have promo h1s ("全新首页 焕新登场") and logo h1s. So: the on-page
// candidate that is the longest prefix of <title> wins; without one, og:title
// or the CMS's ArticleTitle meta; last, <title> with its suffixes cut.
import type { WorkMeter } from '../budget.ts';
import { boundedTextContent } from '../body/dom.ts';
import { collapseWhitespace } from '../text/normalize.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';

export interface TitleResult {
  title: string | null;
  /** The element the headline came from, when it came from the page. */
  element: Element | null;
  /** What <title> had after the headline: the site/channel suffix, for site name and author checks. */
  titleSuffix: string | null;
}

const MIN_TITLE_CHARS = 4;
const MAX_TITLE_CHARS = 120;
/** An <h1> this long, on a page whose <title> is only the site name, is the headline. */
const MIN_H1_OVER_SITE_NAME = 8;

/** Separators before a site/channel suffix in <title>. The double em dash is a subtitle, never a suffix. */
const SUFFIX_SEPARATOR = /\s*(?:_|\||｜|--|－－|\s-\s|-(?=[^-\s]{2,20}$)|(?<!—)—(?!—)|\s{2,})\s*/gu;

/** Comparison key: NFKC, no white space, typographic and ASCII quotes unified. */
export function titleKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00A0\u3000]+/gu, '').replace(/[“”"「」]/gu, '"').replace(/[‘’']/gu, "'");
}

/** A <title> is one line; a longer one is cut (it never matches a headline past this anyway). */
const MAX_DOCUMENT_TITLE_READ = 1000;
/** Enough of a headline element's text to tell it is too long to be a headline, indentation included. */
const MAX_HEADLINE_READ = 2000;

function documentTitle(titleElement: Element | null, meter?: WorkMeter): string | null {
  const text = titleElement ? collapseWhitespace(boundedTextContent(titleElement, MAX_DOCUMENT_TITLE_READ, meter)) : '';
  return text.length > 0 ? text : null;
}

/** How site names end: 某某网, 某某网站, 某某日报, 某某频道, 某某在线, 某某门户. */
const SITE_NAME_LIKE = /(网|网站|官网|报|频道|在线|门户|平台|客户端|百科|百科全书)$/u;

/**
 * <title> minus its site/channel segments. Usually the headline comes first
 * ("标题_频道_网站"); some sites put themselves first ("某某网_标题"): a first
 * segment named like a site gives way to the longest segment that is not.
 */
export function stripTitleSuffix(title: string): { head: string; suffix: string | null } {
  const parts = title.split(SUFFIX_SEPARATOR).filter((p) => p.length > 0);
  if (parts.length <= 1) return { head: title, suffix: null };
  let headIndex = 0;
  if (SITE_NAME_LIKE.test(parts[0]!)) {
    parts.forEach((p, i) => {
      if (!SITE_NAME_LIKE.test(p) && (headIndex === 0 || p.length > parts[headIndex]!.length)) headIndex = i;
    });
  }
  const head = parts[headIndex]!;
  if (head.length < MIN_TITLE_CHARS) return { head: title, suffix: null };
  return { head, suffix: parts.filter((_, i) => i !== headIndex).join(' ') };
}

function clean(text: string): string {
  // Edit links and icons glued to headings: "雄安新区[编辑]".
  return collapseWhitespace(text).replace(/\s*[[［]\s*编辑\s*[\]］]\s*$/u, '');
}

/**
 * @param headlineElements h1/h2 and elements CMSs name for headlines (class or
 *   id with title/tit/headline/biaoti), in document order.
 */
export function extractTitle(
  titleElement: Element | null,
  headlineElements: readonly Element[],
  meta: MetaTags,
  jsonLdHeadline: string | null,
  meter?: WorkMeter,
): TitleResult {
  const pageTitle = documentTitle(titleElement, meter);
  const pageKey = pageTitle === null ? '' : titleKey(pageTitle);
  let best: { text: string; element: Element | null; key: string } | null = null;
  /** Headlines found inside <title> but not at its start ("某某网_标题"): used only without a prefix match. */
  let contained: { text: string; element: Element | null; key: string } | null = null;
  const minKeyLength = pageTitle === null ? 0 : Math.ceil(titleKey(stripTitleSuffix(pageTitle).head).length / 2);

  const consider = (raw: string, element: Element | null): void => {
    const text = clean(raw);
    if (text.length < MIN_TITLE_CHARS || text.length > MAX_TITLE_CHARS) return;
    const key = titleKey(text);
    // The headline starts <title>, or <title> is a truncated start of the headline.
    const matches = pageKey.startsWith(key) || (pageKey.length >= 8 && key.startsWith(pageKey));
    if (!matches) {
      if (key.length >= 8 && pageKey.includes(key) && (contained === null || key.length > contained.key.length)) {
        contained = { text, element, key };
      }
      return;
    }
    // A bare prefix such as a "视频" tag or a column name is not the headline.
    if (key.length < minKeyLength) return;
    if (best === null || key.length > best.key.length) best = { text, element, key };
  };

  for (const el of headlineElements) {
    const text = boundedTextContent(el, MAX_HEADLINE_READ, meter);
    if (text.length > MAX_TITLE_CHARS * 4) continue;
    consider(text, el);
  }
  // Meta titles only when no on-page headline matched: og:title usually
  // repeats <title> with its suffix; CMS ArticleTitle may hold raw markup
  // ("…力量<div>——热烈祝贺…</div>"), whose text is still the headline.
  const og = firstMeta(meta, ['og:title', 'twitter:title']);
  const cmsTitle = firstMeta(meta, ['articletitle', 'headline']);
  if (best === null) {
    for (const t of [cmsTitle, og, jsonLdHeadline]) {
      if (t === null) continue;
      const text = t.replace(/<[^>]*>/g, '');
      consider(titleKey(text) === pageKey ? stripTitleSuffix(text).head : text, null);
    }
  }

  const suffix = pageTitle === null ? null : stripTitleSuffix(pageTitle).suffix;
  if (best === null && contained !== null) best = contained;
  if (best !== null) {
    const found: { text: string; element: Element | null; key: string } = best;
    const rest = pageKey.startsWith(found.key) ? pageKey.slice(found.key.length).replace(/^[-_|｜—\s]+/u, '') : suffix;
    return { title: found.text, element: found.element, titleSuffix: rest && rest.length > 0 ? rest : null };
  }
  // No on-page headline matches <title>: trust a clean meta title, then <title> itself.
  for (const t of [cmsTitle, og, jsonLdHeadline]) {
    if (t !== null) {
      const head = stripTitleSuffix(clean(t.replace(/<[^>]*>/g, ''))).head;
      if (head.length >= MIN_TITLE_CHARS) return { title: head, element: null, titleSuffix: suffix };
    }
  }
  // No <title> at all (WeChat sets it from script), or a <title> that is only
  // the site's name ("某某新闻网"): the first headline-length <h1> of the page.
  // Short h1s ("学校要闻") are section names.
  const titleIsSiteName = pageTitle !== null && suffix === null && SITE_NAME_LIKE.test(pageTitle);
  if (pageTitle === null || titleIsSiteName) {
    const minChars = pageTitle === null ? MIN_TITLE_CHARS : MIN_H1_OVER_SITE_NAME;
    for (const el of headlineElements) {
      if (el.tagName.toUpperCase() !== 'H1') continue;
      const text = clean(boundedTextContent(el, MAX_HEADLINE_READ, meter));
      if (text.length >= minChars && text.length <= MAX_TITLE_CHARS && !SITE_NAME_LIKE.test(text)) {
        return { title: text, element: el, titleSuffix: pageTitle };
      }
    }
  }
  if (pageTitle !== null) return { title: stripTitleSuffix(pageTitle).head, element: null, titleSuffix: suffix };
  return { title: null, element: null, titleSuffix: null };
}
