// Series of parallel short phrases joined by 、: the genre's rhetorical
// formulations (不敢腐、不能腐、不想腐; 思想淬炼、政治历练、实践锻炼、专业训练;
// 政治判断力、政治领悟力、政治执行力). Told apart from ordinary enumerations
// (北京、上海、广州; 教育部、科技部、财政部) by shape: at least three items of
// equal length that share a head or a tail, and a shared tail that is not
// just the suffix of an institution or place name.
import { formulationKey } from './match-text.ts';
import type { Occurrence } from './occurrence.ts';

/** A clause: the text between sentence or clause punctuation. */
const CLAUSE = /[^，。；：！？（）“”《》]+/g;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const MIN_ITEMS = 3;
const MIN_ITEM_LENGTH = 3;
const MAX_ITEM_LENGTH = 8;

/** Suffixes of names and measure words: a series sharing only these is an enumeration of things. */
const NAME_SUFFIXES = new Set([...'部省市县区镇乡村局委厅办处科院校所站队组班团国州岛山河湖路街号人者员长师生家年月日元件项名位种类场届次馆中心']);
/** What may follow the series' last item inside the same clause. */
const FOLLOWING_PARTICLE = /[的等和及与之]/;
/** Numerals and placeholders opening items: 第一、第二; 一年级、二年级; 张某、李某. */
const ENUMERATION_HEADS = /^[第一二三四五六七八九十百千零〇两]/;

function commonPrefixLength(items: readonly string[]): number {
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

/** Do these items read as one parallel formulation rather than a list of names? */
export function isParallelSeries(items: readonly string[]): boolean {
  if (items.length < MIN_ITEMS) return false;
  if (new Set(items).size !== items.length) return false;
  if (items.some((item) => ENUMERATION_HEADS.test(item) || item.includes('某'))) return false;
  const head = commonPrefixLength(items);
  const tail = commonSuffixLength(items);
  if (head > 0) return true;
  if (tail === 0) return false;
  const tailChar = items[0]!.slice(-1);
  return tail > 1 || !NAME_SUFFIXES.has(tailChar);
}

/** Parallel series in one paragraph's matching text. */
export function findParallelSeries(matching: string, paragraph: number): Occurrence[] {
  const found: Occurrence[] = [];
  for (const clause of matching.matchAll(CLAUSE)) {
    const parts = clause[0].split('、');
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
    const items = [first.slice(-length), ...middle, last.slice(0, length)];
    if (!items.every((item) => HAN_ONLY.test(item))) continue;
    if (!isParallelSeries(items)) continue;
    const text = items.join('、');
    const start = clause.index + first.length - length;
    found.push({ paragraph, start, end: start + text.length, text, key: formulationKey(text), kind: 'parallel', fromLexicon: false, marked: false });
  }
  return found;
}
