// The 释义 of a formulation, for the UI and the study-note exports (never
// the analyser: a reader needs it only on click or in a glossary). Looked up
// by formulation key, so a body's spelling with or without 、 and quotes
// finds the entry's 释义.
import { GLOSSES } from './lexicon/glosses.ts';
import { LEXICON_SOURCES } from './lexicon/sources.ts';
import { formulationKey } from './match-text.ts';

export interface GlossaryEntry {
  /** The formulation as the lexicon writes it. */
  text: string;
  /** One line quoted from the source document. */
  gloss: string;
  /** The source document's short title, with its year. */
  sourceTitle: string;
}

let byKey: Map<string, GlossaryEntry> | null = null;

function glossaryByKey(): Map<string, GlossaryEntry> {
  byKey ??= new Map(
    Object.entries(GLOSSES).map(([text, { source, gloss }]) => [formulationKey(text), { text, gloss, sourceTitle: LEXICON_SOURCES[source].title }]),
  );
  return byKey;
}

export function glossaryEntryFor(text: string): GlossaryEntry | undefined {
  return glossaryByKey().get(formulationKey(text));
}

/** The glossary of a list of formulations: those with a 释义, in the list's order, each once. */
export function glossaryOf(texts: readonly string[]): GlossaryEntry[] {
  const seen = new Set<string>();
  const entries: GlossaryEntry[] = [];
  for (const text of texts) {
    const entry = glossaryEntryFor(text);
    if (entry && !seen.has(entry.text)) {
      seen.add(entry.text);
      entries.push(entry);
    }
  }
  return entries;
}
