// Quoted coinages: the genre marks its own short terms with quotation marks
// (“灯下黑”“两张皮”“牛鼻子”“我为群众办实事”, a series like
// “讲政治、守纪律、负责任、有效率”). The same marks also enclose reported speech
// (他指出：“……”) and ordinary words and names; those are told apart by shape:
// a coinage is short, all Han, has no sentence punctuation, and is not
// introduced as speech.
import { formulationKey } from './match-text.ts';
import type { Occurrence } from './occurrence.ts';

const QUOTED = /“([^“”]{1,60})”/g;
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** A single term: 2-12 Han characters. */
const MAX_TERM = 12;
/** A quoted series (items joined by 、): each item a short term. */
const MAX_SERIES_ITEM = 10;
/** Up to this many items a quoted series may vary in length (“讲政治、守纪律、负责任、有效率”). */
const MAX_SERIES_ITEMS = 8;
/**
 * Longer quoted series are the genre's long parallel sets (the ten 坚持 of a
 * resolution, the fourteen 坚持 of a basic strategy), kept only when every
 * item has the same length: a list of names in quotes seldom does.
 */
const MAX_BALANCED_SERIES_ITEMS = 16;

/** Verbs that introduce speech right before the opening quote (他说“……”, 表示“……”). */
const SPEECH_VERB_BEFORE = /(?:说|道|问|喊|称|表示|指出|强调|认为|坦言|感慨|直言|回忆|告诉记者|介绍)$/;
/** Short quotes with a personal pronoun are speech (“要我讲”“我要讲”), not terms. */
const SHORT_WITH_PRONOUN = /^(?=.*[我你您他她它咱俺]).{1,4}$/;
/** A prepositional or adverbial opening: a quoted phrase of speech (“给国际市场带来灾难”, “靠政府补贴”), not a term. */
const PHRASE_OPENING = /^(?:给|靠|把|被|对于|让|使|将|从|跟|就|也|还|都|又|才|但|而|是|不是|已经|正在)/;
/** Names of places, organisations and vehicles set in quotes (“雄安新区”, “复兴号”): names, not coinages. */
const NAME_ENDING = /(?:[省市县区镇乡村号]|新区|公司|集团|大学|学院|医院)$/;
/** Sentence-final particles: a quoted utterance, not a term (“好吗”, “来了”). */
const UTTERANCE_END = /[吗呢吧啊呀哦嘛啦了]$/;

/** Is the quoted content shaped like a term or a series of terms? */
export function isCoinageShaped(content: string): boolean {
  const items = content.split('、');
  if (items.length === 1) {
    return (
      HAN_ONLY.test(content) &&
      content.length >= 2 &&
      content.length <= MAX_TERM &&
      !UTTERANCE_END.test(content) &&
      !PHRASE_OPENING.test(content) &&
      !NAME_ENDING.test(content) &&
      !SHORT_WITH_PRONOUN.test(content)
    );
  }
  if (items.length > MAX_BALANCED_SERIES_ITEMS) return false;
  if (items.length > MAX_SERIES_ITEMS && items.some((item) => item.length !== items[0]!.length)) return false;
  return items.every((item) => HAN_ONLY.test(item) && item.length >= 2 && item.length <= MAX_SERIES_ITEM);
}

/** Reported speech opens right after these: 指出：“……”, 他说“……”. */
export function introducesSpeech(before: string): boolean {
  return before.endsWith('：') || SPEECH_VERB_BEFORE.test(before);
}

/**
 * The same, where the writer put a comma after the verb: 强调，“……”. Checked
 * for quoted sentences (clauses joined by ，), which are speech far more often
 * than a single quoted term after a comma is.
 */
export function introducesQuotedSentence(before: string): boolean {
  return introducesSpeech(before) || (before.endsWith('，') && introducesSpeech(before.slice(0, -1)));
}

/** Quoted coinages in one paragraph's matching text. */
export function findQuotedCoinages(matching: string, paragraph: number): Occurrence[] {
  const found: Occurrence[] = [];
  for (const match of matching.matchAll(QUOTED)) {
    const content = match[1]!;
    const open = match.index;
    if (!isCoinageShaped(content)) continue;
    const before = matching.slice(Math.max(0, open - 6), open);
    // Reported speech: 指出：“……”, 他说“……”.
    if (introducesSpeech(before)) continue;
    found.push({
      paragraph,
      start: open + 1,
      end: open + 1 + content.length,
      text: content,
      key: formulationKey(content),
      kind: 'quoted',
      fromLexicon: false,
      marked: true,
    });
  }
  return found;
}
