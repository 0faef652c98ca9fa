// The note editors of the popup and the manager check what the reader typed
// against the limits the background enforces (extension/note-limits.ts, the
// same check as the in-page note form), and say which limit in the reader's
// language before anything is sent: a note the background would refuse is
// never sent (it would come back as a failure no retry could fix).
import { noteInputProblem, type NoteInputProblem } from '../../extension/note-limits.ts';
import { splitTags } from '../../store/tag-syntax.ts';
import { t } from './i18n.ts';

/** The first limit the typed note and tag line break, or null when within them all. */
export function noteProblemOf(note: string, tagLine: string): NoteInputProblem | null {
  return noteInputProblem(note, splitTags(tagLine));
}

export function NoteProblem({ problem }: { problem: NoteInputProblem | null }) {
  if (!problem) return null;
  return (
    <p class="note-problem" role="alert" data-field="note-problem">
      {t(problem.key, ...problem.substitutions)}
    </p>
  );
}
