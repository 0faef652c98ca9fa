// The popup's way into the library: open the manager (the options page), and
// export the current page's annotations as Word or Markdown study notes or
// JSON without opening it (the side panel shows this component too). Files
// are named after the page's title; the Word code loads on first use. The page's records come from the background (library
// messages); the file goes through the browser's download mechanism.
import { useState } from 'preact/hooks';
import { extensionApi } from '../../../extension/browser-api.ts';
import type { LibraryRequest } from '../../../extension/library-messages.ts';
import type { DownloadableFile } from '../../../store/formats/export-file.ts';
import { exportJson, exportMarkdown, groupByPage, type Library } from '../../../store/formats/index.ts';
import { pageTitleOf } from '../../../store/formats/library.ts';
import { loadDocxExport } from '../../shared/docx-export.ts';
import { exportGlossaryOf } from '../../shared/glossary.ts';
import { downloadExportFileInline } from '../../shared/download-file.ts';
import { t } from '../../shared/i18n.ts';
import { callBackground } from '../../shared/library-client.ts';

type PageExporter = (library: Library, now: Date, filenameHint: string | null) => DownloadableFile | Promise<DownloadableFile>;

const EXPORTERS: readonly [id: string, label: 'popupExportDocx' | 'popupExportMarkdown' | 'popupExportJson', PageExporter][] = [
  ['docx', 'popupExportDocx', async (library, now, filenameHint) => (await loadDocxExport())(library, { now, filenameHint, glossaryOf: await exportGlossaryOf() })],
  ['markdown', 'popupExportMarkdown', async (library, now, filenameHint) => exportMarkdown(library, { now, groupBy: 'color', filenameHint, glossaryOf: await exportGlossaryOf() })],
  ['json', 'popupExportJson', (library, now, filenameHint) => exportJson(library, { now, filenameHint })],
];

/** The page's title, for the file name. */
function titleOf(library: Library): string | null {
  const [group] = groupByPage(library);
  return group ? pageTitleOf(group) : null;
}

export function LibraryLinks({ pageUrl, exportable = true }: { pageUrl: string | null; exportable?: boolean }) {
  const [status, setStatus] = useState<string | null>(null);
  const api = extensionApi();
  const send = (request: LibraryRequest) => api.runtime.sendMessage(request);

  const exportPage = async (exporter: PageExporter) => {
    if (!pageUrl) return;
    try {
      const library = await callBackground(send, { type: 'library-get-page', url: pageUrl });
      if (library.annotations.length === 0) return setStatus(t('popupExportEmpty'));
      const file = await exporter(library, new Date(), titleOf(library));
      downloadExportFileInline(file);
      setStatus(t('popupExportDone', file.filename));
    } catch (error) {
      setStatus(t('popupExportFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <footer class="library-links">
      <button type="button" class="hl-button hl-button--primary" data-action="open-manager" onClick={() => void api.runtime.openOptionsPage()}>
        {t('popupOpenManager')}
      </button>
      {pageUrl && exportable && (
        <>
          <span class="library-links__label">{t('popupExportPage')}</span>
          {EXPORTERS.map(([id, label, exporter]) => (
            <button key={id} type="button" class="hl-button" data-export={id} onClick={() => void exportPage(exporter)}>
              {t(label)}
            </button>
          ))}
        </>
      )}
      {status && (
        <p role="status" class="library-links__status">
          {status}
        </p>
      )}
    </footer>
  );
}
