// The background's answers to the library messages of our extension pages
// (library-messages.ts): the manager's whole-library reads, bulk delete and
// undo, edits, import batches and settings; the popup's one-page export.
// Every write goes through the worker's one AnnotationRepository, which the
// highlight handlers use too (background/index.ts creates it), and every
// failure comes back as a typed StoreResult the page turns into Chinese text.
// Pure over its dependencies, so unit tests drive the very handler the
// service worker runs, over in-memory storage.
import type { Library } from '../../store/formats/library.ts';
import { AnnotationRepository, type StoreErrorKind, type StoreResult } from '../../store/repository.ts';
import { readSettings, writeSettings } from '../../store/settings.ts';
import type { StorageArea } from '../../store/storage-area.ts';
import { normalizePageUrl } from '../../store/url.ts';
import { onMessage, type ExtensionApi } from '../browser-api.ts';
import { parseLibraryRequest, type LibraryRequest } from '../library-messages.ts';
import { isOwnExtensionPage, type ExtensionIdentity } from '../sender.ts';

export type LibraryHandler = (request: LibraryRequest) => Promise<StoreResult<unknown>>;

export function createLibraryHandler(storage: StorageArea, repository = new AnnotationRepository(storage)): LibraryHandler {
  return async (request) => {
    switch (request.type) {
      case 'library-get':
        return ok(await repository.getAll());
      case 'library-get-page':
        return ok(await pageLibrary(repository, request.url));
      case 'library-delete':
        return repository.deleteMany(request.ids);
      case 'library-restore':
        return repository.restoreMany(request.deleted);
      case 'library-update':
        return repository.updateAnnotation(request.annotation);
      case 'library-import-batch':
        return repository.importMany({ annotations: request.annotations, pages: request.pages });
      case 'settings-get':
        return ok(await readSettings(storage));
      case 'settings-save':
        try {
          return ok(await writeSettings(storage, request.settings));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const kind: StoreErrorKind = /QUOTA/i.test(message) ? 'quota' : 'write-failed';
          return { ok: false, error: kind, message };
        }
    }
  };
}

async function pageLibrary(repository: AnnotationRepository, url: string): Promise<Library> {
  const normalized = normalizePageUrl(url);
  const [page, annotations] = await Promise.all([repository.getPage(normalized), repository.listForPage(normalized)]);
  return { pages: page ? [page] : [], annotations };
}

const ok = <T>(value: T): StoreResult<T> => ({ ok: true, value });

/** Answer library messages from our own extension pages only (never from content scripts or web pages). */
export function registerLibraryHandlers(api: ExtensionApi, self: ExtensionIdentity, repository: AnnotationRepository): void {
  const handle = createLibraryHandler(api.storage.local, repository);
  onMessage(
    (raw, sender) => (isOwnExtensionPage(sender, self) ? parseLibraryRequest(raw) : null),
    (request) => handle(request),
  );
}
