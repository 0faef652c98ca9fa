// Counts resolved occurrences per formulation and orders them for the popup:
// established (lexicon) formulations before pattern finds, frequent before
// rare, longer before shorter; then keeps the list to a size a reader scans.
import type { Slogan } from '../types.ts';
import type { Occurrence } from './occurrence.ts';

/** How much a formulation of each origin is worth before counting uses. */
const KIND_WEIGHT: Readonly<Record<string, number>> = { numbered: 2.6, parallel: 2.3, lead: 2.2, quoted: 1.5 };
const LEXICON_WEIGHT = 3;
/** The popup shows this many at most: enough for a 36k-character report, short enough to scan. */
export const MAX_SLOGANS = 24;

interface Tally {
  text: string;
  key: string;
  kind: string;
  fromLexicon: boolean;
  count: number;
}

function weightOf(tally: Tally): number {
  const base = tally.fromLexicon ? LEXICON_WEIGHT : (KIND_WEIGHT[tally.kind] ?? 1);
  return base + 1.2 * Math.log2(1 + tally.count) + (0.5 * Math.min(tally.key.length, 12)) / 12;
}

function tally(occurrences: readonly Occurrence[]): Tally[] {
  const byKey = new Map<string, Tally>();
  for (const o of occurrences) {
    const entry = byKey.get(o.key);
    if (!entry) {
      byKey.set(o.key, { text: o.text, key: o.key, kind: o.kind, fromLexicon: o.fromLexicon, count: 1 });
      continue;
    }
    entry.count += 1;
    if (o.fromLexicon && !entry.fromLexicon) Object.assign(entry, { text: o.text, kind: o.kind, fromLexicon: true });
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

export function rankSlogans(occurrences: readonly Occurrence[]): Slogan[] {
  return mergeFragments(tally(occurrences))
    .map((t) => ({ t, weight: weightOf(t) }))
    .sort((a, b) => b.weight - a.weight || b.t.key.length - a.t.key.length)
    .slice(0, MAX_SLOGANS)
    .map(({ t }) => ({ text: t.text, count: t.count, kind: t.kind }));
}
