// How a document's <title> is written, as text: its segments (headline, then
// channel and site suffixes, or a breadcrumb ending in the headline), the
// notification counters and icon glyphs around it, and how site names end.
// Plain string work with no DOM, kept apart from the headline cascade
// (metadata/title.ts) because the content script's early verdict needs it
// too (the list page's own name, a heading repeating <title>) and must stay
// small.
import { collapseWhitespace } from './normalize.ts';

export const MIN_TITLE_CHARS = 4;
export const MAX_TITLE_CHARS = 120;
const MIN_LIST_TITLE_CHARS = 2;

/**
 * Icon-font glyphs (Private Use Area) that templates put beside headlines:
 * invisible as text, they would make the title differ from what the reader sees.
 */
const PRIVATE_USE = /[\uE000-\uF8FF]/gu;
/** Edit links glued to headings: "雄安新区[编辑]". */
const EDIT_LINK_SUFFIX = /\s*[[［]\s*编辑\s*[\]］]\s*$/u;

export function cleanTitle(text: string): string {
  return collapseWhitespace(text.replace(PRIVATE_USE, '')).replace(EDIT_LINK_SUFFIX, '');
}

/**
 * Notification counters sites put before <title> while the reader is logged
 * in: "(3 条消息) 某某", "(99+) 某某", "（2 封私信）某某".
 */
const COUNTER_PREFIX = /^[（(]\s*\d+\+?\s*(?:条|封|个)?\s*[\p{Script=Han}]{0,4}\s*[）)]\s*/u;

export function stripCounterPrefix(text: string): string {
  return text.replace(COUNTER_PREFIX, '');
}

/** How site and channel names end: 某某网, 某某日报, 某某频道, 某某博客, 某某论坛. */
export const SITE_NAME_LIKE = /(网|网站|官网|报|频道|在线|门户|平台|客户端|百科|百科全书|博客|论坛|社区)$/u;

/** Separators before a site/channel suffix in <title>. The double em dash is a subtitle, never a suffix. */
const SUFFIX_SEPARATOR = /\s*(?:_|\||｜|--|－－|\s-\s|-(?=[^-\s]{2,20}$)|(?<!—)—(?!—)|\s{2,})\s*/gu;

/**
 * Breadcrumb separators: "某某博客 » 标题", "首页 > 新闻 > 标题". A
 * breadcrumb runs from the site to the page, so the headline is the last part.
 */
const BREADCRUMB_SEPARATOR = /\s*(?:»|›|\s>\s|\s>>\s)\s*/u;

/** Comparison key: NFKC, no white space, typographic and ASCII quotes unified. */
export function titleKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00A0\u3000]+/gu, '').replace(/[“”"「」]/gu, '"').replace(/[‘’']/gu, "'");
}

/**
 * <title> minus its site/channel segments. Usually the headline comes first
 * ("标题_频道_网站"); some sites put themselves first ("某某网_标题"): a first
 * segment named like a site gives way to the longest segment that is not.
 * A breadcrumb-style <title> ("某某博客 » 标题") ends with the headline.
 */
export function stripTitleSuffix(title: string, minHead = MIN_TITLE_CHARS): { head: string; suffix: string | null } {
  const crumbs = title.split(BREADCRUMB_SEPARATOR).filter((p) => p.length > 0);
  if (crumbs.length > 1) {
    const last = crumbs[crumbs.length - 1]!;
    if (last.length >= minHead) {
      const inner = stripTitleSuffix(last, minHead);
      const rest = crumbs.slice(0, -1).join(' ');
      return { head: inner.head, suffix: inner.suffix === null ? rest : `${inner.suffix} ${rest}` };
    }
  }
  const parts = title.split(SUFFIX_SEPARATOR).filter((p) => p.length > 0);
  if (parts.length <= 1) return { head: title, suffix: null };
  let headIndex = 0;
  if (SITE_NAME_LIKE.test(parts[0]!)) {
    parts.forEach((p, i) => {
      if (!SITE_NAME_LIKE.test(p) && (headIndex === 0 || p.length > parts[headIndex]!.length)) headIndex = i;
    });
  }
  const head = parts[headIndex]!;
  if (head.length < minHead) return { head: title, suffix: null };
  return { head, suffix: parts.filter((_, i) => i !== headIndex).join(' ') };
}

/**
 * The headline of a page that is not an article (a list, an archive, search
 * results): the channel or query name <title> gives before its site suffix.
 * A <title> without a separator is the site's own name: no title.
 */
export function listPageTitle(rawTitle: string | null): string | null {
  if (rawTitle === null) return null;
  const title = stripCounterPrefix(cleanTitle(rawTitle));
  // A channel or a blog owner's name may be two or three characters ("国际", "海姑娘").
  const { head, suffix } = stripTitleSuffix(title, MIN_LIST_TITLE_CHARS);
  if (suffix === null || SITE_NAME_LIKE.test(head)) return null;
  return head.length <= MAX_TITLE_CHARS ? head : null;
}
