// Wires the highlight feature into the background: the migration of
// storage.local (once per schema version, before any read or write through
// the worker's one AnnotationRepository, which background/index.ts creates
// and shares with the library handlers), the message listeners for content scripts and extension pages, and
// the two browser-level save triggers (context menu item and keyboard
// command), which ask the tab's content script to save its selection.
import { migrateStorage } from '../../store/migrations.ts';
import { SCHEMA_VERSION } from '../../store/model.ts';
import { writeQueueFor, type AnnotationRepository } from '../../store/repository.ts';
import type { StorageArea } from '../../store/storage-area.ts';
import { onMessage, type ExtensionApi, type Tab } from '../browser-api.ts';
import { parseHighlightFromContent, parseHighlightFromPage, type ExtensionPageToContentMessage } from '../messages.ts';
import { isOwnContentScript, isOwnExtensionPage, type ExtensionIdentity } from '../sender.ts';
import { createAnnotationHandlers } from './annotation-handlers.ts';

/** The context-menu item and the command share the id the manifest declares. */
export const SAVE_HIGHLIGHT = 'save-highlight';
export const HIGHLIGHTER_FILE = 'highlighter.js';

export function registerHighlights(api: ExtensionApi, self: ExtensionIdentity, repository: AnnotationRepository): void {
  const ready = migrateOnce(api.storage.local);

  onMessage(
    (raw, sender) => (isOwnContentScript(sender, self) ? parseHighlightFromContent(raw) : null),
    (message, sender) => {
      const tabId = sender.tab!.id!;
      const handlers = createAnnotationHandlers({
        repository,
        ready,
        injectHighlighter: async () => {
          const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
          await api.scripting.executeScript({ target, files: [HIGHLIGHTER_FILE] });
          return true;
        },
      });
      return handlers.fromContent(message, { url: sender.url ?? sender.tab?.url ?? '', tabTitle: sender.tab?.title });
    },
  );

  const pageHandlers = createAnnotationHandlers({ repository, ready, injectHighlighter: async () => false });
  onMessage(
    (raw, sender) => (isOwnExtensionPage(sender, self) ? parseHighlightFromPage(raw) : null),
    (message) => pageHandlers.fromPage(message),
  );

  api.runtime.onInstalled.addListener(() => {
    void (async () => {
      await api.contextMenus.removeAll();
      api.contextMenus.create({ id: SAVE_HIGHLIGHT, title: api.i18n.getMessage('contextMenuSaveHighlight'), contexts: ['selection'] });
    })();
  });
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_HIGHLIGHT) saveSelectionIn(api, tab);
  });
  api.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_HIGHLIGHT) saveSelectionIn(api, tab);
  });
}

/** The content script saves (it holds the selection's DOM Range) and shows the outcome in the page. */
function saveSelectionIn(api: ExtensionApi, tab: Tab | undefined): void {
  if (tab?.id === undefined) return;
  const message: ExtensionPageToContentMessage = { type: 'save-selection' };
  // No content script in the tab (a browser page, or opened before install): nothing to save into.
  api.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
}

/** storage.local key: the schema version every stored record was last migrated to (no record prefix: listings skip it). */
export const MIGRATED_VERSION_KEY = 'migratedSchemaVersion';

/**
 * Migrate stored records once per schema version, not on every worker start
 * (the worker restarts after each idle spell, and a full read of a large
 * library each time would be wasted). Queued like a write, in the storage
 * area's queue that the repository's writes also go through (the migration
 * is not a repository operation, which is why the queue is per storage area
 * and not private to the repository), so no save or edit (ours or the
 * manager's) interleaves with it. A failure does not block
 * saving: the repository migrates any old record again when it reads it.
 */
function migrateOnce(storage: StorageArea): Promise<unknown> {
  return writeQueueFor(storage)
    .run(async () => {
      const marker = await storage.get(MIGRATED_VERSION_KEY);
      if (marker[MIGRATED_VERSION_KEY] === SCHEMA_VERSION) return;
      await migrateStorage(storage);
      await storage.set({ [MIGRATED_VERSION_KEY]: SCHEMA_VERSION });
    })
    .catch((error: unknown) => console.error('storage migration failed', error));
}
