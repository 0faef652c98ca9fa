// Export: a format and a scope (everything, or the current results), then
// one file handed to the data source's download.
import { useState } from 'preact/hooks';
import {
  exportCsv,
  exportHtml,
  exportJson,
  exportMarkdown,
  type ExportFile,
  type Library,
  type StudyNotesGrouping,
} from '../../../store/formats/index.ts';
import { libraryOfResult, type QueryResult } from '../../../store/query/index.ts';
import type { ManagerDataSource } from '../data-source.ts';
import { t, type ManagerMessageKey } from '../i18n.ts';
import { errorText } from '../state/use-library.ts';
import type { ToastMessage } from './Toast.tsx';

export type ExportFormat = 'markdown' | 'json' | 'csv' | 'html';

type Exporter = (library: Library, now: Date, groupBy: StudyNotesGrouping) => ExportFile;

const FORMATS: readonly [ExportFormat, ManagerMessageKey, Exporter][] = [
  ['markdown', 'mgrFormatMarkdown', (library, now, groupBy) => exportMarkdown(library, { now, groupBy })],
  ['json', 'mgrFormatJson', (library, now) => exportJson(library, { now })],
  ['csv', 'mgrFormatCsv', (library, now) => exportCsv(library, { now })],
  ['html', 'mgrFormatHtml', (library, now, groupBy) => exportHtml(library, { now, groupBy })],
];

/** The study-notes formats group each article's passages by colour or by tag. */
const GROUPED_FORMATS: ReadonlySet<ExportFormat> = new Set(['markdown', 'html']);

interface ExportMenuProps {
  library: Library;
  result: QueryResult;
  /** A filter is active: offer "current results" and choose it by default. */
  filtered: boolean;
  source: ManagerDataSource;
  notify: (toast: ToastMessage) => void;
}

export function ExportMenu({ library, result, filtered, source, notify }: ExportMenuProps) {
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [scope, setScope] = useState<'all' | 'filtered'>('filtered');
  const [groupBy, setGroupBy] = useState<StudyNotesGrouping>('color');
  const effectiveScope = filtered ? scope : 'all';

  const run = async () => {
    const chosen = effectiveScope === 'all' ? library : libraryOfResult(result);
    if (chosen.annotations.length === 0 && chosen.pages.length === 0) {
      notify({ text: t('mgrExportEmpty') });
      return;
    }
    const build = FORMATS.find(([id]) => id === format)?.[2];
    if (!build) return;
    try {
      const file = build(chosen, new Date(), groupBy);
      await source.download(file);
      notify({ text: t('mgrExportDone', file.filename) });
    } catch (error) {
      notify({ text: t('mgrActionFailed', errorText(error)), tone: 'error' });
    }
  };

  return (
    <fieldset class="export">
      <legend>{t('mgrExportHeading')}</legend>
      <label class="filters__field">
        <span class="filters__label">{t('mgrExportFormat')}</span>
        <select value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
          {FORMATS.map(([id, label]) => (
            <option key={id} value={id}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      {GROUPED_FORMATS.has(format) && (
        <label class="filters__field">
          <span class="filters__label">{t('mgrExportGrouping')}</span>
          <select value={groupBy} onChange={(e) => setGroupBy(e.currentTarget.value as StudyNotesGrouping)}>
            <option value="color">{t('mgrGroupByColor')}</option>
            <option value="tag">{t('mgrGroupByTag')}</option>
          </select>
        </label>
      )}
      {filtered && (
        <div class="export__scope" role="radiogroup" aria-label={t('mgrExportScope')}>
          <label>
            <input type="radio" name="export-scope" checked={scope === 'filtered'} onChange={() => setScope('filtered')} />
            {t('mgrScopeFiltered', result.annotationCount)}
          </label>
          <label>
            <input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} />
            {t('mgrScopeAll', library.annotations.length)}
          </label>
        </div>
      )}
      <button type="button" class="button--primary" onClick={() => void run()}>
        {t('mgrExportButton')}
      </button>
    </fieldset>
  );
}
