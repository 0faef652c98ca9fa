// Import: choose a file, watch the check's and then the write's progress,
// then read either the merge summary (新增/更新/跳过) or every problem found —
// in which case nothing was written. A file that would change annotations
// the reader has stops before writing at a list of those changes
// (ImportChanges); nothing of the reader's is overwritten unless chosen.
// A write stopped part way (storage full) says exactly how much was written,
// and the library shows what is stored.
import { useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES, type AnnotationChange, type ImportIssue } from '../../../store/import/index.ts';
import type { ImportOutcome, ImportPhase, ManagerDataSource, ReviewChanges } from '../data-source.ts';
import { describeImportIssue } from '../describe-import-issue.ts';
import { t } from '../i18n.ts';
import { errorText } from '../state/use-library.ts';
import { ImportChanges } from './ImportChanges.tsx';

type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'progress'; step: ImportPhase; done: number; total: number }
  | { phase: 'review'; changes: readonly AnnotationChange[]; decide: (accepted: ReadonlySet<string> | null) => void }
  | { phase: 'finished'; outcome: ImportOutcome }
  | { phase: 'failed'; message: string };

const MB = 1024 * 1024;

export function ImportPanel({ source, onImported }: { source: ManagerDataSource; onImported: () => void }) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const busy = state.phase === 'reading' || state.phase === 'progress' || state.phase === 'review';

  const review: ReviewChanges = (changes) =>
    new Promise((resolve) => {
      setState({ phase: 'review', changes, decide: resolve });
    });

  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ phase: 'failed', message: t('mgrImportTooLarge', (file.size / MB).toFixed(1), Math.floor(MAX_IMPORT_BYTES / MB)) });
      return;
    }
    setState({ phase: 'reading' });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const outcome = await source.importFile(bytes, (done, total, step) => setState({ phase: 'progress', step, done, total }), review);
      setState({ phase: 'finished', outcome });
      if (outcome.ok) onImported();
    } catch (error) {
      setState({ phase: 'failed', message: t('mgrImportFailed', errorText(error)) });
      // Batches written before the failure are stored: show them.
      onImported();
    }
  };

  return (
    <div class="import">
      <p>{t('mgrImportIntro')}</p>
      <label class="import__choose">
        <span>{t('mgrImportChoose')}</span>
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {state.phase === 'reading' && <p role="status">{t('mgrImportReading')}</p>}
      {state.phase === 'progress' && <ImportProgressBar step={state.step} done={state.done} total={state.total} />}
      {state.phase === 'review' && <ImportChanges changes={state.changes} onDecide={state.decide} />}
      {state.phase === 'failed' && (
        <p class="notice notice--error" role="alert">
          {state.message}
        </p>
      )}
      {state.phase === 'finished' && <ImportResultView outcome={state.outcome} />}
    </div>
  );
}

function ImportProgressBar({ step, done, total }: { step: ImportPhase; done: number; total: number }) {
  const label = step === 'checking' ? t('mgrImportProgress', done, total) : t('mgrImportWriting', done, total);
  return (
    <div class="import__progress" role="status">
      <progress max={Math.max(1, total)} value={done} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}

function ImportResultView({ outcome }: { outcome: ImportOutcome }) {
  if (outcome.ok) {
    return (
      <div class="import__result" role="status">
        <p class="notice notice--success">{outcome.message}</p>
        <IssueList heading={t('mgrImportNotImported')} issues={outcome.refused} />
        <IssueList heading={t('mgrImportWarnings')} issues={outcome.warnings} />
      </div>
    );
  }
  if (outcome.cancelled) {
    return (
      <p class="import__result notice" role="status">
        {t('mgrImportCancelled')}
      </p>
    );
  }
  return (
    <div class="import__result notice notice--error" role="alert">
      <p>{t('mgrImportRefused')}</p>
      <IssueList issues={outcome.errors} />
      <IssueList heading={t('mgrImportWarnings')} issues={outcome.warnings} />
    </div>
  );
}

function IssueList({ heading, issues }: { heading?: string; issues: readonly ImportIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <>
      {heading && <p class="import__issues-heading">{heading}</p>}
      <ul class="import__issues">
        {issues.map((issue, i) => (
          <li key={i}>{describeImportIssue(issue)}</li>
        ))}
      </ul>
    </>
  );
}
