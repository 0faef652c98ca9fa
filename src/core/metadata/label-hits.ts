// Every labelled value on the page ("来源：新华社", "责任编辑：…"), with how far
// it sits from the article (headline to end of body). The same labels appear
// in sidebars ("来源：" under each related headline) and footers, so the
// field extractors take the nearest hit, not the first.
import { collapseWhitespace } from '../text/normalize.ts';
import type { TextBlock } from '../body/text-blocks.ts';
import { looksLikeChrome } from '../body/dom.ts';
import { isRenderDateWidget, parseDateInText } from './dates.ts';
import { REPORTER_LINE } from '../body/byline-lines.ts';
import { parseLabelLine, type LabelField } from './labels.ts';
import { commonSurnameLength } from '../text/surnames.ts';

/**
 * Besides labelled values: 'looseDate', an unlabelled date on a metadata line;
 * 'looseAuthor', an unlabelled byline the page's layout marks as one.
 */
export type HitField = LabelField | 'looseDate' | 'looseAuthor';

export interface LabelHit {
  field: HitField;
  label: string;
  value: string;
  /** Blocks between the hit and the article region; 0 inside it. */
  distance: number;
  blockIndex: number;
}

/** Block indices of the article: from the headline (or body start) to the body end. */
export interface ArticleRegion {
  start: number;
  bodyStart: number;
  end: number;
}

/** Prose paragraphs are not label lines; long blocks are skipped without parsing. */
const MAX_LABEL_BLOCK_CHARS = 300;
/** A value in the next element is a short run of text ("来源：" then <a>搜狐政务</a>). */
const MAX_NEXT_BLOCK_VALUE = 40;
/** A date with no label counts only in the short lines between headline and body. */
const MAX_LOOSE_DATE_LINE = 60;

/** How far up a label line's ancestors are checked for sidebar/footer naming. */
const CHROME_ANCESTOR_DEPTH = 6;

/**
 * Outside the article, a label line inside a related-news list, a sidebar or
 * the footer ("作者：…" under each recommended headline) is about something else.
 */
function insideChrome(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node !== null && depth < CHROME_ANCESTOR_DEPTH; depth += 1, node = node.parentElement) {
    if (looksLikeChrome(node)) return true;
  }
  return false;
}

/**
 * After the body, a label line inside a list item that links elsewhere is the
 * credit of that linked story ("<li><a>另一篇</a> 来源：某报</li>" in a
 * related-news list whose class names say nothing).
 */
function inLinkedListItem(el: Element): boolean {
  const item = el.closest('li');
  return item !== null && item.querySelector('a[href]') !== null;
}

function distanceOf(index: number, region: ArticleRegion): number {
  if (index < region.start) return region.start - index;
  if (index > region.end) return index - region.end;
  return 0;
}

function valueFromNextBlock(blocks: readonly TextBlock[], index: number): string {
  const next = blocks[index + 1];
  if (next === undefined || next.chars > MAX_NEXT_BLOCK_VALUE) return '';
  const line = collapseWhitespace(next.text.split('\n')[0] ?? '');
  const labels = parseLabelLine(line);
  if (labels === null) return line;
  return labels.prefix;
}

/**
 * A cheap test before the full label grammar: the words every label line has
 * (a date counts, for unlabelled date lines, also as English-locale blog and
 * forum software prints it: "9/17/2004", "September 10th, 2005"). Most blocks
 * of a page fail it.
 */
const MAYBE_LABELLED =
  /来源|稿源|出处|作者|撰|记者|通讯员|编|发布|发稿|发表|发文|时间|日期|摄|文\s*[:：丨|｜︱/]|\d{4}\s*[-年./]|\d{1,2}\/\d{1,2}\/\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/iu;

const COPYRIGHT_LINE = /版权|转载请|请勿转载|copyright|©|未经.{0,10}授权/iu;

/**
 * How far from the article a label is still about it. The field extractors
 * never look further, so blocks beyond it are not parsed at all: a page with
 * thousands of comments, each with its own date line, costs no more than a
 * short one.
 */
export const MAX_HIT_DISTANCE = 40;

/** A lone name, as pages print it without a label: "王帆", "黄宇". */
const LONE_NAME = /^[\p{Script=Han}·]{2,4}$/u;

/**
 * Forum and bulletin-board posts name their poster in the post's own line:
 * "本贴由大卫于2005年8月12日16:12:21在〖…〗发表", "是大卫在2005年8月12日…发表".
 */
const FORUM_POSTED = /(?:由|是)\s*([^\s于在]{1,20}?)\s*(?:于|在)\s*(\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}[^发]{0,40}?)发表/u;

/**
 * "2004年7月16日08:19 [ 黄明 ] 来源：[ 某某报 ]": portal templates print the
 * writer in brackets between the date and the source label, with no label
 * (a name that starts with a common surname: "[ 组图 ]" is a tag).
 * (Private-use characters after it are icon-font glyphs, never text.)
 */
const BRACKETED_NAME_AFTER_DATE = /[\[［【]\s*([\p{Script=Han}·]{2,4})\s*[\]］】][\s\p{Co}]*$/u;

/** Blocks after the body within which an editor-of-record line still closes the article. */
const EDITOR_AFTER_BODY = 2;
const EDITOR_OF_RECORD_LINE = /^\s*[\[［【(（]?\s*(?:责任编辑|责编)\s*[\]］】)）:：]/u;

/**
 * "责任编辑：李某_NN1234" right after the body, in a box the template names
 * like chrome ("post-statement", "article-footer"): the editor of this
 * article, not of a sidebar story. Only its editor label is read.
 */
function editorOfRecordAfterBody(block: TextBlock, distance: number, region: ArticleRegion): boolean {
  return block.index > region.end && distance <= EDITOR_AFTER_BODY && block.chars <= 40 && EDITOR_OF_RECORD_LINE.test(block.text);
}

/** Hits the page's layout implies without a label of their own. */
function unlabelledHits(line: string, parsed: ReturnType<typeof parseLabelLine>, push: (field: HitField, label: string, value: string) => void): void {
  const forum = FORUM_POSTED.exec(line);
  if (forum !== null) {
    push('looseAuthor', '帖子发表者', forum[1] ?? '');
    push('publishDate', '帖子发表时间', forum[2] ?? '');
  }
  if (parsed === null) return;
  // "中青报·中青网记者 魏其濛 来源：中国青年报": a reporter line before the first label.
  if (parsed.prefix.length > 0 && REPORTER_LINE.test(parsed.prefix)) push('looseAuthor', '标签前的记者署名', parsed.prefix);
  const bracketed = BRACKETED_NAME_AFTER_DATE.exec(parsed.prefix);
  if (
    bracketed !== null && parsed.entries[0]?.field === 'source' && commonSurnameLength(bracketed[1] ?? '') > 0 &&
    parseDateInText(parsed.prefix.slice(0, bracketed.index)) !== null
  ) {
    push('looseAuthor', '日期后括号中的署名', bracketed[1] ?? '');
  }
  // "来源：中国新闻网      王帆": a lone name printed after the source, in the author's slot.
  for (const entry of parsed.entries) {
    if (entry.field === 'source' && LONE_NAME.test(entry.rest)) push('looseAuthor', '来源后的署名', entry.rest);
  }
}

/**
 * A line that dates the page without a label: a date, not a "today" widget,
 * and no sentence or other thing's time ("会议时间：2024年6月1日上午，会议地点：…"
 * opening the body is an event's).
 */
const PROSE_OR_EVENT = /[，。；]|\p{Script=Han}(?:时间|日期)[:：]/u;

function looseDateLine(text: string): boolean {
  return !isRenderDateWidget(text) && !PROSE_OR_EVENT.test(text) && parseDateInText(text) !== null;
}

/** A date line this many blocks above the headline still dates the article (blogs and e-papers print it there). */
const DATE_ABOVE_HEADLINE = 2;

export function collectLabelHits(blocks: readonly TextBlock[], region: ArticleRegion): LabelHit[] {
  const hits: LabelHit[] = [];
  const firstIndex = Math.max(0, region.start - MAX_HIT_DISTANCE);
  const lastIndex = Math.min(blocks.length - 1, region.end + MAX_HIT_DISTANCE);
  for (let i = firstIndex; i <= lastIndex; i += 1) {
    const block = blocks[i]!;
    if (block.chars > MAX_LABEL_BLOCK_CHARS || !MAYBE_LABELLED.test(block.text)) continue;
    const distance = distanceOf(block.index, region);
    // Only the editor of record is read from chrome right after the body.
    let onlyEditor = false;
    if (distance > 0 && insideChrome(block.owner)) {
      if (!editorOfRecordAfterBody(block, distance, region)) continue;
      onlyEditor = true;
    }
    if (block.index > region.end && inLinkedListItem(block.owner)) continue;
    let labelled = false;
    for (const rawLine of block.text.split('\n')) {
      const line = rawLine.replace(/[\s\u00A0\u3000]+$/u, '');
      if (line.trim().length === 0) continue;
      // Footer and copyright lines ("转载请注明来源：…", "版权所有…") are about the site.
      if (COPYRIGHT_LINE.test(line)) continue;
      const parsed = parseLabelLine(line);
      if (onlyEditor) {
        for (const entry of parsed?.entries ?? []) {
          if (entry.field === 'editor') hits.push({ field: 'editor', label: entry.label, value: entry.value, distance, blockIndex: block.index });
        }
        continue;
      }
      unlabelledHits(line, parsed, (field, label, value) => hits.push({ field, label, value, distance, blockIndex: block.index }));
      if (parsed === null) {
        // "2019年09月09日 18:13:22" on its own line of a block whose next line is "来源：新华网".
        const text = collapseWhitespace(line);
        if (text.length <= MAX_LOOSE_DATE_LINE && inHeader(block.index, region) && looseDateLine(text)) {
          hits.push({ field: 'looseDate', label: '', value: text, distance, blockIndex: block.index });
          labelled = true;
        }
        continue;
      }
      labelled = true;
      parsed.entries.forEach((entry, i) => {
        const last = i === parsed.entries.length - 1;
        const value = entry.value.length === 0 && last ? valueFromNextBlock(blocks, block.index) : entry.value;
        hits.push({ field: entry.field, label: entry.label, value, distance, blockIndex: block.index });
      });
      // "2019-09-09 16:19:28　来源: 华龙网", "来源：人民日报 | 2024年05月10日 08:02:11":
      // an unlabelled date beside the labels is the page date. A date inside a
      // value ("来源:《旗帜》 2021-04-23") belongs to that value and is not used.
      if (!isRenderDateWidget(line)) {
        for (const loose of [parsed.prefix, ...parsed.entries.map((e) => e.rest)]) {
          if (loose.length > 0 && loose.length <= MAX_LOOSE_DATE_LINE && parseDateInText(loose) !== null) {
            hits.push({ field: 'looseDate', label: '', value: loose, distance, blockIndex: block.index });
          }
        }
      }
    }
    // "2024-05-13 06:16", "新华网河北频道 ( 2012-06-04 09:20:26 )": an unlabelled
    // date line between the headline and the body.
    if (!labelled && block.chars <= MAX_LOOSE_DATE_LINE && inHeader(block.index, region)) {
      const text = collapseWhitespace(block.text);
      if (looseDateLine(text)) {
        hits.push({ field: 'looseDate', label: '', value: text, distance, blockIndex: block.index });
      }
    }
  }
  return hits;
}

/** From a little above the headline to the first line of the body: where a page prints its date line. */
function inHeader(index: number, region: ArticleRegion): boolean {
  return index >= region.start - DATE_ABOVE_HEADLINE && index <= region.bodyStart + 1;
}

/** Hits for one field, nearest the article first (document order among equals). */
export function nearestHits(hits: readonly LabelHit[], fields: readonly HitField[], maxDistance = MAX_HIT_DISTANCE): LabelHit[] {
  return hits
    .filter((h) => fields.includes(h.field) && h.distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance || a.blockIndex - b.blockIndex);
}
