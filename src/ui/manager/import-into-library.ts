// An import, as the manager runs it: the whole file is validated here in the
// page (store/import: nothing is sent for a file with any error), merged by
// id against the library as stored now; if it would change annotations the
// reader has, the reader chooses first (`review`; default: keep theirs).
// Only the records that change are then sent to the background, pages first
// (so an import stopped part way never leaves annotations of an article the
// manager cannot list), one storage write per message.
// Progress covers both phases: checking the file, then writing.
//
// A write stopped part way is reported exactly: the counts the background
// answered for each write, plus what of the unanswered batch is found in
// storage (a worker stopped after the write but before its answer). A re-run
// of the same file then adds only the rest: what is stored equal is skipped.
import { IMPORT_BATCH_SIZE } from '../../extension/library-messages.ts';
import { acceptChanges, planMerge, validateImportBytes, type ImportIssue, type MergePlan } from '../../store/import/index.ts';
import type { PageRecord, StoredAnnotation } from '../../store/model.ts';
import { sameRecord } from '../../store/same-record.ts';
import { callBackground, LibraryRequestError, type SendToBackground } from '../shared/library-client.ts';
import type { ImportOutcome, ImportProgress, ReviewChanges } from './data-source.ts';
import { describeImport } from './describe-import.ts';
import { t } from './i18n.ts';

type Batch = { pages: PageRecord[]; annotations: StoredAnnotation[] };

/** Without a reviewer every stored annotation keeps the reader's version. */
const keepAllMine: ReviewChanges = async () => new Set();

export async function importIntoLibrary(
  send: SendToBackground,
  bytes: Uint8Array,
  onProgress: ImportProgress,
  review: ReviewChanges = keepAllMine,
): Promise<ImportOutcome> {
  const result = await validateImportBytes(bytes, { onProgress: (done, total) => onProgress(done, total, 'checking') });
  if (!result.ok) return { ok: false, errors: result.errors, warnings: result.warnings };

  const stored = await callBackground(send, { type: 'library-get' });
  let plan = planMerge(
    { annotations: new Map(stored.annotations.map((a) => [a.id, a])), pages: new Map(stored.pages.map((p) => [p.url, p])) },
    result,
  );
  if (plan.changes.length > 0) {
    const accepted = await review(plan.changes);
    if (accepted === null) return { ok: false, errors: [], warnings: result.warnings, cancelled: true };
    plan = acceptChanges(plan, accepted);
  }
  const refused = [...plan.refused, ...(await writePlan(send, plan, onProgress))];
  return {
    ok: true,
    summary: plan.summary,
    pageSummary: plan.pageSummary,
    message: describeImport(plan),
    warnings: result.warnings,
    refused,
  };
}

/** Writes the plan batch by batch; resolves with the records the background refused (stored on another page meanwhile). */
async function writePlan(send: SendToBackground, plan: MergePlan, onProgress: ImportProgress): Promise<ImportIssue[]> {
  const total = plan.toWrite.pages.length + plan.toWrite.annotations.length;
  const refused: ImportIssue[] = [];
  let written = 0;
  onProgress(0, total, 'writing');
  for (const batch of batchesOf(plan.toWrite.pages, plan.toWrite.annotations)) {
    try {
      const report = await callBackground(send, { type: 'library-import-batch', ...batch });
      written += report.annotations + report.pages;
      refused.push(...report.refusedMoves.map((id) => storedOnAnotherPage(id)));
    } catch (error) {
      throw await stoppedImport(send, error, written, batch, total);
    }
    onProgress(written, total, 'writing');
  }
  return refused;
}

/** A record the background refused: it is stored on another page now; where it was in the file is not known here. */
function storedOnAnotherPage(id: string): ImportIssue {
  return { path: null, record: { record: 'AnnotationId', id }, field: '', problem: { id: 'StoredOnAnotherPage', values: [] } };
}

/** The error that says exactly how much of the import is stored, and why the rest is not. */
async function stoppedImport(send: SendToBackground, error: unknown, written: number, batch: Batch, total: number): Promise<LibraryRequestError> {
  // A rejected sendMessage (the worker stopped before answering) is a background that did not answer.
  const known = error instanceof LibraryRequestError ? error : null;
  const kind = known?.kind ?? 'no-answer';
  const reason = known?.message ?? t('mgrNoAnswer');
  const detail = known?.detail ?? (error instanceof Error ? error.message : String(error));
  const landed = await storedOfBatch(send, batch);
  const batchSize = batch.pages.length + batch.annotations.length;
  const message =
    landed === null
      ? t('mgrImportStoppedUnverified', written, batchSize, total - written - batchSize, reason)
      : t('mgrImportStopped', written + landed, total - written - landed, reason);
  return new LibraryRequestError(kind, message, detail);
}

/** How many of the batch's records are in storage as sent; null when the background cannot be asked. */
async function storedOfBatch(send: SendToBackground, batch: Batch): Promise<number | null> {
  try {
    const library = await callBackground(send, { type: 'library-get' });
    const annotations = new Map(library.annotations.map((a) => [a.id, a]));
    const pages = new Map(library.pages.map((p) => [p.url, p]));
    return (
      batch.annotations.filter((a) => sameRecord(annotations.get(a.id), a)).length +
      batch.pages.filter((p) => sameRecord(pages.get(p.url), p)).length
    );
  } catch {
    return null;
  }
}

function batchesOf(pages: readonly PageRecord[], annotations: readonly StoredAnnotation[]): Batch[] {
  const batches: Batch[] = [];
  for (let i = 0; i < pages.length; i += IMPORT_BATCH_SIZE) batches.push({ pages: pages.slice(i, i + IMPORT_BATCH_SIZE), annotations: [] });
  for (let i = 0; i < annotations.length; i += IMPORT_BATCH_SIZE) {
    batches.push({ pages: [], annotations: annotations.slice(i, i + IMPORT_BATCH_SIZE) });
  }
  return batches;
}
