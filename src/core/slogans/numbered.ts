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

function termOf(numbered: string): string {
  return numbered.slice(numbered.indexOf('个') + 1);
}

/** Numbered formulations in the body: quoted ones, then their unquoted repetitions. */
export function findNumberedFormulations(paragraphs: readonly string[]): Occurrence[] {
  const found: Occurrence[] = [];
  const quotedTexts = new Set<string>();
  paragraphs.forEach((matching, paragraph) => {
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
