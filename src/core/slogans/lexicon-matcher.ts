// Finds lexicon formulations in a paragraph with one Aho-Corasick pass that
// reads past optional separators (、, quotes), so
// “不忘初心 牢记使命”, 不忘初心，牢记使命 and 不忘初心、牢记使命 are one formulation.
import { AhoCorasick } from './aho-corasick.ts';
import { LEXICON, type LexiconEntry } from './lexicon/index.ts';
import { formulationKey, isQuotedSpan, OPTIONAL_SEPARATORS } from './match-text.ts';
import type { Occurrence } from './occurrence.ts';

const ENTRY_KEYS: readonly string[] = LEXICON.map((entry) => formulationKey(entry.text));
const AUTOMATON = new AhoCorasick(ENTRY_KEYS, OPTIONAL_SEPARATORS);

/** The lexicon entry a key belongs to (the first one, if the data ever held a duplicate). */
const ENTRY_BY_KEY = new Map<string, LexiconEntry>();
LEXICON.forEach((entry, i) => {
  const key = ENTRY_KEYS[i]!;
  if (!ENTRY_BY_KEY.has(key)) ENTRY_BY_KEY.set(key, entry);
});

export function lexiconEntryFor(key: string): LexiconEntry | undefined {
  return ENTRY_BY_KEY.get(key);
}

/** Every lexicon occurrence in one paragraph's matching text, overlapping ones included. */
export function findLexiconOccurrences(matching: string, paragraph: number): Occurrence[] {
  const found: Occurrence[] = [];
  for (const match of AUTOMATON.findAll(matching)) {
    const key = ENTRY_KEYS[match.id]!;
    const entry = ENTRY_BY_KEY.get(key)!;
    found.push({
      paragraph,
      start: match.start,
      end: match.end,
      text: entry.text,
      key,
      kind: entry.category,
      fromLexicon: true,
      ...(entry.tier ? { tier: entry.tier } : {}),
      marked: isQuotedSpan(matching, match.start, match.end),
    });
  }
  return found;
}
