// Background entry (service worker in Chromium, event page in Firefox). It
// holds no state between events, so being stopped and restarted loses
// nothing: the repository keeps nothing in memory between calls, the
// content script owns each page's analysis and the badge lives in the
// browser. It injects the analysis engine into pages the content
// script's prefilter accepted (analyser-handle.ts). Only our own content
// scripts' well-formed messages act.
import '../polyfilled-api.ts'; // first: every module below reads the polyfilled API
import { ANALYSER_FILE } from '../analyser-handle.ts';
import { extensionApi, onMessage } from '../browser-api.ts';
import { parseContentToBackground, type AnalyserLoaded } from '../messages.ts';
import { isOwnContentScript } from '../sender.ts';
import { AnnotationRepository } from '../../store/repository.ts';
import { readSettings } from '../../store/settings.ts';
import { clearBadge, showPartyBuildingBadge } from './badge.ts';
import { registerHighlights } from './highlights.ts';
import { registerLibraryHandlers } from './library-handlers.ts';
import { isPageSwitchedOff, showsPartyBuildingBadge } from './page-settings.ts';

const api = extensionApi();
const self = { id: api.runtime.id, origin: api.runtime.getURL('') };
// The annotation store: the extension's only writer of annotations, one for
// both sets of handlers below (its writes are serialised in one queue).
const repository = new AnnotationRepository(api.storage.local);
// Highlights: migration, save triggers, the content scripts' and popup's highlight messages.
registerHighlights(api, self, repository);
// The manager's and popup's library messages (whole library, bulk edits, import, settings).
registerLibraryHandlers(api, self, repository);

onMessage(
  (raw, sender) => (isOwnContentScript(sender, self) ? parseContentToBackground(raw) : null),
  async (message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    switch (message.type) {
      case 'load-analyser': {
        // A site the reader switched off gets no engine: no analysis, no badge.
        if (isPageSwitchedOff(sender.url, await readSettings(api.storage.local))) return { loaded: false } satisfies AnalyserLoaded;
        // Into the sender's own document only (by id where the browser gives
        // one, so a tab that navigated meanwhile does not get it): a page can
        // at most get itself analysed.
        const target = sender.documentId
          ? { tabId, documentIds: [sender.documentId] }
          : { tabId, frameIds: [sender.frameId ?? 0] };
        const reply: AnalyserLoaded = await api.scripting
          .executeScript({ target, files: [ANALYSER_FILE] })
          .then(() => ({ loaded: true }), () => ({ loaded: false }));
        return reply;
      }
      case 'page-analysed': {
        const settings = await readSettings(api.storage.local);
        if (!isPageSwitchedOff(sender.url, settings) && showsPartyBuildingBadge(message.analysis, settings)) {
          await showPartyBuildingBadge(api, tabId, message.analysis.metadata.title);
        } else {
          await clearBadge(api, tabId);
        }
        return;
      }
      case 'page-not-analysed':
        await clearBadge(api, tabId);
        return;
    }
  },
);
