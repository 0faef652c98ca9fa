// The e2e harness itself: what the other browser tests rely on. A tab's id
// must be its own even when tabs open at once (the two-tabs store test opens
// two together); asking "which tab is active" gave both tabs the later one's
// id in 8 of 30 pairs.
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/session.ts';

declare const chrome: { tabs: { get(id: number): Promise<{ url?: string }> } };

const { browser, server } = useExtensionSession();

describe('openTab', () => {
  it('gives each of two tabs opened at the same time its own tab id, 15 pairs in a row', async () => {
    const mismatches: string[] = [];
    for (let pair = 0; pair < 15; pair += 1) {
      const urls = [server.registerPage(`a${pair}.html`, `<p>甲${pair}</p>`), server.registerPage(`b${pair}.html`, `<p>乙${pair}</p>`)];
      const tabs = await Promise.all(urls.map((url) => browser.openTab(url)));
      for (const { page, tabId } of tabs) {
        const url = await browser.worker.evaluate(async (id) => (await chrome.tabs.get(id)).url, tabId);
        if (url !== page.url()) mismatches.push(`pair ${pair}: the tab of ${page.url()} was given the id of ${url}`);
      }
      await Promise.all(tabs.map(({ page }) => page.close()));
    }
    expect(mismatches).toEqual([]);
  });

  it('tells apart two tabs showing the same URL', async () => {
    const url = server.registerPage('same.html', '<p>同一页面</p>');
    const tabs = await Promise.all([browser.openTab(url), browser.openTab(url)]);
    expect(tabs[0].tabId).not.toBe(tabs[1].tabId);
    // Each id names its own tab: a change made through one id shows in that page only.
    await Promise.all(tabs.map(({ page }) => page.evaluate(() => (document.title = ''))));
    await browser.worker.evaluate(
      (id) => (globalThis as unknown as { chrome: { scripting: { executeScript(i: object): Promise<unknown> } } }).chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          document.title = 'marked';
        },
      }),
      tabs[1].tabId,
    );
    expect(await Promise.all(tabs.map(({ page }) => page.title()))).toEqual(['', 'marked']);
    await Promise.all(tabs.map(({ page }) => page.close()));
  });
});
