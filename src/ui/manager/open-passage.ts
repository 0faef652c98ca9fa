// Clicking a passage in the manager: the article comes to the front (its tab
// if one is open, else a new tab) and scrolls to that highlight, flashing it,
// by the same content-script request the popup sends (reveal-highlight).
// A new tab's content script does not exist until the page has loaded, and
// it paints the page's highlights shortly after; until it answers that the
// highlight is painted, the request is repeated, for a bounded time.
import type { ExtensionApi, Tab } from '../../extension/browser-api.ts';
import type { ExtensionPageToContentMessage } from '../../extension/messages.ts';
import { normalizePageUrl } from '../../store/url.ts';

/** 'revealed': scrolled to it. 'not-found': the article is open but the highlight was not painted there in time (the page changed, or it is still loading). */
export type OpenPassageOutcome = 'revealed' | 'not-found';

const RETRY_EVERY_MS = 250;
/** A slow page on a slow connection; past this the reader sees the page and a message instead. */
const GIVE_UP_AFTER_MS = 20_000;

/** The tab showing `url` (same page key as the store's: fragment and tracking parameters aside); the active one first. */
export function tabShowing(tabs: readonly Tab[], url: string): Tab | null {
  const key = normalizePageUrl(url);
  const showing = tabs.filter((tab) => typeof tab.id === 'number' && tab.url && normalizePageUrl(tab.url) === key);
  return showing.find((tab) => tab.active) ?? showing[0] ?? null;
}

export async function openPassage(api: ExtensionApi, url: string, annotationId: string): Promise<OpenPassageOutcome> {
  const existing = tabShowing(await api.tabs.query({}), url);
  let tabId: number;
  if (existing?.id !== undefined) {
    tabId = existing.id;
    await api.tabs.update(tabId, { active: true });
    if (existing.windowId !== undefined) await api.windows.update(existing.windowId, { focused: true }).catch(() => undefined);
  } else {
    const created = await api.tabs.create({ url, active: true });
    if (created.id === undefined) throw new Error('the browser opened no tab');
    tabId = created.id;
  }
  const deadline = Date.now() + GIVE_UP_AFTER_MS;
  for (;;) {
    if (await ask(api, tabId, { type: 'reveal-highlight', id: annotationId }).then(isFound)) return 'revealed';
    // Anchoring already gave up on it: the page's text no longer holds the passage.
    if (isOrphanIn(await ask(api, tabId, { type: 'get-highlight-status' }), annotationId)) return 'not-found';
    if (Date.now() >= deadline) return 'not-found';
    await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS));
  }
}

/** The tab's content script's answer; null while there is none yet (the page is loading, or it is one the script does not run on). */
function ask(api: ExtensionApi, tabId: number, message: ExtensionPageToContentMessage): Promise<unknown> {
  return api.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => null);
}

/** Read loosely (HighlightStatus's full validator would bring the message layer's shape checks into this bundle). */
function isOrphanIn(status: unknown, id: string): boolean {
  const orphans = typeof status === 'object' && status !== null ? (status as { orphans?: unknown }).orphans : undefined;
  return Array.isArray(orphans) && orphans.includes(id);
}

function isFound(reply: unknown): boolean {
  return typeof reply === 'object' && reply !== null && (reply as { found?: unknown }).found === true;
}
