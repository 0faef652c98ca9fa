// The 释义 table (core/slogans/glossary.ts) ships as its own bundle,
// glossary.js, loaded by the popup or the manager when a formulation list is
// shown or notes are exported: the analyser never needs it, and the popup's
// own bundle has no room for its text.
import type { glossaryEntryFor, glossaryOf } from '../../core/slogans/glossary.ts';
import { lazyBundle, publishBundle } from './lazy-bundle.ts';

export type { GlossaryEntry } from '../../core/slogans/glossary.ts';

export interface Glossary {
  entryFor: typeof glossaryEntryFor;
  of: typeof glossaryOf;
}

export const GLOSSARY_FILE = 'glossary.js';
const GLOSSARY_GLOBAL = '__dangjianAnnotatorGlossary';

export function publishGlossary(entry: Glossary): void {
  publishBundle(GLOSSARY_GLOBAL, entry);
}

export const loadGlossary: (doc?: Document) => Promise<Glossary> = lazyBundle<Glossary>(GLOSSARY_FILE, GLOSSARY_GLOBAL);

/** For an export: the glossary's lookup, or none if glossary.js failed to load (the notes then go without 术语释义). */
export async function exportGlossaryOf(): Promise<Glossary['of'] | undefined> {
  return loadGlossary().then(
    (glossary) => glossary.of,
    () => undefined,
  );
}
