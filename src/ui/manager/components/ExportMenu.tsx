// Export: a format and a scope (everything, or the current results), then
// one file handed to the data source's download. The Word export's code is
// loaded on first use (shared/docx-export.ts). Library exports are named by
// what they hold (the filter, the days saved: export-file.ts libraryFilename).
import { useState } from 'preact/hooks';
import { libraryFilename } from '../../../store/formats/export-file.ts';
import {
  exportCsv,
  exportHtml,
  exportJson,
  exportMarkdown,
  type Library,
  type StudyNotesGrouping,
} from '../../../store/formats/index.ts';
import type { DownloadableFile } from '../../../store/formats/export-file.ts';
import { filterWordsOf } from '../../../store/query/filter-words.ts';
import type { LibraryFilter } from '../../../store/query/filters.ts';
import { libraryOfResult, type QueryResult } from '../../../store/query/index.ts';
import { loadDocxExport } from '../../shared/docx-export.ts';
import { exportGlossaryOf } from '../../shared/glossary.ts';
import type { ManagerDataSource } from '../data-source.ts';
import { t, type ManagerMessageKey } from '../i18n.ts';
import { errorText } from '../state/use-library.ts';
import type { ToastMessage } from './Toast.tsx';

export type ExportFormat = 'docx' | 'markdown' | 'json' | 'csv' | 'html';

interface ExportChoices {
  now: Date;
  groupBy: StudyNotesGrouping;
  pagePerArticle: boolean;
  filename: (extension: string) => string;
}

type Exporter = (library: Library, choices: ExportChoices) => DownloadableFile | Promise<DownloadableFile>;

const FORMATS: readonly [ExportFormat, ManagerMessageKey, Exporter][] = [
  ['docx', 'mgrFormatDocx', async (library, { now, filename }) => (await loadDocxExport())(library, { now, filename: filename('docx'), glossaryOf: await exportGlossaryOf() })],
  ['markdown', 'mgrFormatMarkdown', async (library, { now, groupBy, filename }) => exportMarkdown(library, { now, groupBy, filename: filename('md'), glossaryOf: await exportGlossaryOf() })],
  ['json', 'mgrFormatJson', (library, { now, filename }) => exportJson(library, { now, filename: filename('json') })],
  ['csv', 'mgrFormatCsv', (library, { now, filename }) => exportCsv(library, { now, filename: filename('csv') })],
  [
    'html',
    'mgrFormatHtml',
    async (library, { now, groupBy, pagePerArticle, filename }) => exportHtml(library, { now, groupBy, pagePerArticle, filename: filename('html'), glossaryOf: await exportGlossaryOf() }),
  ],
];

/** The study-notes formats list each article's passages in page order, or group them by colour or by tag. */
const GROUPED_FORMATS: ReadonlySet<ExportFormat> = new Set(['markdown', 'html']);

interface ExportMenuProps {
  library: Library;
  result: QueryResult;
  /** A filter is active: offer "current results" and choose it by default. */
  filtered: boolean;
  /** The active filter: a filtered export's file name says what it holds. */
  filter: LibraryFilter;
  source: ManagerDataSource;
  notify: (toast: ToastMessage) => void;
}

export function ExportMenu({ library, result, filtered, filter, source, notify }: ExportMenuProps) {
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [pagePerArticle, setPagePerArticle] = useState(false);
  const [scope, setScope] = useState<'all' | 'filtered'>('filtered');
  const [groupBy, setGroupBy] = useState<StudyNotesGrouping>('page');
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
      const now = new Date();
      const filterWords = effectiveScope === 'all' ? [] : filterWordsOf(filter);
      const file = await build(chosen, { now, groupBy, pagePerArticle, filename: (extension) => libraryFilename(extension, chosen, now, filterWords) });
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
            <option value="page">{t('mgrGroupByPage')}</option>
            <option value="color">{t('mgrGroupByColor')}</option>
            <option value="tag">{t('mgrGroupByTag')}</option>
          </select>
        </label>
      )}
      {format === 'html' && (
        <label class="export__option">
          <input type="checkbox" checked={pagePerArticle} onChange={(e) => setPagePerArticle(e.currentTarget.checked)} />
          {t('mgrPagePerArticle')}
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
