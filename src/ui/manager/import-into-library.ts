// An import, as the manager runs it: the whole file is validated here in the
// page (store/import: nothing is sent for a file with any error), merged by
// id against the library as stored now, and only the records that change are
// sent to the background in batches, pages first (so an import stopped part
// way never leaves annotations of an article the manager cannot list).
// Progress covers both phases: checking the file, then writing.
import { IMPORT_BATCH_SIZE } from '../../extension/library-messages.ts';
import { describeMergePlan, planMerge, validateImportBytes } from '../../store/import/index.ts';
import type { PageRecord, StoredAnnotation } from '../../store/model.ts';
import { callBackground, LibraryRequestError, type SendToBackground } from '../shared/library-client.ts';
import type { ImportOutcome, ImportProgress } from './data-source.ts';
import { t } from './i18n.ts';

export async function importIntoLibrary(send: SendToBackground, bytes: Uint8Array, onProgress: ImportProgress): Promise<ImportOutcome> {
  const result = await validateImportBytes(bytes, { onProgress: (done, total) => onProgress(done, total, 'checking') });
  if (!result.ok) return { ok: false, errors: result.errors, warnings: result.warnings };

  const stored = await callBackground(send, { type: 'library-get' });
  const plan = planMerge(
    { annotations: new Map(stored.annotations.map((a) => [a.id, a])), pages: new Map(stored.pages.map((p) => [p.url, p])) },
    result,
  );
  const batches = batchesOf(plan.toWrite.pages, plan.toWrite.annotations);
  const total = plan.toWrite.pages.length + plan.toWrite.annotations.length;
  let written = 0;
  onProgress(0, total, 'writing');
  for (const batch of batches) {
    try {
      await callBackground(send, { type: 'library-import-batch', ...batch });
    } catch (error) {
      // Earlier batches are stored: say how much, and why the rest is not.
      const reason = error instanceof Error ? error.message : String(error);
      const detail = error instanceof LibraryRequestError ? error.detail : reason;
      throw new LibraryRequestError(
        error instanceof LibraryRequestError ? error.kind : 'write-failed',
        t('mgrImportStopped', written, total - written, reason),
        detail,
      );
    }
    written += batch.pages.length + batch.annotations.length;
    onProgress(written, total, 'writing');
  }
  return { ok: true, summary: plan.summary, pageSummary: plan.pageSummary, message: describeMergePlan(plan), warnings: result.warnings };
}

function batchesOf(pages: readonly PageRecord[], annotations: readonly StoredAnnotation[]) {
  const batches: { pages: PageRecord[]; annotations: StoredAnnotation[] }[] = [];
  for (let i = 0; i < pages.length; i += IMPORT_BATCH_SIZE) batches.push({ pages: pages.slice(i, i + IMPORT_BATCH_SIZE), annotations: [] });
  for (let i = 0; i < annotations.length; i += IMPORT_BATCH_SIZE) {
    batches.push({ pages: [], annotations: annotations.slice(i, i + IMPORT_BATCH_SIZE) });
  }
  return batches;
}
