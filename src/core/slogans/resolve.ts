// Turns the detectors' occurrences into one formulation per place in the
// text: the same words found by several detectors count once (the lexicon's
// category wins), and a fragment inside a longer formulation at the same
// place (新发展理念 inside 完整、准确、全面贯彻新发展理念) is part of the longer
// one there, not a separate use.
import type { Occurrence } from './occurrence.ts';

/** Which detector's reading of a span wins when several found the same words. */
const KIND_PRIORITY: Readonly<Record<string, number>> = { core: 6, maxim: 5, numbered: 4, parallel: 3, clauses: 3, lead: 2, quoted: 1 };

/**
 * Pattern finds that may merely wrap a lexicon formulation: a quoted span
 * (“坚持以人民为中心的发展思想”), a quoted numbered term with its head noun
 * (“三个务必”重要要求). They yield to the lexicon's entry, which carries the
 * category and the 释义.
 */
const WRAPPER_KINDS: ReadonlySet<string> = new Set(['quoted', 'numbered']);

function priority(occurrence: Occurrence): number {
  return occurrence.fromLexicon ? 10 : (KIND_PRIORITY[occurrence.kind] ?? 0);
}

function contains(outer: Occurrence, inner: Occurrence): boolean {
  return outer.paragraph === inner.paragraph && outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Occurrences that stand on their own: longest first, each kept unless it lies
 * inside one already kept. A wrapper (WRAPPER_KINDS) of a lexicon formulation
 * yields to that formulation.
 */
export function resolveOccurrences(occurrences: readonly Occurrence[]): Occurrence[] {
  const byParagraph = new Map<number, Occurrence[]>();
  for (const o of occurrences) {
    const list = byParagraph.get(o.paragraph);
    if (list) list.push(o);
    else byParagraph.set(o.paragraph, [o]);
  }
  const kept: Occurrence[] = [];
  for (const list of byParagraph.values()) kept.push(...resolveParagraph(list));
  return kept.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

function resolveParagraph(occurrences: readonly Occurrence[]): Occurrence[] {
  const lexicon = occurrences.filter((o) => o.fromLexicon);
  const candidates = occurrences.filter(
    (o) => !WRAPPER_KINDS.has(o.kind) || !lexicon.some((l) => contains(o, l) && l.end - l.start < o.end - o.start),
  );
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || priority(b) - priority(a));
  const kept: Occurrence[] = [];
  for (const candidate of candidates) {
    if (kept.some((k) => contains(k, candidate))) continue;
    kept.push(candidate);
  }
  return kept;
}
