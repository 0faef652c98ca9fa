// The first lines of the body, where reposted essays, forum copies and old
// portals put what a modern template would print in labelled slots: the
// writer's name alone on a line ("周明远"), and a dateline naming the outlet
// ("【某某网2005年07月03日报道】"). Often the headline is repeated first.
import { collapseWhitespace, stripWhitespace } from '../text/normalize.ts';
import { commonSurnameLength } from '../text/surnames.ts';
import type { TextBlock } from '../body/text-blocks.ts';
import type { HeaderLine } from './header-lines.ts';
import type { ArticleRegion } from './label-hits.ts';

/** Lines of the body read for these: the name or dateline stands within the first few. */
const OPENING_LINES = 4;
/** Blocks from the body start looked through for those lines (empty spacer blocks included). */
const OPENING_BLOCKS = 6;

/** A headline is one short line; a longer first block of the region is already body. */
const MAX_HEADLINE_CHARS = 80;

/**
 * The body's first non-empty lines, the headline skipped wherever it shows
 * (the region may start at the headline itself, and bodies often repeat it).
 */
export function bodyOpeningLines(blocks: readonly TextBlock[], region: ArticleRegion): HeaderLine[] {
  const first = blocks[region.start];
  const headline = first !== undefined && first.chars <= MAX_HEADLINE_CHARS ? stripWhitespace(first.text) : '';
  const lines: HeaderLine[] = [];
  const last = Math.min(region.end, region.bodyStart + OPENING_BLOCKS - 1);
  for (let i = region.bodyStart; i <= last && lines.length < OPENING_LINES; i += 1) {
    const block = blocks[i];
    if (block === undefined) continue;
    for (const raw of block.text.split('\n')) {
      const text = collapseWhitespace(raw);
      if (text.length === 0 || (headline.length > 0 && stripWhitespace(text) === headline)) continue;
      lines.push({ text, blockIndex: i, linked: block.linkChars > 0 });
      if (lines.length >= OPENING_LINES) break;
    }
  }
  return lines;
}

/**
 * A name and nothing else: two or three Han characters, four with a compound
 * surname (a four-character line is far more often an idiom or a section:
 * "高歌猛进").
 */
const LONE_NAME = /^\p{Script=Han}{2,4}$/u;
/**
 * Words that stand alone at the top of a body without being anyone's name:
 * section heads and editorial notes. A name that also passes for a common
 * surname ("全文", "高清", "文摘") is caught here.
 */
const NOT_A_NAME =
  /^(?:全文|正文|摘要|提要|内容提要|导读|导语|引言|前言|序言|题记|编者按|按语|附件|附录|简介|概述|背景|目录|文摘|高清|视频|图片|组图|图集|专题|声明|公告|通知|说明|评论|快讯|简讯|独家|原创|转载|来源|作者|记者|编辑|方法|方案|时评|时政|文件|史话|成果|成就|解读|解析|安全|金句|要闻|党建|党课|党史|学习|学史|廉政|明理|和谐|经验|秦汉|宋词|唐诗|元曲|明清)$/u;
/** Place names alone on a line open a dateline, not a signature: "广州市", "浙江省". */
const PLACE_WORD = /(?:省|市|县|区|镇|村|乡|州|国|京|沪)$/u;

/**
 * The writer's name printed alone on one of the body's first lines (under the
 * headline or its repeat), as reposted essays and forum copies sign them. Only
 * a line that is a name and nothing else, whose first character is a common
 * surname: a short section head ("前言") or place ("上海") is not taken.
 */
export function loneNameAtBodyStart(lines: readonly HeaderLine[]): HeaderLine | null {
  // The name comes first or second (after a subtitle or the repeated headline), never after prose.
  for (const line of lines.slice(0, 2)) {
    const text = line.text;
    if (line.linked || !LONE_NAME.test(text) || NOT_A_NAME.test(text) || PLACE_WORD.test(text)) continue;
    const surname = commonSurnameLength(text);
    if (surname > 0 && text.length - surname >= 1 && text.length - surname <= 2) return line;
  }
  return null;
}

/**
 * A dateline that opens the body with the outlet's name and a full date:
 * "【某某网2005年07月03日报道】", "[某某报 2024年5月20日讯]". The outlet is
 * what the reader would cite; "本报讯" names nobody.
 */
const DATELINE_OUTLET =
  /^[【\[［]\s*([^\s\d【】\[\]［］（）()]{2,16}?)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯|报道|消息)\s*[】\]］]/u;

export function outletInOpeningDateline(lines: readonly HeaderLine[]): { value: string; line: HeaderLine } | null {
  for (const line of lines) {
    const m = DATELINE_OUTLET.exec(line.text);
    if (m !== null && !(m[1] ?? '').startsWith('本')) return { value: m[1] ?? '', line };
  }
  return null;
}
