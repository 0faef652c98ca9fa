// One place in the body where a detector saw a formulation. Spans are in the
// paragraph's matching text (see match-text.ts), so spans from different
// detectors can be compared: the same words found by the lexicon and by a
// pattern, or a fragment inside a longer formulation.

export type PatternKind = 'numbered' | 'parallel' | 'clauses' | 'quoted' | 'lead' | 'core' | 'maxim';

export interface Occurrence {
  paragraph: number;
  start: number;
  end: number;
  /** Display text: the lexicon's canonical text, or the words as the body writes them. */
  text: string;
  /** formulationKey(text): identity across spellings. */
  key: string;
  /** Lexicon category, or the pattern kind. */
  kind: string;
  fromLexicon: boolean;
  /** The lexicon entry's ranking tier, for lexicon finds. */
  tier?: 'signature' | 'common';
  /** The author set these words off in quotation marks: “两个维护”. */
  marked: boolean;
}
