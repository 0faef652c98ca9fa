// A save whose write finished but whose answer was lost (issue 11 item 6):
// the service worker is stopped after storage.set resolved and before it
// answered the page. The toolbar offers 重试; the retry must find the stored
// record (same draft id) rather than store a second copy.
import { beforeAll, describe, expect, it } from 'vitest';
import { showToolbarForSelection } from './support/closed-ui.ts';
import { clearStorage, paintedTexts, selectText, stopExtensionWorker, storedAnnotations, waitFor } from './support/highlights.ts';
import { useExtensionSession } from './support/session.ts';

interface WorkerStorage {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } & Record<string, unknown> };
}
declare const chrome: WorkerStorage;

const { browser, server } = useExtensionSession();

beforeAll(async () => {
  await clearStorage(browser.worker);
});

describe('a save whose answer was lost', () => {
  // Last (only) test of the file: the stopped worker leaves browser.worker stale.
  it('重试 after the worker stopped between the write and the answer stores and paints exactly one highlight', { timeout: 60_000 }, async () => {
    const { page } = await browser.openTab(server.url('/fixtures/party-commentary.html'));
    // The fault: the next write goes through, then the worker never answers (it is stopped below, as Chromium stops an idle worker).
    await browser.worker.evaluate(() => {
      const local = chrome.storage.local;
      const set = local.set;
      local.set = async (items) => {
        local.set = set;
        await set.call(local, items);
        return new Promise<void>(() => undefined);
      };
    });
    const selected = await selectText(page, '三会一课');
    const toolbar = await showToolbarForSelection(page);
    await toolbar.click('button.swatch[data-color="green"]');
    await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === 1, 'the first write stored');
    await stopExtensionWorker(browser);
    await page.bringToFront();
    // The page never got its answer: the save is kept with 重试.
    await toolbar.waitFor('.message[data-kind="error"]');
    await toolbar.click('button', '重试');
    await toolbar.waitFor('.message[data-kind="info"]');
    // Read the store from an extension page: the worker we held a handle on is gone.
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const stored = await storedAnnotations(reader);
    expect(stored.map((a) => [a.quote, a.color])).toEqual([[selected, 'green']]);
    expect(await paintedTexts(page)).toEqual({ 'dj-green': [selected] });
    await Promise.all([reader.close(), page.close()]);
  });
});
