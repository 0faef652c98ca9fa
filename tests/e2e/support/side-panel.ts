// The side panel in headless Chromium, which cannot show the real side
// panel UI: sidepanel.html?window=<id> opened as an ordinary tab in a window
// of its own (so it is never the active tab it follows), following the
// window that holds the article tabs through the browser's real tab events.
import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from './browser.ts';

interface WorkerChrome {
  tabs: { get(tabId: number): Promise<{ windowId: number }>; update(tabId: number, change: { active: boolean }): Promise<unknown> };
  windows: { create(details: { url: string; width: number; height: number; focused: boolean }): Promise<{ id?: number }> };
}
declare const chrome: WorkerChrome;

export async function windowOf(worker: Worker, tabId: number): Promise<number> {
  return worker.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, tabId);
}

/** Make `tabId` its window's active tab, as a click on the tab strip does. */
export async function activateTab(worker: Worker, tabId: number): Promise<void> {
  await worker.evaluate(async (id) => void (await chrome.tabs.update(id, { active: true })), tabId);
}

/** The panel following `windowId`, `width` px wide, once it shows something other than "analysing". */
export async function openSidePanel(browser: ExtensionBrowser, windowId: number, width: number): Promise<Page> {
  const url = `chrome-extension://${browser.extensionId}/sidepanel.html?window=${windowId}`;
  const opened = browser.context.waitForEvent('page', { predicate: (page) => page.url() === url || page.url() === 'about:blank' });
  await browser.worker.evaluate(async (address) => void (await chrome.windows.create({ url: address, width: 500, height: 900, focused: false })), url);
  const panel = await opened;
  await panel.waitForURL(url);
  await panel.setViewportSize({ width, height: 900 });
  await panel.waitForSelector('main.popup[data-host="panel"]:not([data-view="analysing"])');
  return panel;
}

/** The title the panel shows (null while it shows no article). */
export async function panelTitle(panel: Page): Promise<string | null> {
  return panel.evaluate(() => {
    const main = document.querySelector('main.popup');
    if (main?.getAttribute('data-view') !== 'analysed') return null;
    return document.querySelector('.article__title')?.textContent ?? null;
  });
}

/** The quotes listed under 我的标注, in order. */
export async function panelQuotes(panel: Page): Promise<string[]> {
  return panel.locator('li.highlight .highlight__quote').allTextContents();
}
