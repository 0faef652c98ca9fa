// findArticleBody: the main article text of a page as paragraphs, without
// navigation, link lists, share bars, comments or metadata lines.
import type { ArticleBody, BodyParagraph } from '../types.ts';
import { stripWhitespace } from '../text/normalize.ts';
import { classifyBodyLine, isBracketedSignature, ROLE_WORDS, splitTrailingByline } from './byline-lines.ts';
import { parseDateInText } from '../metadata/dates.ts';
import { removeLinkStubs } from './link-stubs.ts';
import { extractParagraphs, type RawParagraph } from './paragraphs.ts';
import { findTableOfContents } from './table-of-contents.ts';
import { scoreBodyCandidates, type BodyCandidate } from './score-candidates.ts';
import { collectTextBlocks, DEFAULT_MAX_NODES, type TextBlockScan } from './text-blocks.ts';
import type { WorkMeter } from '../budget.ts';

export { collectTextBlocks, DEFAULT_MAX_NODES } from './text-blocks.ts';
export type { TextBlock, TextBlockScan } from './text-blocks.ts';
import type { TextBlock } from './text-blocks.ts';

export interface FoundBody extends ArticleBody {
  /** Byline texts met in the body ("（总台央视记者 奚丹霓 张赛）", "记者唐霁"), for the author field. */
  bylines: string[];
  /** Label lines taken out of the body ("来源:《旗帜》 2021-04-23 作者:本刊评论员"), for metadata. */
  labelLines: string[];
  /** The winning candidate's scores, for page-kind decisions. */
  candidate: BodyCandidate | null;
  /** How much the container looks like a list of items rather than one text. */
  listSignals: ListSignals;
}

/**
 * A column page with a blurb under each headline has a container of real
 * prose too; what gives it away is the rhythm: headline links on lines of
 * their own and a short date line per item.
 */
export interface ListSignals {
  /** Paragraphs that are nothing but a link (headlines). */
  linkOnlyParagraphs: number;
  /** Short lines that are mostly a date ("2024-04-26 [详细]"). */
  shortDateLines: number;
}

export interface FindBodyOptions {
  maxNodes?: number;
  /** Most visible characters of the body read (see budget.ts). */
  maxTextChars?: number;
  meter?: WorkMeter;
  /** A scan of the page already made (the analysis shares one). */
  scan?: TextBlockScan;
  /** The headline, so a copy of it at the top of the container is not a paragraph. */
  title?: string | null;
}

/** "新华社巴黎12月9日电（记者唐霁）", "本报讯（记者 张三 通讯员 李四）": a dateline byline opening the story. */
const DATELINE_BYLINE = /^[^。，,]{0,30}(电|讯)\s*[（(]([^（）()]{2,40})[）)]/u;

/** A line this short with a date in it is an item's date, not prose. */
const SHORT_DATE_LINE = 30;

/** Above this share of link text a block inside the container is a link list ("相关阅读"). */
const LINK_LIST_DENSITY = 0.6;

/**
 * Link density of every element inside the container, summed from the page
 * scan's blocks (no second walk of the DOM).
 */
function linkListTest(blocks: readonly TextBlock[], root: Element): (el: Element) => boolean {
  const stats = new Map<Element, { chars: number; links: number }>();
  for (const block of blocks) {
    if (!root.contains(block.owner)) continue;
    for (let el: Element | null = block.owner; el !== null && el !== root; el = el.parentElement) {
      const s = stats.get(el);
      if (s === undefined) stats.set(el, { chars: block.chars, links: block.linkChars });
      else {
        s.chars += block.chars;
        s.links += block.linkChars;
      }
    }
  }
  return (el) => {
    const s = stats.get(el);
    return s !== undefined && s.links > 0 && s.links / s.chars > LINK_LIST_DENSITY;
  };
}

/** A headline repeated in the container is printed on at most a few lines. */
const MAX_HEADLINE_LINES = 5;

/**
 * How many paragraphs at the top of the container repeat the headline:
 * government pages print the document title again, broken over several
 * centred lines ("吉林省人民政府关于禁止在" / "吉林省嫩江干流补充治理工程建设" / …).
 */
function headlineLinesAtTop(paragraphs: readonly RawParagraph[], titleKey: string): number {
  let joined = '';
  for (let i = 0; i < paragraphs.length && i < MAX_HEADLINE_LINES; i += 1) {
    joined += headlineKey(paragraphs[i]!.text);
    if (joined === titleKey) return i + 1;
    if (!titleKey.startsWith(joined)) break;
  }
  // "中国式现代化发展之路" heading a report whose headline is "《中国式现代化发展之路》全文".
  const first = paragraphs[0];
  if (first !== undefined && first.heading) {
    const key = headlineKey(first.text);
    if (key.length >= MIN_HEADLINE_INSIDE_TITLE && titleKey.includes(key)) return 1;
  }
  return 0;
}

/** A heading this long found inside the headline is the headline. */
const MIN_HEADLINE_INSIDE_TITLE = 6;

/** Comparison key for headlines: no white space, no quotes or book-title marks. */
function headlineKey(text: string): string {
  return stripWhitespace(text).replace(/[《》〈〉“”"‘’「」]/gu, '');
}

export function findArticleBody(doc: Document, options: FindBodyOptions = {}): FoundBody {
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const empty: FoundBody = {
    root: null, paragraphs: [], bylines: [], labelLines: [], candidate: null,
    listSignals: { linkOnlyParagraphs: 0, shortDateLines: 0 },
  };
  const pageRoot = doc.body ?? doc.documentElement;
  if (pageRoot === null) return empty;
  const limits = { maxTextChars: options.maxTextChars, meter: options.meter };
  const scan = options.scan ?? collectTextBlocks(pageRoot, maxNodes, limits);
  const best = scoreBodyCandidates(scan.blocks)[0];
  if (best === undefined) return empty;

  const extracted = extractParagraphs(best.element, linkListTest(scan.blocks, best.element), { maxNodes, ...limits });
  const titleKey = options.title ? headlineKey(options.title) : null;
  const raw = extracted.paragraphs.slice(titleKey === null ? 0 : headlineLinesAtTop(extracted.paragraphs, titleKey));
  const contents = findTableOfContents(raw);
  if (contents !== null) raw.splice(contents[0], contents[1] - contents[0]);
  const paragraphs: BodyParagraph[] = [];
  const bylines: string[] = [];
  const labelLines: string[] = [];
  const listSignals: ListSignals = { linkOnlyParagraphs: extracted.linkBlocks, shortDateLines: 0 };
  raw.forEach((p, i) => {
    if (p.allLink) {
      listSignals.linkOnlyParagraphs += 1;
      return;
    }
    if (p.text.length <= SHORT_DATE_LINE && parseDateInText(p.text) !== null) listSignals.shortDateLines += 1;
    const kind = classifyBodyLine(p.text, false);
    if (kind === 'label') {
      labelLines.push(p.text);
      return;
    }
    if (kind === 'byline') {
      bylines.push(p.text);
      labelLines.push(p.text);
      return;
    }
    if (kind !== 'prose') return;
    const text = removeLinkStubs(p.text);
    if (text.length > 0) paragraphs.push({ text, lead: p.lead, heading: p.heading });
  });

  // Widget text and calls to action at the container's edges ("图集", "+1",
  // "关注公众号：…", "分享让更多人看到"): trimmed until prose is reached.
  while (paragraphs.length > 0 && classifyBodyLine(paragraphs[paragraphs.length - 1]!.text, true) !== 'prose') paragraphs.pop();
  while (paragraphs.length > 0 && classifyBodyLine(paragraphs[0]!.text, true) !== 'prose') paragraphs.shift();

  // A byline glued to the end of the last paragraph: "……问题。（经济日报评论员）".
  const last = paragraphs[paragraphs.length - 1];
  if (last !== undefined) {
    const split = splitTrailingByline(last.text);
    if (split !== null) {
      bylines.push(split.byline);
      paragraphs[paragraphs.length - 1] = { ...last, text: split.text };
    }
  }
  for (const p of paragraphs.slice(0, 2)) {
    const m = DATELINE_BYLINE.exec(p.text);
    if (m !== null && isBracketedSignature(m[2] ?? '')) bylines.push(m[2] ?? '');
  }
  return { root: best.element, paragraphs, bylines, labelLines, candidate: best, listSignals };
}
