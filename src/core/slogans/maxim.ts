// Maxims the leaders' speeches coin, in their two recurring frames:
// - three or more clauses “A是B人” in a row (时代是出卷人，我们是答卷人，人民是阅卷人);
//   the frame itself is the guard, so a pronoun is allowed in it;
// - “X就是Y”: in quotation marks as the whole quote and not introduced as
//   speech (“绿水青山就是金山银山”), or unquoted as a chiasm that turns the
//   pair round (江山就是人民，人民就是江山). An unquoted single X就是Y is prose
//   (这就是…, 关键就是…) and is left alone.
// rank.ts keeps them only in a body that speaks the genre.
import { formulationKey } from './match-text.ts';
import type { Occurrence } from './occurrence.ts';
import { introducesQuotedSentence } from './quoted.ts';

/**
 * A run of “A是B人” clauses: a subject of 2-4 characters and a role of 3-4
 * (出卷人, 答卷人); a one-character role is a plain description (他是好人).
 */
const ROLE_CLAUSES = /(?:\p{Script=Han}{2,4}是\p{Script=Han}{2,3}人[，；]){2,}\p{Script=Han}{2,4}是\p{Script=Han}{2,3}人(?![\p{Script=Han}])/gu;
/** X就是Y，Y就是X. */
const CHIASM = /(\p{Script=Han}{2,6})就是(\p{Script=Han}{2,6})[，；、]\2就是\1(?![\p{Script=Han}])/gu;
/** “X就是Y” as a whole quote. */
const QUOTED_IS = /“(\p{Script=Han}{2,6})就是(\p{Script=Han}{2,6})”/gu;
/** Particles, pronouns and demonstratives: a quoted sentence of speech, not a maxim. */
const PROSE_WORDS = /[的了吗呢吧啊呀嘛我你您他她它咱这那其]/;
const MAX_SIDE_DIFFERENCE = 2;

function occurrence(paragraph: number, start: number, text: string, marked: boolean): Occurrence {
  return { paragraph, start, end: start + text.length, text, key: formulationKey(text), kind: 'maxim', fromLexicon: false, marked };
}

/** Do the clauses of a role run start where a clause starts (not inside a longer one)? */
function startsClause(matching: string, at: number): boolean {
  return at === 0 || !/\p{Script=Han}/u.test(matching[at - 1]!);
}

/** Leader maxims in one paragraph's matching text. */
export function findMaxims(matching: string, paragraph: number): Occurrence[] {
  const found: Occurrence[] = [];
  // A role run has a clause ending 人 before a joiner: most paragraphs have none.
  if (matching.includes('人，') || matching.includes('人；')) {
    for (const m of matching.matchAll(ROLE_CLAUSES)) {
      if (startsClause(matching, m.index)) found.push(occurrence(paragraph, m.index, m[0], false));
    }
  }
  if (!matching.includes('就是')) return found;
  for (const m of matching.matchAll(CHIASM)) {
    if (startsClause(matching, m.index) && !PROSE_WORDS.test(m[0])) found.push(occurrence(paragraph, m.index, m[0], false));
  }
  for (const m of matching.matchAll(QUOTED_IS)) {
    const [, subject, predicate] = m;
    if (PROSE_WORDS.test(m[0]) || Math.abs(subject!.length - predicate!.length) > MAX_SIDE_DIFFERENCE) continue;
    if (introducesQuotedSentence(matching.slice(Math.max(0, m.index - 8), m.index))) continue;
    found.push(occurrence(paragraph, m.index + 1, m[0].slice(1, -1), true));
  }
  return found;
}
