// Finds lexicon formulations in a paragraph with one Aho-Corasick pass that
// reads past optional separators (、, quotes), so
// “不忘初心 牢记使命”, 不忘初心，牢记使命 and 不忘初心、牢记使命 are one formulation.
import { AhoCorasick } from './aho-corasick.ts';
import { LEXICON, type LexiconEntry } from './lexicon/index.ts';
import { formulationKey, isQuotedSpan, OPTIONAL_SEPARATORS } from './match-text.ts';
import type { Occurrence } from './occurrence.ts';

interface LexiconIndex {
  keys: readonly string[];
  automaton: AhoCorasick;
  /** The lexicon entry a key belongs to (the first one, if the data ever held a duplicate). */
  entryByKey: Map<string, LexiconEntry>;
}

// Built on the first article body, not when the engine loads: the engine is
// injected into every Chinese page, and a list or encyclopedia page, let go
// by the early verdict, never needs the formulations.
let index: LexiconIndex | null = null;

function lexiconIndex(): LexiconIndex {
  if (index !== null) return index;
  const keys = LEXICON.map((entry) => formulationKey(entry.text));
  const entryByKey = new Map<string, LexiconEntry>();
  LEXICON.forEach((entry, i) => {
    const key = keys[i]!;
    if (!entryByKey.has(key)) entryByKey.set(key, entry);
  });
  index = { keys, automaton: new AhoCorasick(keys, OPTIONAL_SEPARATORS), entryByKey };
  return index;
}

export function lexiconEntryFor(key: string): LexiconEntry | undefined {
  return lexiconIndex().entryByKey.get(key);
}

/** Every lexicon occurrence in one paragraph's matching text, overlapping ones included. */
export function findLexiconOccurrences(matching: string, paragraph: number): Occurrence[] {
  const { keys, automaton, entryByKey } = lexiconIndex();
  const found: Occurrence[] = [];
  for (const match of automaton.findAll(matching)) {
    const key = keys[match.id]!;
    const entry = entryByKey.get(key)!;
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
