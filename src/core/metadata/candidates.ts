// The candidates one metadata field is chosen from, and the record of that
// choice for `analyze --explain`. Each field extractor yields its candidates
// in its order of trust (where on the page, which rule); `choose` cleans each,
// passes it through the shared plausibility checks (plausibility.ts), and
// returns the first that survives. Without a trace the generator is left
// after the winner, so the usual cost is that of the old first-match cascade;
// with a trace every candidate is read and recorded, with why it lost.
import { implausibility, type CheckedField } from './plausibility.ts';

export interface RawCandidate {
  value: string;
  /** Where on the page, in a few words ("标题与正文之间的标签行", "meta author"). */
  where: string;
  /** Which rule found it. */
  rule: string;
}

export interface TracedCandidate extends RawCandidate {
  /** The value after cleaning, or null when cleaning left nothing. */
  cleaned: string | null;
  /** "采用" for the winner, else why it was not used. */
  verdict: string;
}

export type TracedField = CheckedField | 'title';

/** Per field, every candidate considered, in the order considered. */
export type MetadataTrace = Partial<Record<TracedField, TracedCandidate[]>>;

export const CHOSEN = '采用';

/**
 * The first candidate whose cleaned value passes the plausibility checks
 * (and `extraCheck`, a field's own check such as "not the editor").
 */
export function choose(
  field: CheckedField,
  candidates: Iterable<RawCandidate>,
  clean: (raw: string, candidate: RawCandidate) => string | null,
  trace?: MetadataTrace,
  extraCheck?: (value: string, candidate: RawCandidate) => string | null,
): string | null {
  let winner: string | null = null;
  const record = trace === undefined ? null : (trace[field] ??= []);
  for (const candidate of candidates) {
    if (winner !== null) {
      if (record === null) break;
      record.push({ ...candidate, cleaned: clean(candidate.value, candidate), verdict: '已有更可信的候选' });
      continue;
    }
    const cleaned = clean(candidate.value, candidate);
    const why = cleaned === null ? '清理后不是有效值' : (implausibility(field, cleaned) ?? extraCheck?.(cleaned, candidate) ?? null);
    record?.push({ ...candidate, cleaned, verdict: why ?? CHOSEN });
    if (why === null) {
      winner = cleaned;
      if (record === null) break;
    }
  }
  return winner;
}
