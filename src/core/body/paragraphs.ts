// Cut the article container into the paragraphs a reader sees. Handles the
// ways Chinese CMSs mark paragraphs: <p> per paragraph; one <div> of text with
// "<br><br>" or "<br>　　" (indent) between paragraphs; text split across
// <span>/<font> runs; a bold run (<strong>, <b>, font-weight) opening the
// paragraph, which in this genre carries the paragraph's lead sentence.
import { DEFAULT_MAX_NODES, DEFAULT_MAX_TEXT_CHARS, type WorkMeter } from '../budget.ts';
import { collapseWhitespace } from '../text/normalize.ts';
import { boundedTextContent, isBlock, isBoldByMarkup, isHeadingTag, isHiddenByMarkup, isNonContent, looksLikeChrome } from './dom.ts';
import { RAW_TEXT_FACTOR, visibleCharCount } from './text-blocks.ts';

export interface RawParagraph {
  text: string;
  lead: string | null;
  heading: boolean;
  /** Every visible character sits inside a link ("相关阅读：xxx"). */
  allLink: boolean;
  /** The block element the paragraph came from. */
  element: Element;
}

/** Sentence-final marks after which a single <br> ends a paragraph. */
const SENTENCE_END = /^[。！？!?；;…”"’）)】]$/u;

/** The last character that is not white space (NBSP, U+3000 and zero-width marks included), or ''. */
function lastVisibleChar(text: string): string {
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x200b && c <= 0x200d) || c === 0xfeff) continue;
    return text[i]!;
  }
  return '';
}
/** A line indented by U+3000, NBSP or spaces: old CMSs indent each paragraph after a <br>. */
const INDENTED = /^[\u3000\u00A0]|^[ \t\n\r]*[\u3000\u00A0]|^ {2,}/u;
/** A fully bold line this short is a sub-heading, not a paragraph with a lead. */
const MAX_HEADING_CHARS = 40;

/** "返回搜狐，查看更多", "阅读原文", "点击查看": platform links appended inside the last paragraph. */
const CALL_TO_ACTION_LINK = /^(返回|查看更多|阅读原文|点击|进入|更多)/u;

/** Enough of a link's text, indentation included, to tell a short call to action from a headline link. */
const CALL_TO_ACTION_READ = 256;

function isCallToActionLink(a: Element, meter?: WorkMeter): boolean {
  const text = collapseWhitespace(boundedTextContent(a, CALL_TO_ACTION_READ, meter));
  return text.length > 0 && text.length <= 12 && CALL_TO_ACTION_LINK.test(text);
}

interface Builder {
  parts: string[];
  leadParts: string[];
  /** Still reading the bold run that opened the paragraph. */
  leadOpen: boolean;
  hasText: boolean;
  allBold: boolean;
  allLink: boolean;
  pendingBreaks: number;
  /** Last visible character so far, for the sentence-end test at a <br>. */
  lastVisible: string;
  element: Element;
  headingTag: boolean;
}

/**
 * @param isLinkList tells the link lists embedded in the container ("相关阅读",
 *   "延伸阅读" boxes), which are skipped whole.
 */
export interface ExtractedParagraphs {
  paragraphs: RawParagraph[];
  /** Blocks skipped as link lists or link-only lines (headlines of a list page, "相关阅读" boxes). */
  linkBlocks: number;
}

export interface ParagraphLimits {
  /** Most elements visited. */
  maxNodes?: number;
  /** Most visible characters read: the paragraphs past it are not extracted (slogans and summary read only what is). */
  maxTextChars?: number;
  meter?: WorkMeter;
}

export function extractParagraphs(
  root: Element,
  isLinkList: (el: Element) => boolean,
  limits: ParagraphLimits = {},
): ExtractedParagraphs {
  const maxNodes = limits.maxNodes ?? DEFAULT_MAX_NODES;
  const maxTextChars = limits.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  const meter = limits.meter;
  const out: RawParagraph[] = [];
  let linkBlocks = 0;
  let visited = 0;
  let textRead = 0;
  let rawRead = 0;
  const maxRawChars = maxTextChars * RAW_TEXT_FACTOR;
  let exhausted = false;
  const fresh = (element: Element, headingTag = false): Builder => ({
    parts: [], leadParts: [], leadOpen: true, hasText: false, allBold: true, allLink: true,
    pendingBreaks: 0, lastVisible: '', element, headingTag,
  });
  let b = fresh(root);

  const flush = (): void => {
    if (b.hasText) {
      const text = collapseWhitespace(b.parts.join(''));
      if (text.length > 0) {
        const lead = collapseWhitespace(b.leadParts.join(''));
        const heading = b.headingTag || (b.allBold && text.length <= MAX_HEADING_CHARS);
        out.push({
          text,
          // A lead that is the whole paragraph is a heading, not a lead.
          lead: lead.length > 0 && !heading ? lead : null,
          heading,
          allLink: b.allLink,
          element: b.element,
        });
      }
    }
    b = fresh(b.element, false);
  };

  const addText = (raw: string, bold: boolean, inLink: boolean): void => {
    const last = lastVisibleChar(raw);
    if (b.pendingBreaks > 0 && last !== '') {
      // "<br><br>" always separates paragraphs; a single <br> does when the
      // previous line ended a sentence or the next line is indented.
      if (b.pendingBreaks >= 2 || SENTENCE_END.test(b.lastVisible) || INDENTED.test(raw)) flush();
      b.pendingBreaks = 0;
    }
    if (last === '') {
      if (b.hasText) b.parts.push(raw);
      return;
    }
    b.parts.push(raw);
    b.lastVisible = last;
    b.hasText = true;
    if (!bold) b.allBold = false;
    if (!inLink) b.allLink = false;
    if (b.leadOpen) {
      if (bold) b.leadParts.push(raw);
      else b.leadOpen = false;
    }
  };

  const visit = (parent: Element, bold: boolean, inLink: boolean): void => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (exhausted) return;
      if (child.nodeType === 3) {
        const node = child as Text;
        const room = Math.min(maxTextChars - textRead, maxRawChars - rawRead);
        const data = node.length <= room ? node.data : node.substringData(0, room);
        rawRead += data.length;
        textRead += visibleCharCount(data);
        addText(data, bold, inLink);
        if (textRead >= maxTextChars || rawRead >= maxRawChars) exhausted = true;
        continue;
      }
      if (child.nodeType !== 1) continue;
      visited += 1;
      if (visited > maxNodes) {
        exhausted = true;
        return;
      }
      const el = child as Element;
      if (isNonContent(el) || isHiddenByMarkup(el)) continue;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') {
        if (b.hasText) b.pendingBreaks += 1;
        continue;
      }
      if (isBlock(el)) {
        if (looksLikeChrome(el)) continue;
        if (isLinkList(el)) {
          linkBlocks += 1;
          continue;
        }
        flush();
        const outer = b;
        b = fresh(el, isHeadingTag(el));
        visit(el, bold || isHeadingTag(el) || isBoldByMarkup(el), inLink);
        flush();
        b = fresh(outer.element, false);
        continue;
      }
      if (tag === 'IMG') continue;
      if (tag === 'A' && isCallToActionLink(el, meter)) continue;
      visit(el, bold || isBoldByMarkup(el), inLink || tag === 'A');
    }
  };

  visit(root, false, false);
  flush();
  if (meter !== undefined) {
    meter.elements += Math.min(visited, maxNodes);
    meter.textChars += rawRead;
  }
  return { paragraphs: out, linkBlocks };
}
