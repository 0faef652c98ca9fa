// Numbered formulations: a Chinese numeral + 个 + a short term (“两个维护”,
// “三个表率”, “五个必由之路”, “十四个坚持”). Texts introduce them in quotes;
// the same words unquoted are measure phrases far more often (三个月,
// 两个小时, 一个人, 五个方面), so a numbered term is recognised in quotes, and
// its unquoted repetitions are counted only once the body has quoted it.
import { formulationKey } from './match-text.ts';
import type { Occurrence } from './occurrence.ts';

/** “两个维护”, “十四个坚持”: the whole quote is the numeral, 个 and a 2-8 character term. */
const QUOTED_NUMBERED = /“((?:[二两三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)个\p{Script=Han}{2,8})”/gu;

/** Nouns after 个 that make a measure phrase, not a formulation. */
const MEASURE_HEADS = /^(?:月|小时|星期|礼拜|工作日|百分点|人|方面|问题|部分|阶段|环节|单位|部门|地方|国家|城市|项目|孩子|学生|村|县|区|乡镇|镇)/;

/**
 * Head nouns a quoted numbered formulation names (“四个全面”战略布局,
 * “五位一体”总体布局, “三个务必”重要要求): the quote and its head are one
 * formulation. Nouns that are also verbs (要求, 部署) stand here only in
 * compounds, so “三个务必”要求我们 is not read as one.
 */
const HEAD_NOUN =
  /^(?:战略布局|总体布局|工作布局|工作要求|重要要求|基本要求|总要求|重要论述|重要思想|重要指示|重要理念|奋斗目标|战略目标|战略任务|战略思想|重大原则|基本原则|工作机制|工作格局|专题教育|主题教育|学习教育|实践活动|重要标准|好干部标准|政治要求)/;
/** “N个X” or a quoted term led by a numeral (“五位一体”, “三严三实”), followed by a head noun. */
const QUOTED_NUMERAL_LED = /“([一二两三四五六七八九十]\p{Script=Han}{1,9})”/gu;

/** The quoted numbered formulations of a paragraph named with their head noun. */
function withHeadNouns(matching: string, paragraph: number): Occurrence[] {
  const found: Occurrence[] = [];
  for (const match of matching.matchAll(QUOTED_NUMERAL_LED)) {
    const after = match.index + match[0].length;
    const head = HEAD_NOUN.exec(matching.slice(after, after + 6));
    if (head === null) continue;
    const text = match[0] + head[0];
    found.push({ paragraph, start: match.index, end: after + head[0].length, text, key: formulationKey(text), kind: 'numbered', fromLexicon: false, marked: true });
  }
  return found;
}

function termOf(numbered: string): string {
  return numbered.slice(numbered.indexOf('个') + 1);
}

/** Numbered formulations in the body: quoted ones, then their unquoted repetitions. */
export function findNumberedFormulations(paragraphs: readonly string[]): Occurrence[] {
  const found: Occurrence[] = [];
  const quotedTexts = new Set<string>();
  paragraphs.forEach((matching, paragraph) => {
    if (matching.includes('”')) found.push(...withHeadNouns(matching, paragraph));
    for (const match of matching.matchAll(QUOTED_NUMBERED)) {
      const text = match[1]!;
      if (MEASURE_HEADS.test(termOf(text))) continue;
      quotedTexts.add(text);
      const start = match.index + 1;
      found.push({ paragraph, start, end: start + text.length, text, key: formulationKey(text), kind: 'numbered', fromLexicon: false, marked: true });
    }
  });
  if (quotedTexts.size === 0) return found;
  paragraphs.forEach((matching, paragraph) => {
    for (const text of quotedTexts) {
      for (let at = matching.indexOf(text); at !== -1; at = matching.indexOf(text, at + text.length)) {
        const quoted = matching[at - 1] === '“' && matching[at + text.length] === '”';
        if (!quoted) found.push({ paragraph, start: at, end: at + text.length, text, key: formulationKey(text), kind: 'numbered', fromLexicon: false, marked: true });
      }
    }
  });
  return found;
}
