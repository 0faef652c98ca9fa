// The short lines between the headline and the body: where Chinese pages
// print who published the article and when, often without any label —
// "2024-05-09 22:30·新华社", "中国网 2019-11-25 10:37:31", "原创：某某网2024-04-23",
// an account name beside its 关注 button, "澎湃新闻记者 贺梨萍", "石佳/中国青年报".
import { collapseWhitespace } from '../text/normalize.ts';
import type { TextBlock } from '../body/text-blocks.ts';
import type { ArticleRegion } from './label-hits.ts';

/** A header is a handful of lines; past this many blocks the body has begun whatever the scorer said. */
const MAX_HEADER_BLOCKS = 10;
/** Header lines are short; a longer block is prose or a summary. */
export const MAX_HEADER_LINE = 60;

export interface HeaderLine {
  text: string;
  blockIndex: number;
  /** The line's block has link text: a menu item or a tag, not a signature. */
  linked: boolean;
}

/** The header's lines, in order (each block's lines, white space collapsed). */
export function headerLines(blocks: readonly TextBlock[], region: ArticleRegion): HeaderLine[] {
  const lines: HeaderLine[] = [];
  const last = Math.min(region.bodyStart - 1, region.start + MAX_HEADER_BLOCKS);
  for (let i = region.start + 1; i <= last; i += 1) {
    const block = blocks[i];
    if (block === undefined || block.chars > MAX_HEADER_LINE * 3) continue;
    for (const raw of block.text.split('\n')) {
      const text = collapseWhitespace(raw);
      if (text.length > 0 && text.length <= MAX_HEADER_LINE) lines.push({ text, blockIndex: i, linked: block.linkChars > 0 });
    }
  }
  return lines;
}

/** Media names end like this: 新华社, 人民日报, 华龙网, 央视新闻, 求是杂志, 某某客户端, 金羊网—新快报. */
export const MEDIA_NAME = /^[\p{Script=Han}·A-Za-z0-9—-]{2,18}(社|报|网|台|刊|杂志|新闻|客户端|日报|晚报|周刊|频道|传媒|发布)$/u;

/** "石佳/中国青年报": a writer's name and the outlet they write for, on one header line. */
export const NAME_SLASH_OUTLET = /^([\p{Script=Han}·]{2,4})\s*[/／]\s*(\S{2,20})$/u;
