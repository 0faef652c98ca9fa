// Layout as a reader sees it, measured in real Chromium: the text sizes the
// pages compute (Chromium's own stylesheet for extension pages shrinks body
// text to 75% unless the page sets it on body), the floating toolbar and the
// note form beside the selection instead of over it, in both UI languages and
// both colour schemes, and no sideways scrolling in the extension's pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { clearStorage, storedAnnotations, waitFor } from './support/highlights.ts';
import { dragSelect, intersects, panelAndSelection, toolbarHost } from './support/in-page-ui.ts';
import { openManager, seedLibrary, studyLibrary } from './support/manager.ts';
import { expectFitsWithEachGlossOpen } from './support/popup-size.ts';
import { startPageServer, type PageServer } from './support/server.ts';
import type { Page } from 'playwright-core';

const SAMPLE = '/fixtures/party-commentary.html';
let server: PageServer;

beforeAll(async () => {
  server = await startPageServer();
});
afterAll(async () => {
  await server?.close();
});

/** Computed font sizes (px) of every element matching each selector that holds text of its own. */
async function fontSizes(page: Page, selectors: string[]): Promise<Record<string, number[]>> {
  return page.evaluate((list) => {
    const out: Record<string, number[]> = {};
    for (const selector of list) {
      out[selector] = [...document.querySelectorAll(selector)]
        .filter((element) => (element.textContent ?? '').trim() !== '')
        .map((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    }
    return out;
  }, selectors);
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe.each([
  ['zh-CN', '批注…'],
  ['en-US', 'Note…'],
] as const)('in-page UI and extension pages, UI language %s', (uiLanguage, noteLabel) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser({ uiLanguage });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['light', 'dark'] as const)('the toolbar is a one-row pill beside the selection, never over it (%s)', async (scheme) => {
    const { page } = await browser.openTab(server.url(SAMPLE));
    await page.emulateMedia({ colorScheme: scheme });
    const widths: number[] = [];
    // A short selection mid-line, a long one across lines, one ending at the right edge of the text column.
    for (const [from, to] of [['旗帜鲜明讲政治', '根本要求'], ['各级党组织要严明', '行动上'], ['学院党委理论学习中心组近日', '近日']] as const) {
      await dragSelect(page, from, to);
      const toolbar = toolbarHost(page);
      const { panel: box, selection } = await panelAndSelection(toolbar);
      expect(selection.length).toBeGreaterThan(0);
      for (const line of selection) expect(intersects(box, line)).toBe(false);
      expect(box.bottom - box.top).toBeLessThanOrEqual(44);
      // One row: every button (five swatches and the note button) on the same line.
      const tops = await toolbar.evaluate(
        (root) => [...root.querySelectorAll('.panel button')].map((button) => Math.round(button.getBoundingClientRect().top + button.getBoundingClientRect().height / 2)),
        null,
      );
      expect(tops).toHaveLength(6);
      expect(new Set(tops).size).toBe(1);
      expect(await toolbar.text('button.note-button')).toBe(noteLabel);
      const viewportWidth = await page.evaluate(() => document.documentElement.clientWidth);
      expect(box.right).toBeLessThanOrEqual(viewportWidth);
      widths.push(Math.round(box.right - box.left));
      // The panel follows the colour scheme.
      const background = await toolbar.evaluate((root) => getComputedStyle(root.querySelector('.panel')!).backgroundColor, null);
      expect(background === 'rgb(255, 255, 255)').toBe(scheme === 'light');
      await page.keyboard.press('Escape');
    }
    // The same width wherever it shows.
    expect(new Set(widths).size).toBe(1);
    await page.close();
  });

  it('the note form opens beside the selection, not over it, and saves', async () => {
    await clearStorage(browser.worker);
    const { page } = await browser.openTab(server.url(SAMPLE));
    // High in the viewport: the form goes below the selection.
    await page.setViewportSize({ width: 1100, height: 800 });
    await dragSelect(page, '各级党组织要严明', '行动上');
    const toolbar = toolbarHost(page);
    const { selection } = await panelAndSelection(toolbar);
    await toolbar.click('button.note-button');
    const form = '.panel[data-mode="note"]';
    const box = (await toolbar.waitFor(form)).box!;
    for (const line of selection) expect(intersects(box, line)).toBe(false);
    expect(box.top).toBeGreaterThanOrEqual(selection[selection.length - 1]!.bottom);
    // Low in the viewport (no room below for the form): it goes above the selection.
    await page.keyboard.press('Escape');
    await dragSelect(page, '三是建强基层党组织', '战斗堡垒');
    const low = await panelAndSelection(toolbar);
    await toolbar.click('button.note-button');
    const lowBox = (await toolbar.waitFor(form)).box!;
    for (const line of low.selection) expect(intersects(lowBox, line)).toBe(false);
    expect(lowBox.bottom).toBeLessThanOrEqual(low.selection[0]!.top);
    await toolbar.fill('textarea', '学习体会');
    await toolbar.click('button.primary');
    const [saved] = await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === 1, 'the note saved');
    expect(saved!.quote).toBe('三是建强基层党组织战斗堡垒');
    expect(saved!.note).toBe('学习体会');
    await page.close();
  });

  it('popup: body text at least 13 px, fits 400 x 600 on the sample article with or without a 释义 open, no sideways scrolling', async () => {
    await clearStorage(browser.worker);
    const { page, tabId } = await browser.openTab(server.url(SAMPLE));
    const popup = await browser.openPopup(tabId);
    const sizes = await fontSizes(popup, ['body', '.metadata dd', '.key-points li', '.formulation__text', '.article__title']);
    for (const [selector, list] of Object.entries(sizes)) {
      expect(list.length, selector).toBeGreaterThan(0);
      for (const size of list) expect(size, selector).toBeGreaterThanOrEqual(13);
    }
    // The sample names no publisher: its row is left out, not shown as 未注明.
    expect(await popup.locator('dd[data-field="publisher"]').count()).toBe(0);
    expect(await popup.locator('dd[data-field="source"]').innerText()).toBe('学院党委宣传部');
    expect(await popup.locator('.metadata').innerText()).not.toMatch(/未注明|not stated/i);
    expect(await horizontalOverflow(popup)).toBeLessThanOrEqual(0);
    // As it opens and with each formulation's 释义 open: the card lies over what follows the list.
    await expectFitsWithEachGlossOpen(popup, 3);
    await Promise.all([popup.close(), page.close()]);
  });

  it('manager: body text at least 13 px, no sideways scrolling at 1280 and 1024 px in every section', async () => {
    const manager = await openManager(browser);
    await seedLibrary(manager, studyLibrary());
    await manager.reload();
    await manager.waitForSelector('.library__counts');
    const sizes = await fontSizes(manager, ['body', '.article__title', '.article__facts']);
    for (const [selector, list] of Object.entries(sizes)) {
      expect(list.length, selector).toBeGreaterThan(0);
      for (const size of list) expect(size, selector).toBeGreaterThanOrEqual(13);
    }
    for (const width of [1280, 1024]) {
      await manager.setViewportSize({ width, height: 800 });
      for (const section of ['library', 'formulations', 'import', 'settings']) {
        await manager.locator(`#tab-${section}`).click();
        // Every passage shown, with its actions (编辑, 复制引文, 删除) and a search's marks.
        if (section === 'library') {
          await manager.locator('#library-search').fill('党');
          await manager.locator('.filters__clear').waitFor();
          await manager.locator('button[data-action="expand-all"]').click();
          await manager.locator('li.passage mark.match').first().waitFor();
        }
        expect(await horizontalOverflow(manager), `${section} at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
    await manager.close();
  });
});
