// The ManagerDataSource the extension page uses. TO BE WIRED: the
// background's storage messages (list, delete, restore, update, import,
// settings) are being added by the highlights work; until they exist every
// storage call rejects with a message the page shows, and only download
// (which needs no background) works.
import type { ManagerDataSource } from './data-source.ts';
import { downloadExportFile } from './download-file.ts';

const notConnected = (): Promise<never> => Promise.reject(new Error('后台的标注数据接口尚未接入'));

export function extensionDataSource(): ManagerDataSource {
  return {
    loadLibrary: notConnected,
    deleteAnnotations: notConnected,
    restoreAnnotations: notConnected,
    updateAnnotation: notConnected,
    importFile: notConnected,
    getSettings: notConnected,
    saveSettings: notConnected,
    download: async (file) => downloadExportFile(file),
  };
}
