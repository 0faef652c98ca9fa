// Measures the evidence of party-building discourse in an article body: the
// formulations found, party-organisation and theory-study vocabulary, leaders
// named in political activity, funeral formulae, the headline, and whether
// headline and lead report a party organ's or leader's activity.
import { LEXICON_CATEGORIES, type LexiconCategory } from '../slogans/lexicon/index.ts';
import { countHanChars } from '../text/normalize.ts';
import type { BodyParagraph, Slogan } from '../types.ts';
import { findActivityReport, type ActivityReport } from './activity-report.ts';
import {
  FUNERAL_TERMS,
  LEADER_ACTIVITY,
  PARTY_LEADERS,
  PARTY_ORGANISATION_TERMS,
  SECRETARY_TITLE,
  SECRETARY_TITLE_WEIGHT,
  THEORY_STUDY_TERMS,
  TITLE_SIGNAL,
} from './vocabulary.ts';

/**
 * How much one use of a formulation of each category says "party discourse".
 * Party-building categories are specific to it; development, governance and
 * livelihood formulations also fill ordinary government and economic news.
 */
const CATEGORY_WEIGHT: Readonly<Record<LexiconCategory, number>> = {
  政治建设: 1, 理论武装: 1, 全面从严治党: 1, 纪检监察: 1, 组织建设: 1, 作风建设: 1, 党史学习教育: 1,
  主题教育: 1, 精神谱系: 1, 生平评价: 1, 党的会议: 1, 意识形态: 0.7, 统一战线: 0.7, 国防军队: 0.7,
  奋斗目标: 0.6, 国家治理: 0.6, 发展理念: 0.5, 教育: 0.5, 民生: 0.4, 生态文明: 0.4, 外交: 0.4,
};
/** Pattern finds are the genre's shapes, weaker evidence than the lexicon. */
const PATTERN_WEIGHT: Readonly<Record<string, number>> = { numbered: 0.5, lead: 0.5, parallel: 0.3, quoted: 0.1 };
const KNOWN_CATEGORIES = new Set<string>(LEXICON_CATEGORIES);

export interface TermTally {
  /** Uses of any term of the list (weighted, where a term counts less than one use). */
  uses: number;
  /** The distinct terms used, most used first. */
  terms: string[];
}

export interface PartyBuildingEvidence {
  hanChars: number;
  /** Weighted uses of formulations (a use of a party-building formulation counts 1). */
  formulationUses: number;
  /** Weighted number of distinct formulations. */
  formulationVariety: number;
  /** Lexicon formulations found, in the slogan list's order (best first). */
  formulations: Slogan[];
  organisation: TermTally;
  theory: TermTally;
  /** Sentences of the body (of at least a few Han characters). */
  sentences: number;
  /** Sentences naming a party or state leader in political activity. */
  leaderSentences: number;
  leaders: string[];
  funeral: TermTally;
  titleSignal: string | null;
  /** What the headline and the lead report a party actor doing. */
  activityReport: ActivityReport;
}

function alternation(terms: readonly string[]): RegExp {
  // Longest first: the regex takes the first alternative that matches, so 党员干部 wins over 党员.
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.join('|'), 'g');
}

const ORGANISATION = alternation([...PARTY_ORGANISATION_TERMS, SECRETARY_TITLE]);
const THEORY = alternation(THEORY_STUDY_TERMS);
const LEADERS = alternation(PARTY_LEADERS);
const FUNERAL = alternation(FUNERAL_TERMS);
const SENTENCE = /[^。！？；!?;]+/g;
/** Shorter runs are captions, list items or fragments, not sentences. */
const MIN_SENTENCE = 6;

/** Uses of the terms of a list; `fractional` terms count as part of a use and not as a distinct term. */
function tallyTerms(text: string, pattern: RegExp, fractional: ReadonlyMap<string, number> = new Map()): TermTally {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(pattern)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  let uses = 0;
  for (const [term, n] of counts) uses += n * (fractional.get(term) ?? 1);
  const terms = [...counts.entries()]
    .filter(([term]) => !fractional.has(term))
    .sort((a, b) => b[1] - a[1])
    .map(([term]) => term);
  return { uses, terms };
}

const ORGANISATION_FRACTIONS = new Map([[SECRETARY_TITLE, SECRETARY_TITLE_WEIGHT]]);

function formulationWeight(slogan: Slogan): number {
  if (KNOWN_CATEGORIES.has(slogan.kind)) return CATEGORY_WEIGHT[slogan.kind as LexiconCategory];
  return PATTERN_WEIGHT[slogan.kind] ?? 0;
}

export function gatherEvidence(input: { title: string | null; paragraphs: BodyParagraph[]; slogans: Slogan[] }): PartyBuildingEvidence {
  const text = input.paragraphs.map((p) => p.text).join('\n');
  let formulationUses = 0;
  let formulationVariety = 0;
  for (const slogan of input.slogans) {
    const weight = formulationWeight(slogan);
    formulationUses += weight * slogan.count;
    formulationVariety += weight;
  }
  let sentences = 0;
  let leaderSentences = 0;
  const leaders = new Set<string>();
  for (const sentence of text.matchAll(SENTENCE)) {
    if (sentence[0].length >= MIN_SENTENCE) sentences += 1;
    const named = sentence[0].match(LEADERS);
    if (named === null || !LEADER_ACTIVITY.test(sentence[0])) continue;
    leaderSentences += 1;
    for (const name of named) leaders.add(name);
  }
  const titleMatch = input.title === null ? null : TITLE_SIGNAL.exec(input.title);
  return {
    hanChars: countHanChars(text),
    formulationUses,
    formulationVariety,
    formulations: input.slogans.filter((s) => KNOWN_CATEGORIES.has(s.kind)),
    organisation: tallyTerms(text, ORGANISATION, ORGANISATION_FRACTIONS),
    theory: tallyTerms(text, THEORY),
    sentences,
    leaderSentences,
    leaders: [...leaders],
    funeral: tallyTerms(text, FUNERAL),
    titleSignal: titleMatch === null ? null : titleMatch[0],
    activityReport: findActivityReport(input.title, text),
  };
}
