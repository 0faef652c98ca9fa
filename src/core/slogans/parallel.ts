// Series of parallel short phrases joined by 、: the genre's rhetorical
// formulations (不敢腐、不能腐、不想腐; 思想淬炼、政治历练、实践锻炼、专业训练;
// 政治判断力、政治领悟力、政治执行力). Told apart from ordinary enumerations
// (北京、上海、广州; 教育部、科技部、财政部) by shape: at least three items of
// equal length that share a head or a tail, and a shared tail that is not
// just the suffix of an institution or place name.
import { formulationKey } from './match-text.ts';
import type { Occurrence } from './occurrence.ts';

/** Sentence and clause punctuation: a clause is the text between two of these. */
const CLAUSE_BREAKS = new Set([...'，。；：！？（）“”《》'].map((ch) => ch.charCodeAt(0)));
const ENUMERATION_COMMA = '、';

/**
 * The clauses of a text that hold an enumeration comma, with their start.
 * Found from each 、 outwards rather than by matching every clause of the
 * paragraph: most clauses hold none, and a match object per clause was a
 * visible share of the formulation search.
 */
function enumerationClauses(text: string): { clause: string; index: number }[] {
  const clauses: { clause: string; index: number }[] = [];
  let from = 0;
  for (let comma = text.indexOf(ENUMERATION_COMMA); comma !== -1; comma = text.indexOf(ENUMERATION_COMMA, from)) {
    let start = comma;
    while (start > 0 && !CLAUSE_BREAKS.has(text.charCodeAt(start - 1))) start -= 1;
    let end = comma + 1;
    while (end < text.length && !CLAUSE_BREAKS.has(text.charCodeAt(end))) end += 1;
    clauses.push({ clause: text.slice(start, end), index: start });
    from = end;
  }
  return clauses;
}
const HAN_ONLY = /^\p{Script=Han}+$/u;
const MIN_ITEMS = 3;
const MIN_ITEM_LENGTH = 3;
const MAX_ITEM_LENGTH = 8;
/** A series this long, of items this long, is parallel by its rhythm alone. */
const RHYTHMIC_ITEMS = 4;
const RHYTHMIC_ITEM_LENGTH = 4;

/** Suffixes of names and measure words: a series sharing only these is an enumeration of things. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([...'部省市县区镇乡村局委厅办处科院校所站队组班团国州岛山河湖路街号人者员长师生家年月日元件项名位种类场届次馆中心']);
/** What may follow the series' last item inside the same clause. */
const FOLLOWING_PARTICLE = /[的等和及与之]/;
/** Numerals and placeholders opening items: 第一、第二; 一年级、二年级; 张某、李某. */
const ENUMERATION_HEADS = /^[第一二三四五六七八九十百千零〇两]/;

export function commonPrefixLength(items: readonly string[]): number {
  const first = items[0]!;
  let n = 0;
  while (n < first.length && items.every((item) => item[n] === first[n])) n += 1;
  return n;
}

function commonSuffixLength(items: readonly string[]): number {
  const first = items[0]!;
  let n = 0;
  while (n < first.length && items.every((item) => item[item.length - 1 - n] === first[first.length - 1 - n])) n += 1;
  return n;
}

/** How many items share the most frequent character at one end, and that character. */
function sharedEnd(items: readonly string[], pick: (item: string) => string): { char: string; count: number } {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(pick(item), (counts.get(pick(item)) ?? 0) + 1);
  let best = { char: '', count: 0 };
  for (const [char, count] of counts) if (count > best.count) best = { char, count };
  return best;
}

/**
 * Do these items read as one parallel formulation rather than a list of
 * names? They share a head (不敢腐、不能腐、不想腐) or a tail (…建设、…建设),
 * where in a series of four or more one item may vary it; or they are four or
 * more phrases of four or more characters, the genre's four-beat rhythm even
 * without a shared character (思想淬炼、政治历练、实践锻炼、专业训练).
 */
export function isParallelSeries(items: readonly string[]): boolean {
  if (items.length < MIN_ITEMS) return false;
  if (new Set(items).size !== items.length) return false;
  if (items.some((item) => ENUMERATION_HEADS.test(item) || item.includes('某'))) return false;
  const needed = items.length >= 4 ? items.length - 1 : items.length;
  if (commonPrefixLength(items) > 0 || sharedEnd(items, (item) => item[0]!).count >= needed) return true;
  if (commonSuffixLength(items) > 1) return true;
  const tail = sharedEnd(items, (item) => item[item.length - 1]!);
  if (NAME_SUFFIXES.has(tail.char) && tail.count >= 2) return false;
  if (tail.count >= needed) return true;
  return items.length >= RHYTHMIC_ITEMS && items[0]!.length >= RHYTHMIC_ITEM_LENGTH;
}

/** Characters after which a phrase starts: 加强对党员干部的|思想淬炼. */
const PHRASE_BOUNDARY = /[的对在把将和与及到于是]/;

/**
 * The first item carries the clause's opening words (一体推进|不敢腐), so it
 * is cut to the others' length; the cut is trusted only where it agrees with
 * the rest: the same shared head or tail, or a particle right before it. A
 * series of unequal items cut this way (全面建设社会主义|现代化国家、全面深化改革…)
 * loses its first item instead.
 */
function firstItemFits(first: string, length: number, rest: readonly string[]): boolean {
  if (first.length === length) return true;
  const cut = first.slice(-length);
  if (cut.includes('的')) return false;
  if (commonPrefixLength(rest) > 0) return cut[0] === rest[0]![0];
  if (commonSuffixLength(rest) > 0) return cut.endsWith(rest[0]!.slice(-commonSuffixLength(rest)));
  return PHRASE_BOUNDARY.test(first[first.length - length - 1]!);
}

/** Parallel series in one paragraph's matching text. */
export function findParallelSeries(matching: string, paragraph: number): Occurrence[] {
  const found: Occurrence[] = [];
  // Most clauses hold no series: only those around a 、 are looked at.
  for (const clause of enumerationClauses(matching)) {
    const parts = clause.clause.split(ENUMERATION_COMMA);
    if (parts.length < MIN_ITEMS) continue;
    // Middle items fix the item length; the first and last items may carry
    // the clause's verb or a following phrase (一体推进不敢腐、…、不想腐的).
    const length = parts[1]!.length;
    if (length < MIN_ITEM_LENGTH || length > MAX_ITEM_LENGTH) continue;
    const middle = parts.slice(1, -1);
    if (!middle.every((item) => item.length === length && HAN_ONLY.test(item))) continue;
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    if (first.length < length || last.length < length) continue;
    // The last item runs on only into a particle (不想腐的体制机制); running on
    // into more words means its length differs (发展成果由人民共享).
    if (last.length > length && !FOLLOWING_PARTICLE.test(last[length]!)) continue;
    const rest = [...middle, last.slice(0, length)];
    const keepFirst = firstItemFits(first, length, rest);
    const items = keepFirst ? [first.slice(-length), ...rest] : rest;
    if (!items.every((item) => HAN_ONLY.test(item))) continue;
    if (!isParallelSeries(items)) continue;
    const text = items.join('、');
    const start = keepFirst ? clause.index + first.length - length : clause.index + first.length + 1;
    found.push({ paragraph, start, end: start + text.length, text, key: formulationKey(text), kind: 'parallel', fromLexicon: false, marked: false });
  }
  return found;
}
