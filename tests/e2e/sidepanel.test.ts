// The side panel in real Chromium: the popup's analysis and this page's
// highlights for the tab it follows (tab switch, navigation), live as
// highlights are saved, edited and deleted in the page or the manager, a
// click scrolling the page, its layout at 320/400/500 px, and the popup's
// button that opens it. Headless Chromium cannot show the real side panel
// UI, so the panel page is opened in a window of its own and follows the
// article window by the browser's real tab events (support/side-panel.ts);
// what only the real panel host does (its width handle, its own window id)
// is not covered here.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { popoverOf } from './support/closed-ui.ts';
import { dispatchCommand, revealedOccurrencePlace, selectText, storedAnnotations, waitFor, type StoredSummary } from './support/highlights.ts';
import { openManager, sendLibraryRequest } from './support/manager.ts';
import { activateTab, openSidePanel, panelQuotes, panelTitle, windowOf } from './support/side-panel.ts';
import { useExtensionSession } from './support/session.ts';

const COMMENTARY = '/fixtures/party-commentary.html';
const COMMENTARY_TITLE = '以高质量党建引领学院事业高质量发展';
const EVERYDAY = '/fixtures/everyday-article.html';
const EVERYDAY_TITLE = '初夏时节，如何做一碗清爽的凉面';

const { browser, server } = useExtensionSession({ clearStorageBeforeEach: true });

/** Select `text` in the page, save it by the keyboard command, wait until stored. */
async function saveInPage(page: Page, tabId: number, text: string): Promise<StoredSummary> {
  const before = await storedAnnotations(browser.worker);
  await selectText(page, text);
  await dispatchCommand(browser.worker, tabId);
  const after = await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === before.length + 1, `"${text}" stored`);
  return after.find((a) => !before.some((b) => b.id === a.id))!;
}

/** Scroll the first occurrence of `text` to the middle of the viewport; the centre of its box. */
async function centreOfText(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent!.indexOf(wanted);
      if (index < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    throw new Error(`${wanted} not in the page`);
  }, text);
}

async function closeAll(...pages: Page[]): Promise<void> {
  await Promise.all(pages.map((page) => page.close()));
}

describe('the side panel', () => {
  it('shows the active tab\'s analysis and highlights, and follows tab switches and navigation', async () => {
    const first = await browser.openTab(server.url(COMMENTARY));
    await saveInPage(first.page, first.tabId, '四个自信');
    const second = await browser.openTab(server.url(EVERYDAY));
    const windowId = await windowOf(browser.worker, first.tabId);
    expect(await windowOf(browser.worker, second.tabId)).toBe(windowId);

    // The second tab opened last is the active one.
    const panel = await openSidePanel(browser, windowId, 400);
    await expect.poll(() => panelTitle(panel)).toBe(EVERYDAY_TITLE);
    expect(await panel.locator('li.highlight').count()).toBe(0);

    // Switch to the party-building article: its analysis (verdict, formulations, key points) and its highlight.
    await activateTab(browser.worker, first.tabId);
    await expect.poll(() => panelTitle(panel)).toBe(COMMENTARY_TITLE);
    await expect.poll(() => panelQuotes(panel)).toEqual(['四个自信']);
    expect(await panel.locator('.verdict--detected').count()).toBe(1);
    expect(await panel.locator('button.formulation').count()).toBeGreaterThan(0);
    expect(await panel.locator('.key-points li').count()).toBeGreaterThan(2);
    // The page's export buttons, as in the popup.
    expect(await panel.locator('[data-export="markdown"]').count()).toBe(1);
    expect(await panel.locator('[data-export="docx"]').count()).toBe(1);
    // The popup's own button to open the panel is not in the panel.
    expect(await panel.locator('[data-action="open-side-panel"]').count()).toBe(0);

    // The followed tab navigates to another article: the panel shows that one.
    await first.page.goto(server.url(EVERYDAY));
    await expect.poll(() => panelTitle(panel)).toBe(EVERYDAY_TITLE);
    await expect.poll(() => panel.locator('li.highlight').count()).toBe(0);
    // And back.
    await first.page.goBack();
    await expect.poll(() => panelTitle(panel)).toBe(COMMENTARY_TITLE);
    await expect.poll(() => panelQuotes(panel)).toEqual(['四个自信']);
    await closeAll(panel, first.page, second.page);
  });

  it('updates live as highlights are saved, edited and deleted in the page and in the manager', async () => {
    const { page, tabId } = await browser.openTab(server.url(COMMENTARY));
    const panel = await openSidePanel(browser, await windowOf(browser.worker, tabId), 400);
    await expect.poll(() => panelTitle(panel)).toBe(COMMENTARY_TITLE);

    // Saved in the page (the keyboard command; the toolbar and context menu take the same path to the store).
    const first = await saveInPage(page, tabId, '四个自信');
    await expect.poll(() => panelQuotes(panel)).toEqual(['四个自信']);
    await saveInPage(page, tabId, '一岗双责');
    await expect.poll(() => panelQuotes(panel)).toEqual(['四个自信', '一岗双责']);

    // Edited in the page: the popover over the painted highlight.
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const at = await centreOfText(page, '四个自信');
    await page.mouse.click(at.x, at.y);
    const popover = popoverOf(page);
    await popover.fill('textarea', '页面上写的批注');
    await popover.click('button.primary');
    await expect.poll(() => panel.locator(`li.highlight[data-id="${first.id}"] .highlight__note`).textContent()).toBe('页面上写的批注');

    // Edited and in the manager (the library messages its editor and delete button send).
    // The manager opens as a tab of the article's window: the article is brought back to the front, as a reader would.
    const manager = await openManager(browser);
    await activateTab(browser.worker, tabId);
    await expect.poll(() => panelQuotes(panel)).toEqual(['四个自信', '一岗双责']);
    const library = await sendLibraryRequest(manager, { type: 'library-get' });
    const stored = library.annotations.find((a) => a.id === first.id)!;
    const edited = { ...stored, body: stored.body.map((body) => (body.purpose === 'commenting' ? { ...body, value: '管理页改的批注' } : body)) };
    await sendLibraryRequest(manager, { type: 'library-update', annotation: edited });
    await expect.poll(() => panel.locator(`li.highlight[data-id="${first.id}"] .highlight__note`).textContent()).toBe('管理页改的批注');
    await sendLibraryRequest(manager, { type: 'library-delete', ids: [first.id] });
    await expect.poll(() => panelQuotes(panel)).toEqual(['一岗双责']);

    // Deleted in the page: the popover's delete button.
    await page.mouse.click(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    const second = (await storedAnnotations(browser.worker))[0]!;
    const atSecond = await centreOfText(page, second.quote);
    await page.mouse.click(atSecond.x, atSecond.y);
    await popover.click('button', '删除');
    await expect.poll(() => panel.locator('li.highlight').count()).toBe(0);
    await closeAll(manager, panel, page);
  });

  it('scrolls the page to a formulation or a highlight clicked in the panel', async () => {
    const { page, tabId } = await browser.openTab(server.url(COMMENTARY));
    await page.setViewportSize({ width: 1100, height: 300 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await saveInPage(page, tabId, '战斗堡垒');
    await page.evaluate(() => {
      getSelection()?.removeAllRanges();
      window.scrollTo(0, 0);
    });
    const panel = await openSidePanel(browser, await windowOf(browser.worker, tabId), 360);
    await expect.poll(() => panelQuotes(panel)).toEqual(['战斗堡垒']);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await panel.locator('li.highlight .highlight__quote').click();
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBeGreaterThan(0);

    await page.evaluate(() => window.scrollTo(0, 0));
    await panel.locator('button.formulation[data-text="两个维护"]').click();
    await expect.poll(() => panel.locator('[data-field="reveal-status"]').getAttribute('data-occurrence')).toBe('1');
    await expect.poll(() => revealedOccurrencePlace(page)).toBe('in view');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await closeAll(panel, page);
  });

  it.each([320, 400, 500])('has no horizontal scrollbar and body text of at least 13 px at %i px', async (width) => {
    const { page, tabId } = await browser.openTab(server.url(COMMENTARY));
    // A long quote and a note with a long unbroken run, the widest content the list can hold.
    await saveInPage(page, tabId, '各级党组织要严明');
    const panel = await openSidePanel(browser, await windowOf(browser.worker, tabId), width);
    await expect.poll(() => panel.locator('li.highlight').count()).toBe(1);
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      const measured = await panel.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        clientWidth: document.documentElement.clientWidth,
        body: Number.parseFloat(getComputedStyle(document.body).fontSize),
        texts: [...document.querySelectorAll('.article__title, .metadata dd, .key-points li, .highlight__quote, .formulation__text')]
          .map((element) => Number.parseFloat(getComputedStyle(element).fontSize)),
        widest: Math.max(...[...document.querySelectorAll('main *')].map((element) => element.getBoundingClientRect().right)),
      }));
      expect(measured.clientWidth).toBe(width);
      expect(measured.overflow).toBe(0);
      expect(measured.widest).toBeLessThanOrEqual(width);
      expect(measured.body).toBeGreaterThanOrEqual(13);
      expect(measured.texts.length).toBeGreaterThan(5);
      for (const size of measured.texts) expect(size).toBeGreaterThanOrEqual(13);
    }
    await closeAll(panel, page);
  });

  it('is opened by the popup\'s 侧边栏 button in the article tab\'s window, and the popup closes', async () => {
    const { page, tabId } = await browser.openTab(server.url(COMMENTARY));
    // The browser's own event: Chromium fires it when the real side panel opens a document.
    await browser.worker.evaluate(() => {
      const scope = self as unknown as { __panelsOpened: unknown[] };
      scope.__panelsOpened = [];
      (globalThis as unknown as { chrome: { sidePanel: { onOpened: { addListener(listener: (info: unknown) => void): void } } } }).chrome.sidePanel.onOpened.addListener(
        (info) => scope.__panelsOpened.push(info),
      );
    });
    const popup = await browser.openPopup(tabId);
    const button = popup.locator('[data-action="open-side-panel"]');
    expect(await button.textContent()).toBe('侧边栏');
    const closed = popup.waitForEvent('close');
    await button.click();
    await closed;
    const opened = await waitFor(
      () => browser.worker.evaluate(() => (self as unknown as { __panelsOpened: { path: string; windowId: number }[] }).__panelsOpened),
      (list) => list.length > 0,
      'the side panel opened',
    );
    expect(opened).toEqual([{ path: '/sidepanel.html', windowId: await windowOf(browser.worker, tabId) }]);
    await page.close();
  });
});
