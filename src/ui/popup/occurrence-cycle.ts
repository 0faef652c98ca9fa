// Repeated clicks on one formulation step through its occurrences in the
// page: the first click shows the first, the next the second, and after the
// last it starts again. The content script reports how many there are; the
// popup only remembers where each formulation's next click should go.
import type { RevealResult } from '../../extension/messages.ts';

export type OccurrenceCursor = ReadonlyMap<string, number>;

/** Which occurrence the next click on `text` asks for. */
export function nextRequest(cursor: OccurrenceCursor, text: string): number {
  return cursor.get(text) ?? 0;
}

/** The cursor after the content script revealed `result` for `text`. */
export function advance(cursor: OccurrenceCursor, text: string, result: RevealResult): OccurrenceCursor {
  const next = new Map(cursor);
  next.set(text, result.total === 0 ? 0 : (result.occurrence + 1) % result.total);
  return next;
}
