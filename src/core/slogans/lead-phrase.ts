// The genre's lead phrases: a structured commentary opens each part with
// “[verb] X这条主线 / 这个主题 / 这个统领 / 这个重点 / 这个“牛鼻子”” and X is
// what the author names as the line, theme or lever of the argument. X is
// reported, without the leading adverb and verb (牢牢把握, 紧紧围绕, 坚持扭住).
// The same naming in its other common form: 以X为主线 / 为统领 / 为抓手 /
// 为牵引 (以作风建设为抓手, 以数字化改革为牵引).
import { formulationKey } from './match-text.ts';
import type { Occurrence } from './occurrence.ts';

/** The anchor: 这条主线, 这个“牛鼻子”… closing a clause. */
const LEAD_ANCHOR =
  /(?:这条|这个|这一)“?(?:主线|主题|统领|重点|牛鼻子|关键|根本|核心|抓手|着力点|突破口|落脚点|出发点|总纲|灵魂|前提|基础)”?(?=[，。；！？]|$)/g;
const QUOTED_ANCHOR = /“([^”]+)”/;
/** 以X为统领: X names the line or lever; 2-16 characters without punctuation. */
const YI_WEI = /以([^，。；：！？“”、]{2,16}?)为(?:主线|统领|抓手|总抓手|牵引|引领|根本遵循|突破口|着力点|切入点|落脚点|出发点)/g;
/** Where the clause holding the anchor begins. */
const CLAUSE_START = /[，。；：！？“”]/;
const MAX_CLAUSE = 40;

/** Adverbs and modal words that open a lead sentence. */
const LEADING_ADVERB = /^(?:要|必须|更加|进一步|牢牢|紧紧|始终|切实|坚持|着力|全面|持续|深入|扎实|牢固|坚定|聚力|集中)/;
/** The verb that takes X as object. */
const LEADING_VERB = /^(?:把握|围绕|突出|抓好|抓住|扭住|聚焦|坚持|落实|推进|用好|把准|抓牢|紧扣|锚定|瞄准|守住|牵住|扣住|抓实|抓紧|立足|贯穿|紧盯|盯住)/;
const MIN_OBJECT = 2;
const MAX_OBJECT = 20;

/** X of “…X这个Y”, or null when the clause does not open with the adverb/verb frame. */
export function leadObject(clause: string): string | null {
  let rest = clause;
  for (let strip = LEADING_ADVERB.exec(rest); strip; strip = LEADING_ADVERB.exec(rest)) rest = rest.slice(strip[0].length);
  const verb = LEADING_VERB.exec(rest);
  if (!verb) return null;
  const object = rest.slice(verb[0].length);
  return object.length >= MIN_OBJECT && object.length <= MAX_OBJECT ? object : null;
}

/** Lead-phrase objects in one paragraph's matching text. */
export function findLeadPhrases(matching: string, paragraph: number): Occurrence[] {
  const found: Occurrence[] = [];
  for (const m of matching.matchAll(YI_WEI)) {
    const object = m[1]!;
    const start = m.index + 1;
    found.push({ paragraph, start, end: start + object.length, text: object, key: formulationKey(object), kind: 'lead', fromLexicon: false, marked: false });
  }
  for (const anchor of matching.matchAll(LEAD_ANCHOR)) {
    let start = anchor.index;
    while (start > 0 && anchor.index - start < MAX_CLAUSE && !CLAUSE_START.test(matching[start - 1]!)) start -= 1;
    const object = leadObject(matching.slice(start, anchor.index));
    if (object === null) continue;
    const objectStart = anchor.index - object.length;
    found.push({ paragraph, start: objectStart, end: anchor.index, text: object, key: formulationKey(object), kind: 'lead', fromLexicon: false, marked: false });
    // A quoted anchor (这个“牛鼻子”) is the author's own coinage for the part's lever.
    const quoted = QUOTED_ANCHOR.exec(anchor[0]);
    if (quoted !== null) {
      const start = anchor.index + quoted.index + 1;
      const noun = quoted[1]!;
      found.push({ paragraph, start, end: start + noun.length, text: noun, key: formulationKey(noun), kind: 'lead', fromLexicon: false, marked: true });
    }
  }
  return found;
}
