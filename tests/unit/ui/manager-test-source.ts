// An in-memory ManagerDataSource for the manager's render tests, built on the
// real store: the repository over in-memory storage; imports run the page's
// own import code against the background's real library handler. The tests
// exercise real deletes, restores and imports.
import type { DownloadableFile } from '../../../src/store/formats/export-file.ts';
import type { Library } from '../../../src/store/formats/library.ts';
import { createLibraryHandler } from '../../../src/extension/background/library-handlers.ts';
import { parseLibraryRequest } from '../../../src/extension/library-messages.ts';
import type { SendToBackground } from '../../../src/ui/shared/library-client.ts';
import { importIntoLibrary } from '../../../src/ui/manager/import-into-library.ts';
import { MemoryStorageArea } from '../../../src/store/memory-storage.ts';
import { AnnotationRepository, type DeletedAnnotation, type StoreResult } from '../../../src/store/repository.ts';
import type { ManagerDataSource } from '../../../src/ui/manager/data-source.ts';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../../src/store/settings.ts';

export interface TestSource extends ManagerDataSource {
  repository: AnnotationRepository;
  downloads: DownloadableFile[];
  savedSettings: Settings[];
  /** What copyText was given, in order. */
  copied: string[];
  /** The passages openPassage was asked for. */
  opened: { url: string; annotationId: string }[];
  snapshot(): Promise<Library>;
}

function valueOf<T>(result: StoreResult<T>): T {
  if (!result.ok) throw new Error(`${result.error}: ${result.message}`);
  return result.value;
}

export async function memorySource(initial: Library): Promise<TestSource> {
  const storage = new MemoryStorageArea();
  const repository = new AnnotationRepository(storage);
  valueOf(await repository.importMany({ annotations: initial.annotations, pages: initial.pages }));
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const downloads: DownloadableFile[] = [];
  const savedSettings: Settings[] = [];
  const copied: string[] = [];
  const opened: { url: string; annotationId: string }[] = [];
  const snapshot = async (): Promise<Library> => repository.getAll();
  const handle = createLibraryHandler(storage, repository);
  // As runtime.sendMessage does: JSON-like copies both ways, and the background's validation on receipt.
  const send: SendToBackground = async (request) => {
    const parsed = parseLibraryRequest(structuredClone(request));
    return parsed ? structuredClone(await handle(parsed)) : undefined;
  };

  return {
    repository,
    downloads,
    savedSettings,
    copied,
    opened,
    snapshot,
    loadLibrary: snapshot,
    async deleteAnnotations(ids) {
      const deleted: DeletedAnnotation[] = [];
      for (const id of ids) deleted.push(valueOf(await repository.deleteAnnotation(id)));
      return deleted;
    },
    async restoreAnnotations(records) {
      for (const record of records) valueOf(await repository.restore(record));
    },
    async updateAnnotation(annotation) {
      return valueOf(await repository.updateAnnotation(annotation));
    },
    // The page's own import code, talking to the background's real handler.
    importFile: (bytes, onProgress, review) => importIntoLibrary(send, bytes, onProgress, review),
    async getSettings() {
      return settings;
    },
    async saveSettings(next) {
      settings = validateSettings(next);
      savedSettings.push(settings);
    },
    async download(file) {
      downloads.push(file);
    },
    async openPassage(url, annotationId) {
      opened.push({ url, annotationId });
      return 'revealed';
    },
    async copyText(text) {
      copied.push(text);
    },
  };
}
