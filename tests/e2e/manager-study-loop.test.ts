// The manager's study loop in headless Chromium with the real extension:
// expand/collapse all, search matches marked, the 提法 filter as you type,
// deleting one passage with undo, copying a quote with its citation (read
// back from the clipboard), clicking a passage to open its article scrolled
// to the highlight (a new tab, then the tab already open), and settings that
// are not left unsaved silently.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchCommand, selectText } from './support/highlights.ts';
import { openManager, seedLibrary, sendLibraryRequest, studyLibrary, URL_LEADERSHIP } from './support/manager.ts';
import { useExtensionSession } from './support/session.ts';

const { browser, server } = useExtensionSession();
let manager: Page;
const library = studyLibrary();

beforeAll(async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  manager = await openManager(browser);
  await seedLibrary(manager, library);
  await manager.reload();
  await manager.waitForSelector('li.article');
});

const waitForCounts = (expected: string) => manager.locator('.library__counts', { hasText: expected }).waitFor();
const openCards = () => manager.locator('li.article .passages').count();
const leadership = () => manager.locator(`li.article[data-url="${URL_LEADERSHIP}"]`);

async function clearFilters(): Promise<void> {
  const clear = manager.locator('.filters__clear');
  if (await clear.count()) await clear.click();
  await waitForCounts('共 3 篇文章、6 条标注');
}

describe('the list', () => {
  it('全部展开 opens every article, 全部收起 closes them', async () => {
    expect(await openCards()).toBe(0);
    await manager.locator('button[data-action="expand-all"]').click();
    await expect.poll(openCards).toBe(3);
    await expect(manager.locator('li.passage').count()).resolves.toBe(6);
    await manager.locator('button[data-action="collapse-all"]').click();
    await expect.poll(openCards).toBe(0);
  });

  it('marks search matches in quotes and notes, visibly in the page\'s colours', async () => {
    await manager.locator('#library-search').fill('支部');
    await waitForCounts('找到 1 篇文章、1 条标注');
    const marks = manager.locator('li.passage mark.match');
    await expect(marks.allInnerTexts()).resolves.toEqual(['支部']);
    // Measured: a coloured background, text in the page's own colour.
    const style = await marks.first().evaluate((mark) => {
      const own = getComputedStyle(mark);
      return { background: own.backgroundColor, color: own.color, parentColor: getComputedStyle(mark.parentElement!).color };
    });
    expect(style.background).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
    expect(style.color).toBe(style.parentColor);
    await clearFilters();
  });

  it('the 提法 filter applies as the reader types, without Enter', async () => {
    await manager.locator('#formulation-filter').pressSequentially('两个确立', { delay: 30 });
    await waitForCounts('找到 1 篇文章、1 条标注');
    await expect(manager.locator('li.passage .passage__quote mark').allInnerTexts()).resolves.toEqual(['两个确立']);
    await clearFilters();
  });
});

describe('one passage', () => {
  it('is deleted by its own button at once, and 撤销 brings it back', async () => {
    await leadership().locator('button[aria-expanded="false"]').click();
    const passage = leadership().locator('li.passage').nth(1);
    const id = await passage.getAttribute('data-id');
    await passage.locator('button[data-action="delete-passage"]').click();
    const toast = manager.locator('.toast', { hasText: '已删除 1 条' });
    await toast.waitFor();
    await manager.locator(`li.passage[data-id="${id}"]`).waitFor({ state: 'detached' });
    const stored = async () => (await sendLibraryRequest(manager, { type: 'library-get' })).annotations.map((a) => a.id);
    expect(await stored()).not.toContain(id);
    await toast.locator('button', { hasText: '撤销' }).click();
    await manager.locator(`li.passage[data-id="${id}"]`).waitFor();
    expect(await stored()).toContain(id);
  });

  it('is copied with its citation as plain text (read back from the clipboard)', async () => {
    const passage = leadership().locator('li.passage').first();
    await passage.locator('button[data-action="copy-citation"]').click();
    await manager.locator('.toast', { hasText: '已复制引文' }).waitFor();
    const copied = await manager.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`深刻领悟“两个确立”的决定性意义\n——《坚持和加强党的全面领导》，来源：示例日报，作者：理论评论员，2024年3月1日\n${URL_LEADERSHIP}`);
  });
});

describe('opening a passage in its article', () => {
  const quote = '把学习成果转化为推动高质量发展的实际行动';
  let url: string;

  /** The highlight's text is on screen (measured on the page's own layout). */
  const quoteOnScreen = (page: Page) =>
    page.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const rect = range.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= innerHeight;
      }
      return false;
    }, quote);

  beforeAll(async () => {
    url = server.url('/fixtures/long-study-article.html');
    const { page, tabId } = await browser.openTab(url);
    expect(await selectText(page, quote)).toBe(quote);
    await dispatchCommand(browser.worker, tabId);
    // Saved: the open manager lists the article (it follows storage changes).
    await manager.locator(`li.article[data-url="${url}"]`).waitFor();
    await page.close();
  });

  it('opens a new tab when none shows the article, scrolled to the highlight', async () => {
    await manager.bringToFront();
    const card = manager.locator(`li.article[data-url="${url}"]`);
    await card.waitFor();
    await card.locator('button[aria-expanded="false"]').click();
    const [article] = await Promise.all([browser.context.waitForEvent('page'), card.locator('button.passage__open').click()]);
    await article.waitForLoadState();
    expect(article.url()).toBe(url);
    await expect.poll(() => quoteOnScreen(article), { timeout: 20_000 }).toBe(true);
    expect(await article.evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  it('uses the tab already showing the article instead of opening another', async () => {
    const article = browser.context.pages().find((p) => p.url() === url)!;
    await article.evaluate(() => scrollTo(0, 0));
    expect(await quoteOnScreen(article)).toBe(false);
    const pagesBefore = browser.context.pages().length;
    await manager.bringToFront();
    await manager.locator(`li.article[data-url="${url}"] button.passage__open`).click();
    await expect.poll(() => quoteOnScreen(article), { timeout: 20_000 }).toBe(true);
    expect(browser.context.pages()).toHaveLength(pagesBefore);
    await article.close();
  });
});

describe('settings', () => {
  it('leaving the settings tab with a change not saved asks first; closing the page asks the browser', async () => {
    const page = await openManager(browser, '#settings');
    await page.locator('form.settings').waitFor();
    await page.locator('input[name="sensitivity"][value="low"]').check();
    await page.locator('.settings__unsaved').waitFor();
    await page.locator('[role="tab"]', { hasText: '提法索引' }).click();
    const dialog = page.locator('[role="alertdialog"]');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('设置尚未保存');
    await dialog.locator('button', { hasText: '继续编辑' }).click();
    await expect(page.locator('input[name="sensitivity"][value="low"]').isChecked()).resolves.toBe(true);

    // Closing the page: the browser's own beforeunload question.
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => {
      resolve(d.type());
      void d.dismiss();
    }));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    await page.locator('[role="tab"]', { hasText: '提法索引' }).click();
    await page.locator('[role="alertdialog"] button', { hasText: '放弃更改' }).click();
    await page.locator('[role="tab"][aria-selected="true"]', { hasText: '提法索引' }).waitFor();
    expect((await sendLibraryRequest(page, { type: 'settings-get' })).detectionSensitivity).not.toBe('low');
    await page.close();
  });
});
