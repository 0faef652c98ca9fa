// DOM vocabulary for text extraction: which elements hold no reader-visible
// text, which ones break the text into blocks, and which ones a page marks as
// chrome (share bars, comments, related links). Structure and attributes only:
// no layout APIs (innerText, getComputedStyle), so the same code runs in the
// content script, in jsdom and in the CLI.

/** Upper- and lower-case forms: tagName is lower-case in XHTML documents and for SVG/MathML. */
const bothCases = (tags: string[]): Set<string> => new Set([...tags, ...tags.map((t) => t.toLowerCase())]);

/** Elements whose text the reader never sees as prose. */
const NON_CONTENT_TAGS = bothCases([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED',
  'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK', 'VIDEO', 'AUDIO', 'MAP', 'MATH',
]);

/** Elements that start a new line of text in a browser's default rendering. */
const BLOCK_TAGS = bothCases([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'HTML', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'CAPTION',
]);

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

// The sets hold both cases, so no per-element case conversion is needed.
export function isNonContent(el: Element): boolean {
  return NON_CONTENT_TAGS.has(el.tagName);
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

// By tag name, for a walk that has read it already: tagName is a call into
// the DOM, and the text walk visits every element of the page.
export function isNonContentTag(tag: string): boolean {
  return NON_CONTENT_TAGS.has(tag);
}

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

export function isHeadingTag(el: Element): boolean {
  return HEADING_TAGS.has(el.tagName.toUpperCase());
}

/**
 * Hidden by markup: `hidden`, `aria-hidden`, or an inline display:none.
 * Pages saved from a live DOM keep share pop-ups, QR-code boxes and font-size
 * menus in the markup with an inline display:none. visibility:hidden is NOT
 * taken as hidden: WeChat serves its article body (#js_content) with
 * visibility:hidden until its script runs, and other sites do the same for
 * lazily revealed content.
 */
export function isHiddenByMarkup(el: Element): boolean {
  return el.hasAttributes() && isHiddenByAttributes(el);
}

/** isHiddenByMarkup for an element known to have attributes. */
export function isHiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style === null || style.length < 12) return false;
  return /display\s*:\s*none/i.test(style);
}

/** Bold by markup: <b>, <strong>, or an inline font-weight of bold/600+. */
export function isBoldByMarkup(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'B' || tag === 'STRONG') return true;
  const style = el.getAttribute('style');
  return style !== null && /font-weight\s*:\s*(bold|bolder|[6-9]00)/i.test(style);
}

/** class and id, lower-cased, for the naming conventions pages use for their chrome. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return (cls + ' ' + id).toLowerCase();
}

/**
 * Page chrome that sits inside or beside article containers, by the names CMSs
 * give it: share bars (bdshare, jiathis, share), comment boxes, related and
 * recommended link lists, "上一篇/下一篇" pagers, breadcrumbs, footers, also
 * under their pinyin names (pinglun 评论, tuijian 推荐, xiangguan/xgxw 相关新闻,
 * remen 热门, paihang 排行).
 * Word-bounded so that e.g. "content-commentary" or "newsfooter-ad" still count
 * while "headline" is not "head".
 */
const CHROME_NAME =
  /(^|[\s_-])(share|bdshare|jiathis|comment|comments|reply|related|relate|recommend|recom|hot|hotnews|rank|ranking|breadcrumb|crumb|position|location|weizhi|nav|navbar|menu|footer|foot|copyright|pager|pagination|page-nav|prev|next|sxp|sxy|sidebar|side|aside|tags|keywords|print|fontsize|font_size|qrcode|erweima|advert|ad|ads|banner|login|toolbar|statement|disclaimer|pinglun|tuijian|xiangguan|xgxw|xgyd|remen|paihang)([\s_-]|\d|$)/;

export function looksLikeChrome(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE') return true;
  const names = classAndId(el);
  return names.length > 1 && CHROME_NAME.test(names);
}

/** Elements a bounded text read visits at most: headlines and source slots are a few elements. */
const BOUNDED_TEXT_MAX_ELEMENTS = 200;

/**
 * An element's textContent, read by a walk that stops after `maxChars`
 * characters (or a few hundred elements). textContent itself is one native
 * call that copies the whole subtree's text: on an element CMSs name "title"
 * that wraps the whole page ("title-and-content"), that is megabytes for a
 * value that is discarded past a hundred characters.
 */
export function boundedTextContent(el: Element, maxChars: number, meter?: { elements: number; textChars: number }): string {
  let text = '';
  let elements = 0;
  const visit = (parent: Node): boolean => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        const node = child as CharacterData;
        const room = maxChars - text.length;
        text += node.length <= room ? node.data : node.substringData(0, room);
        if (text.length >= maxChars) return false;
      } else if (child.nodeType === 1) {
        elements += 1;
        if (elements > BOUNDED_TEXT_MAX_ELEMENTS || !visit(child)) return false;
      }
    }
    return true;
  };
  visit(el);
  if (meter !== undefined) {
    meter.elements += elements;
    meter.textChars += text.length;
  }
  return text;
}
