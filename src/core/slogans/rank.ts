// Counts resolved occurrences per formulation and orders them for the popup:
// by origin (the author's quoted emphasis, the era's signature formulations,
// other established ones, the genre's shapes, everyday vocabulary), by uses,
// and by specificity; then keeps the list to a size a reader scans.
import type { Slogan } from '../types.ts';
import type { Occurrence } from './occurrence.ts';

/**
 * How much a formulation of each origin is worth before counting uses. What
 * the author set in quotation marks (a quoted coinage, a numbered term, a
 * lexicon formulation written “两个维护”) is the author's own emphasis and
 * ranks first; then established formulations; then the genre's unquoted
 * shapes (parallel series, lead phrases); everyday vocabulary last.
 */
const KIND_WEIGHT: Readonly<Record<string, number>> = { core: 3.6, numbered: 3.6, parallel: 3.4, clauses: 3.4, maxim: 3.4, lead: 3, quoted: 2.2 };
const LEXICON_WEIGHT = 3.6;
const COMMON_TERM_WEIGHT = 2.4;
const SIGNATURE_WEIGHT = 4.4;
/** Set in quotation marks by the author (quoted coinages and numbered terms always are). */
const MARKED_BONUS = 1.2;
/** The popup shows this many at most: room for a 36k-character report, short enough to scan. */
export const MAX_SLOGANS = 30;

interface Tally {
  text: string;
  key: string;
  kind: string;
  fromLexicon: boolean;
  tier: 'signature' | 'common' | undefined;
  marked: boolean;
  count: number;
}

const TIER_WEIGHT = { signature: SIGNATURE_WEIGHT, common: COMMON_TERM_WEIGHT } as const;

function weightOf(tally: Tally): number {
  const base = tally.fromLexicon
    ? tally.tier
      ? TIER_WEIGHT[tally.tier]
      : LEXICON_WEIGHT
    : (KIND_WEIGHT[tally.kind] ?? 1);
  // A longer lexicon formulation is more specific: 百年未有之大变局 says more
  // than 新征程. (Pattern finds are long by their shape, not by being specific.)
  const specificity = tally.fromLexicon ? 0.1 * Math.max(0, Math.min(tally.key.length, 14) - 4) : 0;
  return base + (tally.marked ? MARKED_BONUS : 0) + 1.2 * Math.log2(1 + tally.count) + specificity;
}

function tally(occurrences: readonly Occurrence[]): Tally[] {
  const byKey = new Map<string, Tally>();
  for (const o of occurrences) {
    const entry = byKey.get(o.key);
    if (!entry) {
      byKey.set(o.key, {
        text: o.text,
        key: o.key,
        kind: o.kind,
        fromLexicon: o.fromLexicon,
        tier: o.tier,
        marked: o.marked,
        count: 1,
      });
      continue;
    }
    entry.count += 1;
    entry.marked ||= o.marked;
    if (o.fromLexicon && !entry.fromLexicon) Object.assign(entry, { text: o.text, kind: o.kind, fromLexicon: true, tier: o.tier });
  }
  return [...byKey.values()];
}

/**
 * A pattern find whose words are part of a longer formulation found elsewhere
 * in the body (a quoted “不敢腐” next to the series 不敢腐、不能腐、不想腐) is
 * the same idea: its uses are added to the longer one. Lexicon entries stand
 * on their own: they are established formulations in their own right.
 */
function mergeFragments(tallies: Tally[]): Tally[] {
  const byLength = [...tallies].sort((a, b) => b.key.length - a.key.length);
  const merged: Tally[] = [];
  for (const t of byLength) {
    const container = t.fromLexicon ? undefined : merged.find((m) => m.key.length > t.key.length && m.key.includes(t.key));
    if (container) container.count += t.count;
    else merged.push(t);
  }
  return merged;
}

/** Distinct established formulations a body needs before its one-off quoted words count as coinages. */
const GENRE_FORMULATIONS = 2;

/**
 * Quotation marks mark the genre's coinages (“灯下黑”“两张皮”) in a body that
 * speaks the genre, and ordinary words (“无限期”, “纸条”) in a social or
 * international story. A quoted word used once is kept only when the body
 * also uses established formulations; a repeated one always is (the story's
 * own key term, “中国新能源产能过剩论”).
 */
/**
 * Sets of clauses joined by commas and maxims are shapes of ordinary prose,
 * verse and sayings too (颜值一流，身材一流; 雁过留声，人过留名): outside a
 * body that speaks the genre they are not kept at all.
 */
const GENRE_ONLY_KINDS: ReadonlySet<string> = new Set(['clauses', 'maxim']);

function withoutStrayQuotes(tallies: Tally[]): Tally[] {
  const established = tallies.filter((t) => t.fromLexicon && t.tier !== 'common').length;
  if (established >= GENRE_FORMULATIONS) return tallies;
  return tallies.filter((t) => t.fromLexicon || (!GENRE_ONLY_KINDS.has(t.kind) && (t.kind !== 'quoted' || t.count > 1)));
}

export function rankSlogans(occurrences: readonly Occurrence[], limit = MAX_SLOGANS): Slogan[] {
  return mergeFragments(withoutStrayQuotes(tally(occurrences)))
    .map((t) => ({ t, weight: weightOf(t) }))
    .sort((a, b) => b.weight - a.weight || b.t.key.length - a.t.key.length)
    .slice(0, limit)
    .map(({ t }) => ({ text: t.text, count: t.count, kind: t.kind }));
}
