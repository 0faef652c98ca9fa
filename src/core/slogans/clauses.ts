// Parallel sets whose parts are joined by ， or ； rather than 、: the genre's
// balanced clauses (人民有信仰，国家有力量，民族有希望; 旗帜决定方向，方向决定道路，
// 道路决定命运; “聚精会神搞建设，一心一意谋发展”). Commas also join every
// ordinary sentence, so a set is told apart by strict shape only:
// - clauses of one length, 4-8 Han characters each, no particles, pronouns,
//   connectives or ordinals, not a list of places;
// - unquoted, three or more clauses repeating a frame: the same character at
//   the same place past their shared opening (…有…, …决定…, …是…); a shared
//   opening alone (推动…，推动…，推动…) is a list of tasks, unless the set runs
//   to five or more clauses, the rhythm of the long sets (坚持…×10);
// - in quotation marks, not introduced as speech, two to four clauses, which
//   for a pair must be of five or more characters (the four-by-four pairs in
//   quotes are idioms and classical sayings: “取之有度，用之有节”).
// rank.ts keeps them only in a body that speaks the genre.
import { formulationKey } from './match-text.ts';
import type { Occurrence } from './occurrence.ts';
import { commonPrefixLength, NAME_SUFFIXES } from './parallel.ts';
import { introducesQuotedSentence } from './quoted.ts';

/** What ends a sentence or sets a part of it off: a set of clauses never crosses these. */
const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((ch) => ch.charCodeAt(0)));
const SENTENCE_BREAKS = codes('。！？：“”（）《》…—');
const CLAUSE_JOINERS = codes('，；');
const OPENING_QUOTE = '“'.charCodeAt(0);
const CLAUSE_JOINER = /[，；]/;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const MIN_CLAUSE = 4;
const MAX_CLAUSE = 8;
const MIN_UNQUOTED_CLAUSES = 3;
/** The shortest stretch that holds three clauses of four characters and their two joiners. */
const MIN_STRETCH = MIN_UNQUOTED_CLAUSES * MIN_CLAUSE + 2;
/** A set this long is parallel by its rhythm with a shared opening alone. */
const RHYTHMIC_CLAUSES = 5;
const MAX_QUOTED_CLAUSES = 4;
const MIN_QUOTED_PAIR_CLAUSE = 5;

/** Particles, pronouns and demonstratives: the words of prose and speech, not of a formulation's clause (自我 is no pronoun). */
const PROSE_WORDS = /[了吗呢吧啊呀嘛你您他她它咱这那]|(?<!自)我/;
/** 的 marks prose in a short set; the long sets use it in their clauses (坚持党的领导). */
const POSSESSIVE = '的';
/** Connectives and ordinals opening a clause: an argument or a list, not a parallel set. */
const PROSE_OPENING =
  /^(?:既|也|又|而|但|并|且|所以|因为|因此|如果|虽然|尽管|比如|例如|不仅|而且|只有|只要|就|还|都|才|却|[一二三四五六七八九十]是|第|首先|其次|再次|最后|同时|另外|此外|其中|其一|其二)/;
/** Boundaries of a place: 东至…，西至…，南抵…. */
const PLACE_BOUNDARY = /^[东西南北]{1,2}[至到接抵跨邻临]/;

function clauseFits(clause: string, long: boolean): boolean {
  return (
    (long || !clause.includes(POSSESSIVE)) &&
    clause.length >= MIN_CLAUSE &&
    clause.length <= MAX_CLAUSE &&
    HAN_ONLY.test(clause) &&
    !PROSE_WORDS.test(clause) &&
    !PROSE_OPENING.test(clause) &&
    !PLACE_BOUNDARY.test(clause)
  );
}

/** Clauses of one length, each shaped like a formulation's part, not ending like a list of names. */
function balancedClauses(clauses: readonly string[]): boolean {
  const length = clauses[0]!.length;
  const long = clauses.length >= RHYTHMIC_CLAUSES;
  if (!clauses.every((c) => c.length === length && clauseFits(c, long))) return false;
  if (new Set(clauses).size !== clauses.length) return false;
  return clauses.filter((c) => NAME_SUFFIXES.has(c[c.length - 1]!)).length < 2;
}

/** Does the same character stand at one place of every clause, past their shared opening? */
function repeatsFrame(clauses: readonly string[]): boolean {
  const first = clauses[0]!;
  for (let at = commonPrefixLength(clauses); at < first.length; at += 1) {
    if (clauses.every((c) => c[at] === first[at])) return true;
  }
  return false;
}

function isUnquotedSet(clauses: readonly string[]): boolean {
  if (clauses.length < MIN_UNQUOTED_CLAUSES || !balancedClauses(clauses)) return false;
  return repeatsFrame(clauses) || (clauses.length >= RHYTHMIC_CLAUSES && commonPrefixLength(clauses) > 0);
}

function isQuotedSet(clauses: readonly string[]): boolean {
  if (clauses.length < 2 || clauses.length > MAX_QUOTED_CLAUSES || !balancedClauses(clauses)) return false;
  return clauses.length > 2 || clauses[0]!.length >= MIN_QUOTED_PAIR_CLAUSE;
}

function occurrence(matching: string, paragraph: number, start: number, end: number, marked: boolean): Occurrence {
  const text = matching.slice(start, end);
  return { paragraph, start, end, text, key: formulationKey(text), kind: 'clauses', fromLexicon: false, marked };
}

/**
 * The set inside a run of clauses of one length: the whole run, or the run
 * without its first or last clause, which may be the sentence's own words of
 * the same length (习近平指出，人民有信仰，国家有力量，民族有希望).
 */
function setWithin<T extends { text: string }>(run: readonly T[]): readonly T[] | null {
  for (const candidate of [run, run.slice(1), run.slice(0, -1), run.slice(1, -1)]) {
    if (isUnquotedSet(candidate.map((c) => c.text))) return candidate;
  }
  return null;
}

/** Runs of clauses of one length inside one unquoted stretch of a sentence. */
function unquotedSets(matching: string, paragraph: number, from: number, to: number): Occurrence[] {
  const found: Occurrence[] = [];
  // Clause bounds first, texts only for a run that may hold a set: most runs
  // are one clause, or clauses too long or too short.
  const starts: number[] = [];
  const ends: number[] = [];
  let start = from;
  for (let i = from; i <= to; i += 1) {
    if (i < to && !CLAUSE_JOINERS.has(matching.charCodeAt(i))) continue;
    starts.push(start);
    ends.push(i);
    start = i + 1;
  }
  if (starts.length < MIN_UNQUOTED_CLAUSES) return found;
  for (let i = 0; i < starts.length; ) {
    const length = ends[i]! - starts[i]!;
    let j = i + 1;
    while (j < starts.length && ends[j]! - starts[j]! === length) j += 1;
    if (j - i >= MIN_UNQUOTED_CLAUSES && length >= MIN_CLAUSE && length <= MAX_CLAUSE) {
      const run = starts.slice(i, j).map((s) => ({ text: matching.slice(s, s + length), start: s }));
      const set = setWithin(run);
      if (set !== null) {
        const last = set[set.length - 1]!;
        found.push(occurrence(matching, paragraph, set[0]!.start, last.start + length, false));
      }
    }
    i = j;
  }
  return found;
}

/** Parallel sets of clauses in one paragraph's matching text. */
export function findClauseSets(matching: string, paragraph: number): Occurrence[] {
  // Most paragraphs hold no run of short clauses: a cheap look before splitting.
  if (!CLAUSE_JOINER.test(matching)) return [];
  const found: Occurrence[] = [];
  let from = 0;
  for (let i = 0; i <= matching.length; i += 1) {
    const code = matching.charCodeAt(i);
    if (i < matching.length && !SENTENCE_BREAKS.has(code)) continue;
    if (i - from >= MIN_STRETCH) found.push(...unquotedSets(matching, paragraph, from, i));
    if (code === OPENING_QUOTE) {
      const close = matching.indexOf('”', i + 1);
      if (close !== -1) {
        const content = matching.slice(i + 1, close);
        const before = matching.slice(Math.max(0, i - 8), i);
        if (CLAUSE_JOINER.test(content) && !introducesQuotedSentence(before) && isQuotedSet(content.split(CLAUSE_JOINER))) {
          found.push(occurrence(matching, paragraph, i + 1, close, true));
        }
      }
    }
    from = i + 1;
  }
  return found;
}
