// What a note form may send: the limits the background checks (core/limits.ts),
// checked while the reader types, so a note the background would refuse is
// never sent (it would come back "not answering", and 重试 could never succeed).
// Returns the message key and its substitutions; each UI says it in its own
// words (content script: uiText, extension pages: t).
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from '../core/limits.ts';

export interface NoteInputProblem {
  field: 'note' | 'tags';
  key: 'noteTooLong' | 'tagTooLong' | 'tooManyTags';
  substitutions: string[];
}

/** How much of an over-long tag the message quotes. */
const QUOTED_TAG_CHARS = 12;

export function noteInputProblem(note: string, tags: readonly string[]): NoteInputProblem | null {
  if (note.length > MAX_NOTE_LENGTH) return { field: 'note', key: 'noteTooLong', substitutions: [String(MAX_NOTE_LENGTH), String(note.length)] };
  if (tags.length > MAX_TAGS) return { field: 'tags', key: 'tooManyTags', substitutions: [String(MAX_TAGS), String(tags.length)] };
  const long = tags.find((tag) => tag.length > MAX_TAG_LENGTH);
  if (long !== undefined) {
    const quoted = Array.from(long).slice(0, QUOTED_TAG_CHARS).join('') + '…';
    return { field: 'tags', key: 'tagTooLong', substitutions: [quoted, String(MAX_TAG_LENGTH)] };
  }
  return null;
}
