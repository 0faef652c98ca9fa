// The headline from the lines just above (or at the top of) the body, for
// pages whose <title> does not name it: old portal, forum and blog templates
// print the headline as a bold or centred table cell, not an <h1>, under a
// <title> that is a greeting ("谢谢您访问…"), the channel ("网易娱乐"), a button
// word ("显示") or missing. The headline is then the title-like line nearest
// the body: short, no sentence, no link list, no label or timestamp, no
// breadcrumb. When <title> has one, a line sharing most of its text with it
// wins; a <title> cut at a dash that belongs to the headline
// ("对比试车—测试…") gives way to the fuller line on the page.
import type { TextBlock } from '../body/text-blocks.ts';
import type { BodyParagraph } from '../types.ts';
import { classifyBodyLine } from '../body/byline-lines.ts';
import { countHanChars } from '../text/normalize.ts';
import { cleanTitle, MAX_TITLE_CHARS, MIN_TITLE_CHARS, titleKey } from '../text/document-title.ts';
import type { TitleResult } from './title.ts';
import { hasRunOnMetadata, longestCommonSubstring } from './title-text.ts';

/** Blocks looked at above the body's first block... */
const LINES_ABOVE = 6;
/** ...and at its top (the headline is often inside the body's container). */
const LINES_INSIDE = 2;
/** A headline line above the body is shorter than this. */
const MAX_LINE_CHARS = 80;
/** Of a line's key, the share <title> must contain for the two to name the same headline. */
const MIN_SHARED_WITH_TITLE = 0.6;

/** Breadcrumbs and "当前位置" lines, URLs. */
const NAVIGATION = /当前位置|您的位置|所在位置|现在位置|>|»|→|https?:|www\./u;
/** A line ending in clause punctuation is part of a sentence; a full stop anywhere makes it one. */
const SENTENCE = /[，,；;：:、]$|。/u;
/** "[精华区]", "【打印】": button and tag text. */
const BUTTON = /[\]】〗]$/u;
/** A timestamp or full date: a metadata line, not a headline. */
const FULL_DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}/u;
const HEADING_TAG = /^H[1-3]$/u;

/** A heading tag, or an element the page names as its headline (class or id "title"...), in or around the block. */
function markedAsHeadline(block: TextBlock, headlines: readonly Element[]): boolean {
  if (HEADING_TAG.test(block.owner.tagName.toUpperCase())) return true;
  return headlines.some((h) => h === block.owner || h.contains(block.owner) || block.owner.contains(h));
}

function titleLike(block: TextBlock, headlines: readonly Element[]): string | null {
  if (block.chars > MAX_LINE_CHARS * 2) return null;
  const text = cleanTitle(block.text);
  if (text.length < MIN_TITLE_CHARS || text.length > MAX_LINE_CHARS) return null;
  // A linked line is a navigation item, unless the page marks it as a
  // headline (a blog post's title links to the post itself).
  if (block.linkChars * 2 > block.chars && !markedAsHeadline(block, headlines)) return null;
  if (countHanChars(text) < 2) return null;
  if (NAVIGATION.test(text) || SENTENCE.test(text) || BUTTON.test(text) || FULL_DATE.test(text)) return null;
  if (hasRunOnMetadata(text) || classifyBodyLine(text, false) !== 'prose') return null;
  return text;
}

function bodyStartIndex(blocks: readonly TextBlock[], bodyRoot: Element | null): number {
  if (bodyRoot === null) return -1;
  for (const block of blocks) {
    if (bodyRoot === block.owner || bodyRoot.contains(block.owner)) return block.index;
  }
  return -1;
}

interface Line {
  text: string;
  block: TextBlock;
  /** Of the line's key, how much <title> holds. */
  shared: number;
  distance: number;
}

/**
 * The headline after the body is known: the first reading unless it is only
 * <title>'s say-so (or nothing), then the title-like line nearest the body.
 */
/**
 * @param headlines the elements the page walk noted as headline candidates
 *   (h1/h2, class or id naming a title).
 */
export function refineTitleNearBody(
  first: TitleResult, blocks: readonly TextBlock[], bodyRoot: Element | null, headlines: readonly Element[] = [],
): TitleResult {
  if (first.support === 'page') return first;
  const start = bodyStartIndex(blocks, bodyRoot);
  if (start < 0) return first;
  const pageKey = first.documentTitle === null ? '' : titleKey(first.documentTitle);
  let best: Line | null = null;
  const from = Math.max(0, start - LINES_ABOVE);
  const to = Math.min(blocks.length - 1, start + LINES_INSIDE);
  for (let i = from; i <= to; i += 1) {
    const block = blocks[i]!;
    const text = titleLike(block, headlines);
    if (text === null) continue;
    const key = titleKey(text);
    const shared = pageKey.length === 0 ? 0 : longestCommonSubstring(key, pageKey.slice(0, MAX_TITLE_CHARS * 2)) / key.length;
    // Above the body first on equal distance: the line under the headline may be the body's first.
    const distance = i < start ? start - i - 0.5 : i - start;
    const line = { text, block, shared, distance };
    const agrees = shared >= MIN_SHARED_WITH_TITLE;
    if (best === null) best = line;
    else if (agrees !== best.shared >= MIN_SHARED_WITH_TITLE) best = agrees ? line : best;
    else if (agrees ? shared > best.shared : distance < best.distance) best = line;
  }
  if (best === null) return first;
  const agrees = best.shared >= MIN_SHARED_WITH_TITLE;
  if (first.support === 'document') {
    // <title>'s head is kept unless the page shows a fuller form of it, or
    // shows the start of <title> as a line of its own: what <title> had after
    // it is a suffix its separator did not announce ("标题 某某医院").
    if (!agrees || first.title === null) return first;
    const key = titleKey(best.text);
    const titleHead = titleKey(first.title);
    const prefixOfTitle = key.length * 2 >= titleHead.length && titleHead.startsWith(key);
    if (!key.includes(titleHead) && !prefixOfTitle) return first;
  }
  return { ...first, title: best.text, element: best.block.owner, support: 'page' };
}

/** A headline repeated at the top of the body, with what stood above it (a breadcrumb, a date line). */
const MAX_LINES_ABOVE_HEADLINE = 3;

/** The body without the headline line it starts with, when the headline was found there. */
export function withoutHeadlineAtTop(paragraphs: BodyParagraph[], title: string | null): BodyParagraph[] {
  if (title === null) return paragraphs;
  const key = titleKey(title);
  for (let i = 0; i < paragraphs.length && i < MAX_LINES_ABOVE_HEADLINE; i += 1) {
    if (titleKey(paragraphs[i]!.text) === key) return paragraphs.slice(i + 1);
  }
  return paragraphs;
}
