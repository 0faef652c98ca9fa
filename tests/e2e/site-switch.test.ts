// A site the reader switched off (settings.disabledSites): the page gets no
// analysis, no badge, no floating toolbar and no painted highlights, the
// popup says the extension is off here, and its button switches the site
// back on, after which the same open page works again without a reload.
import { describe, expect, it } from 'vitest';
import { toolbarOf } from './support/closed-ui.ts';
import { allPaintedTexts, dispatchCommand, selectionHandled, selectText, storedAnnotations, waitFor } from './support/highlights.ts';
import { useExtensionSession } from './support/session.ts';

/** What the functions evaluated in the service worker use of its `chrome` global. */
interface WorkerStorage {
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, { disabledSites?: string[] }>> } };
}
declare const chrome: WorkerStorage;

const { browser, server } = useExtensionSession({ clearStorageBeforeEach: true });

const FIXTURE = '/fixtures/party-commentary.html';
const painted = allPaintedTexts;

describe('a switched-off site', () => {
  it('shows nothing of the extension, the popup says so, and its button switches the site back on', async () => {
    // A highlight saved while the site was on.
    const { page, tabId } = await browser.openTab(server.url(FIXTURE));
    await browser.waitForBadge(tabId, (text) => text === '党');
    await selectText(page, '两个确立');
    await dispatchCommand(browser.worker, tabId);
    await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === 1, 'saved while on');
    await expect.poll(() => painted(page)).toEqual(['两个确立']);

    // Switched off while the page is open: its highlights leave the page (they stay stored).
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { disabledSites: ['127.0.0.1'] } }));
    await expect.poll(() => painted(page)).toEqual([]);

    // Loaded while off: no badge, nothing painted, no toolbar on a selection.
    await page.reload({ waitUntil: 'load' });
    const popup = await browser.openPopup(tabId);
    expect(await popup.locator('main.popup').getAttribute('data-view')).toBe('switched-off');
    expect(await popup.locator('[data-state="switched-off"] h2').textContent()).toBe('本网站已关闭本扩展');
    expect(await popup.locator('[data-state="switched-off"] p').first().textContent()).toContain('127.0.0.1');
    expect((await browser.badge(tabId)).text).toBe('');
    expect(await painted(page)).toEqual([]);
    const toolbar = toolbarOf(page);
    await selectText(page, '以高质量党建引领');
    await page.keyboard.press('Shift');
    // The (absent) toolbar has had its chance to appear.
    await selectionHandled(page);
    expect(await toolbar.count()).toBe(0);
    // The shortcut saves nothing here and says why.
    await dispatchCommand(browser.worker, tabId);
    expect(await toolbar.text('.message')).toContain('本网站已关闭本扩展');
    expect(await storedAnnotations(browser.worker)).toHaveLength(1);

    // Switched back on from the popup: the open page is analysed, badged and painted again, and the toolbar works.
    await popup.locator('[data-state="switched-off"] button').click();
    await expect.poll(() => popup.locator('main.popup').getAttribute('data-view')).toBe('analysed');
    await browser.waitForBadge(tabId, (text) => text === '党');
    await expect.poll(() => painted(page)).toEqual(['两个确立']);
    expect(await browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings?.disabledSites)).toEqual([]);
    await expect
      .poll(async () => {
        await selectText(page, '以高质量党建引领');
        await page.keyboard.press('Shift');
        return toolbar.evaluate((root) => root.querySelectorAll('button.swatch').length, null);
      })
      .toBe(5);
    await Promise.all([popup.close(), page.close()]);
  });
});
