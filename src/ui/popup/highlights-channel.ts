// The popup's highlight requests: the store through the background (list,
// edit, delete, undo) and the page through its content script (save the
// selection, which are painted or orphaned, scroll to one, repaint).
import { extensionApi } from '../../extension/browser-api.ts';
import {
  isHighlightFailure,
  isHighlightStatus,
  pageHighlightsOf,
  isSaveSelectionOutcome,
  type ExtensionPageToContentMessage,
  type HighlightEdit,
  type HighlightFailure,
  type HighlightStatus,
  type HighlightRequestFromPage,
  type SaveSelectionOutcome,
} from '../../extension/messages.ts';
import type { StoredAnnotation } from '../../store/model.ts';

export interface HighlightsChannel {
  list(): Promise<StoredAnnotation[] | null>;
  edit(message: HighlightEdit): Promise<{ ok: true; value: unknown } | HighlightFailure>;
  status(): Promise<HighlightStatus | null>;
  reveal(id: string): Promise<boolean>;
  saveSelection(): Promise<SaveSelectionOutcome>;
  /** Tell the page to fetch and repaint after an edit here. */
  notifyChanged(): Promise<void>;
}

export function highlightsChannel(tabId: number, url: string): HighlightsChannel {
  const api = extensionApi();
  const toBackground = (message: HighlightRequestFromPage) => api.runtime.sendMessage(message) as Promise<unknown>;
  const toPage = (message: ExtensionPageToContentMessage) => api.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<unknown>;
  return {
    async list() {
      const reply = await toBackground({ type: 'list-highlights-for-url', url }).catch(() => null);
      return pageHighlightsOf(reply)?.annotations ?? null;
    },
    async edit(message) {
      const reply = await toBackground(message).catch((error: unknown) => ({ ok: false, error: 'unavailable', message: String(error) }));
      if (isHighlightFailure(reply)) return reply;
      if (typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true) return reply as { ok: true; value: unknown };
      return { ok: false, error: 'unavailable', message: 'malformed reply' };
    },
    async status() {
      const reply = await toPage({ type: 'get-highlight-status' }).catch(() => null);
      return isHighlightStatus(reply) ? reply : null;
    },
    async reveal(id) {
      const reply = await toPage({ type: 'reveal-highlight', id }).catch(() => null);
      return typeof reply === 'object' && reply !== null && (reply as { found?: unknown }).found === true;
    },
    async saveSelection() {
      const reply = await toPage({ type: 'save-selection' }).catch(() => null);
      return isSaveSelectionOutcome(reply) ? reply : { status: 'failed', error: 'unavailable' };
    },
    async notifyChanged() {
      await toPage({ type: 'highlights-changed' }).catch(() => undefined);
    },
  };
}
