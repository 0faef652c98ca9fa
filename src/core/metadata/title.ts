// The headline. <title> is reliable about WHAT the headline is but carries
// site and channel suffixes ("_人民网", "--经济·科技--人民网", "_中南海_澎湃新闻");
// the on-page headline element (h1, div.title, div.l_tit...) is clean but
// pages also have promo h1s ("全新首页 焕新登场") and logo h1s. So: the on-page
// candidate that is the longest prefix of <title> wins; without one, og:title
// or the CMS's ArticleTitle meta; last, <title> with its suffixes cut. A
// <title> that is chrome (a greeting, a bare site or channel name) is no
// headline at all: the lines above the body may then name it
// (title-near-body.ts, after the body is found).
import type { WorkMeter } from '../budget.ts';
import { boundedTextContent } from '../body/dom.ts';
import { collapseWhitespace } from '../text/normalize.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import {
  cleanTitle,
  MAX_TITLE_CHARS,
  MIN_TITLE_CHARS,
  SITE_NAME_LIKE,
  stripCounterPrefix,
  stripTitleSuffix,
  titleKey,
} from '../text/document-title.ts';
import { cutAtRunOnMetadata, isChromeTitle } from './title-text.ts';

export interface TitleResult {
  title: string | null;
  /** The element the headline came from, when it came from the page. */
  element: Element | null;
  /** What <title> had after the headline: the site/channel suffix, for site name and author checks. */
  titleSuffix: string | null;
  /**
   * How far to trust the headline: 'page' when an on-page heading or a meta
   * title agrees with <title> (or stands in for a missing one), 'document' when
   * only <title> says it, 'none' when there is none or <title> is chrome.
   */
  support: 'page' | 'document' | 'none';
  /** <title> as read (counter prefix removed), for the look above the body. */
  documentTitle: string | null;
}

/** An <h1> this long, on a page whose <title> is only the site name, is the headline. */
const MIN_H1_OVER_SITE_NAME = 8;



/** A <title> is one line; a longer one is cut (it never matches a headline past this anyway). */
const MAX_DOCUMENT_TITLE_READ = 1000;
/** Enough of a headline element's text to tell it is too long to be a headline, indentation included. */
const MAX_HEADLINE_READ = 2000;

function documentTitle(titleElement: Element | null, meter?: WorkMeter): string | null {
  const text = titleElement ? stripCounterPrefix(cleanTitle(boundedTextContent(titleElement, MAX_DOCUMENT_TITLE_READ, meter))) : '';
  return text.length > 0 ? text : null;
}


interface Candidate {
  text: string;
  element: Element | null;
  key: string;
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
  const stripped = pageTitle === null ? null : stripTitleSuffix(pageTitle);
  const chrome = stripped !== null && isChromeTitle(pageTitle!, stripped.suffix !== null);
  /** Headlines <title> starts with (or equals): the strongest agreement. */
  let best = null as Candidate | null;
  /** Headlines that run on past <title> (a truncated <title>, or metadata glued after the headline). */
  let extended = null as Candidate | null;
  /** Headlines found inside <title> but not at its start ("某某网_标题"): used only without a prefix match. */
  let contained = null as Candidate | null;
  const minKeyLength = stripped === null ? 0 : Math.ceil(titleKey(stripped.head).length / 2);

  const consider = (raw: string, element: Element | null): void => {
    const text = cleanTitle(raw);
    if (text.length < MIN_TITLE_CHARS || text.length > MAX_TITLE_CHARS) return;
    const key = titleKey(text);
    if (pageKey.startsWith(key)) {
      // A bare prefix such as a "视频" tag or a column name is not the headline.
      if (key.length < minKeyLength) return;
      if (best === null || key.length > best.key.length) best = { text, element, key };
      return;
    }
    // <title> is a truncated start of the headline, or the headline element
    // also holds the account and 发布时间 line: keep the headline part only.
    if (pageKey.length >= 8 && key.startsWith(pageKey)) {
      const cut = cutAtRunOnMetadata(text);
      const cutKey = titleKey(cut);
      if (cutKey.length >= pageKey.length && (extended === null || cutKey.length < extended.key.length)) {
        extended = { text: cut, element, key: cutKey };
      }
      return;
    }
    if (key.length >= 8 && pageKey.includes(key) && (contained === null || key.length > contained.key.length)) {
      contained = { text, element, key };
    }
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
  if (best === null && extended === null) {
    for (const t of [cmsTitle, og, jsonLdHeadline]) {
      if (t === null) continue;
      const text = t.replace(/<[^>]*>/g, '');
      consider(titleKey(text) === pageKey ? stripTitleSuffix(text).head : text, null);
    }
  }

  const suffix = stripped === null ? null : stripped.suffix;
  const found: Candidate | null = best ?? extended ?? contained;
  if (found !== null) {
    const rest = pageKey.startsWith(found.key) ? pageKey.slice(found.key.length).replace(/^[-_|｜—\s]+/u, '') : suffix;
    return { title: found.text, element: found.element, titleSuffix: rest && rest.length > 0 ? rest : null, support: 'page', documentTitle: pageTitle };
  }
  // No on-page headline matches <title>: trust a clean meta title, then <title> itself.
  for (const t of [cmsTitle, og, jsonLdHeadline]) {
    if (t !== null) {
      const head = stripTitleSuffix(cleanTitle(t.replace(/<[^>]*>/g, ''))).head;
      if (head.length >= MIN_TITLE_CHARS && !isChromeTitle(head, false)) {
        // A meta title that is only the start of <title>'s headline was cut
        // by an unescaped quote in its attribute (content="写"救命啊"…"):
        // <title> says the whole of it.
        const whole = stripped === null || chrome ? '' : collapseWhitespace(stripped.head);
        const fuller = whole.startsWith(head) && whole.slice(head.length).startsWith('"') ? whole : head;
        return { title: fuller, element: null, titleSuffix: suffix, support: 'page', documentTitle: pageTitle };
      }
    }
  }
  // No <title> at all (WeChat sets it from script), or a <title> that is only
  // the site's name ("某某新闻网"): the first headline-length <h1> of the page,
  // else <h2> (blogs put the blog's name in <h1> and the post's in <h2>).
  // Short headings ("学校要闻") are section names.
  if (pageTitle === null || chrome) {
    const minChars = pageTitle === null ? MIN_TITLE_CHARS : MIN_H1_OVER_SITE_NAME;
    for (const tag of ['H1', 'H2']) {
      for (const el of headlineElements) {
        if (el.tagName.toUpperCase() !== tag) continue;
        const text = cleanTitle(boundedTextContent(el, MAX_HEADLINE_READ, meter));
        if (text.length >= minChars && text.length <= MAX_TITLE_CHARS && !SITE_NAME_LIKE.test(text) && cutAtRunOnMetadata(text) === text) {
          return { title: text, element: el, titleSuffix: pageTitle, support: 'page', documentTitle: pageTitle };
        }
      }
    }
  }
  if (pageTitle !== null && !chrome) {
    return { title: collapseWhitespace(stripped!.head), element: null, titleSuffix: suffix, support: 'document', documentTitle: pageTitle };
  }
  // A greeting names nobody; a bare site or channel name is still the site's name.
  const siteLike = pageTitle !== null && !isChromeTitle(pageTitle, true) ? pageTitle : null;
  return { title: null, element: null, titleSuffix: siteLike, support: 'none', documentTitle: pageTitle };
}
