// The ManagerDataSource the extension page uses: every read and write is a
// library message to the background (the only writer of storage); an import
// is validated and merged here first (import-into-library.ts, loaded on
// first use: import-engine.ts); downloads
// need no background. The page learns of changes made elsewhere (a highlight
// saved in another tab) from storage.onChanged, which it may listen to
// without touching storage.
import { extensionApi } from '../../extension/browser-api.ts';
import { IMPORT_BATCH_SIZE, type LibraryRequest } from '../../extension/library-messages.ts';
import { callBackground, type SendToBackground } from '../shared/library-client.ts';
import type { ManagerDataSource } from './data-source.ts';
import { downloadExportFile } from '../shared/download-file.ts';
import { watchLibraryChanges } from '../shared/library-change-watch.ts';
import { loadImportEngine } from './import-engine.ts';
import { openPassage } from './open-passage.ts';

/** Quiet time before a reload: a burst of saves (or another tab's import) reloads once. */
const CHANGE_DEBOUNCE_MS = 400;

export function extensionDataSource(): ManagerDataSource {
  const api = extensionApi();
  const send: SendToBackground = (request: LibraryRequest) => api.runtime.sendMessage(request);

  return {
    loadLibrary: () => callBackground(send, { type: 'library-get' }),
    deleteAnnotations: async (ids) => callBackground(send, { type: 'library-delete', ids: [...ids] }),
    async restoreAnnotations(records) {
      // Batches keep each message small; each batch is one write.
      for (let i = 0; i < records.length; i += IMPORT_BATCH_SIZE) {
        await callBackground(send, { type: 'library-restore', deleted: records.slice(i, i + IMPORT_BATCH_SIZE) });
      }
    },
    updateAnnotation: (annotation) => callBackground(send, { type: 'library-update', annotation }),
    importFile: async (bytes, onProgress, review) => (await loadImportEngine())(send, bytes, onProgress, review),
    getSettings: () => callBackground(send, { type: 'settings-get' }),
    saveSettings: async (settings) => {
      await callBackground(send, { type: 'settings-save', settings });
    },
    download: async (file) => downloadExportFile(file),
    openPassage: (url, annotationId) => openPassage(api, url, annotationId),
    // The page's own clipboard: the click that asks is the user activation it needs; no permission.
    copyText: (text) => navigator.clipboard.writeText(text),
    onLibraryChanged: (listener) => watchLibraryChanges(listener, CHANGE_DEBOUNCE_MS),
  };
}
