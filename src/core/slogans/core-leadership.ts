// The core-leadership formulas: 以习近平同志为核心的党中央, and the same
// frame for any leader and any of its objects (以毛泽东同志为核心的党的第一代
// 中央领导集体). The name slot is general; the frame's end (the central
// leadership) keeps it from 以科技创新为核心的… and other uses of 为核心.
import { formulationKey } from './match-text.ts';
import type { Occurrence } from './occurrence.ts';

const CORE_LEADERSHIP =
  /以\p{Script=Han}{2,4}(?:同志)?为核心的(?:党中央|中共中央|(?:党的)?(?:第[一二三四]代)?中央领导集体)/gu;

/** Core-leadership formulas in one paragraph's matching text. */
export function findCoreLeadership(matching: string, paragraph: number): Occurrence[] {
  if (!matching.includes('为核心的')) return [];
  return [...matching.matchAll(CORE_LEADERSHIP)].map((m) => ({
    paragraph,
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    key: formulationKey(m[0]),
    kind: 'core',
    fromLexicon: false,
    marked: false,
  }));
}
