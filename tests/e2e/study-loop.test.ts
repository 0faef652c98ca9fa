// The study loop (issue 10, section 3, popup and page): one tag syntax in the
// page's note form, the popup and the manager; 我的标注 first in the popup
// when the page has highlights, a hint with the real shortcut when it has
// none; the same passage saved twice offered for editing, not stacked; a
// highlight inside a link opened without following it; a highlight whose
// text changed marked 原文已变; truthful messages on error and non-Chinese pages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchExtensionBrowser } from './support/browser.ts';
import { allPaintedTexts, dispatchCommand, selectText, storedAnnotations, waitFor } from './support/highlights.ts';
import { popoverOf, showToolbarForSelection } from './support/closed-ui.ts';
import { dragSelect, toolbarHost } from './support/in-page-ui.ts';
import { openManager, seedLibrary, studyLibrary } from './support/manager.ts';
import { useExtensionSession } from './support/session.ts';

declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

const { browser, server } = useExtensionSession({ clearStorageBeforeEach: true });

const FIXTURE = '/fixtures/party-commentary.html';
const TAGS_PLACEHOLDER = '标签：用逗号、顿号、分号或空格分隔';

/** Each stored annotation's quote and tags. */
async function storedTags(): Promise<{ quote: string; tags: string[] }[]> {
  const all = await browser.worker.evaluate(() => chrome.storage.local.get(null));
  return Object.entries(all)
    .filter(([key]) => key.startsWith('anno:'))
    .map(([, value]) => {
      const a = value as { target: { selector: { type: string; exact?: string }[] }; body: { purpose: string; value: string }[] };
      return {
        quote: a.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '',
        tags: a.body.filter((b) => b.purpose === 'tagging').map((b) => b.value),
      };
    });
}

async function saveByCommand(page: Page, tabId: number, text: string): Promise<void> {
  const before = (await storedAnnotations(browser.worker)).length;
  await selectText(page, text);
  await dispatchCommand(browser.worker, tabId);
  await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === before + 1, `"${text}" stored`);
}

describe('one tag syntax', () => {
  it('the note form, the popup and the manager split tags alike, and each placeholder names the separators', async () => {
    const { page, tabId } = await browser.openTab(server.url(FIXTURE));
    // The page's note form.
    await selectText(page, '以高质量党建引领');
    const toolbar = await showToolbarForSelection(page);
    await toolbar.click('button.note-button');
    expect(await toolbar.attribute('input[data-field="tags"]', 'placeholder')).toBe(TAGS_PLACEHOLDER);
    await toolbar.fill('input[data-field="tags"]', '学习；党史 #理论');
    await toolbar.click('button.primary');
    await expect.poll(storedTags).toEqual([{ quote: '以高质量党建引领', tags: ['学习', '党史', '理论'] }]);

    // The popup's editor: the same text gives the same tags.
    const popup = await browser.openPopup(tabId);
    const item = popup.locator('li.highlight');
    await item.locator('[data-action="edit"]').click();
    const popupTags = item.locator('[data-field="tags-input"]');
    expect(await popupTags.getAttribute('placeholder')).toBe(TAGS_PLACEHOLDER);
    expect(await popupTags.inputValue()).toBe('学习、党史、理论');
    await popupTags.fill('作风，纪律、建设;调研');
    await item.locator('[data-action="save"]').click();
    await expect.poll(storedTags).toEqual([{ quote: '以高质量党建引领', tags: ['作风', '纪律', '建设', '调研'] }]);
    await popup.close();

    // The manager's editor.
    const manager = await openManager(browser);
    const expand = manager.locator('button[aria-expanded="false"]').first();
    if (await expand.count()) await expand.click();
    await manager.locator('.passage .passage__meta .link-button').first().click();
    const managerTags = manager.locator('.passage__editor input[type="text"]');
    expect(await managerTags.getAttribute('placeholder')).toBe(TAGS_PLACEHOLDER);
    await managerTags.fill('学习 党史；#理论');
    await manager.locator('.passage__editor button[type="submit"]').click();
    await expect.poll(storedTags).toEqual([{ quote: '以高质量党建引领', tags: ['学习', '党史', '理论'] }]);
    await Promise.all([manager.close(), page.close()]);
  });
});

describe('popup order and hint', () => {
  it('lists 我的标注 before the analysis when the page has highlights; with none, one line says how, with the current shortcut', async () => {
    const { page, tabId } = await browser.openTab(server.url(FIXTURE));
    let popup = await browser.openPopup(tabId);
    const hint = popup.locator('[data-field="highlight-hint"]');
    // The suggested key, as the browser reports it (a reader may have changed it; this profile has not).
    const shortcut = await browser.worker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).chrome.commands.getAll())
        .find((c) => c.name === 'save-highlight')?.shortcut ?? '');
    expect(shortcut).not.toBe('');
    await expect.poll(() => hint.textContent()).toBe(`选中文字，点浮动工具栏上的颜色或按 ${shortcut} 即可标注。`);
    expect(await popup.locator('.highlights').count()).toBe(0);
    const hintBox = (await hint.boundingBox())!;
    const line = await hint.evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight));
    expect(hintBox.height).toBeLessThanOrEqual(line * 1.5); // one line
    await popup.close();

    await saveByCommand(page, tabId, '两个确立');
    popup = await browser.openPopup(tabId);
    await popup.locator('li.highlight').waitFor();
    expect(await popup.locator('[data-field="highlight-hint"]').count()).toBe(0);
    // Document order: the highlights section comes before the article's analysis.
    const order = await popup.evaluate(() => {
      const section = document.querySelector('.highlights')!;
      const article = document.querySelector('article.article')!;
      return section.compareDocumentPosition(article) & Node.DOCUMENT_POSITION_FOLLOWING ? 'highlights first' : 'analysis first';
    });
    expect(order).toBe('highlights first');
    // Rows the page names nothing for are left out.
    expect(await popup.locator('main').innerText()).not.toContain('未注明');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('truthful messages', () => {
  it('a 404 page is a page: analysed, not "cannot read" or "reload"', async () => {
    const { page, tabId } = await browser.openTab(server.url('/no-such-article.html'));
    const popup = await browser.openPopup(tabId);
    expect(await popup.locator('main').getAttribute('data-view')).toBe('not-candidate');
    expect(await popup.locator('[data-state="not-chinese"] h2').textContent()).toBe('这不是中文页面');
    await Promise.all([popup.close(), page.close()]);
  });

  it('a browser error page is said to be one, not "opened before installation"', async () => {
    // The error page's tab is the one that appears while it opens (its URL is hidden from the extension).
    const tabIds = () => browser.worker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs.query({})).map((tab) => tab.id));
    const before = new Set(await tabIds());
    const page = await browser.context.newPage();
    await page.goto('http://127.0.0.1:9/unreachable-article.html').catch(() => undefined); // connection refused: Chromium shows its error page
    const added = (await tabIds()).filter((id) => !before.has(id));
    expect(added).toHaveLength(1);
    const tabId = added[0]!;
    const popup = await browser.openPopup(tabId);
    expect(await popup.locator('main').getAttribute('data-view')).toBe('cannot-read');
    expect(await popup.locator('[data-reason]').getAttribute('data-reason')).toBe('error-page');
    expect(await popup.locator('[data-state="cannot-read"] h2').textContent()).toBe('页面没有打开');
    expect(await popup.locator('main').innerText()).not.toContain('安装');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('a passage saved twice', () => {
  it('the toolbar offers the existing highlight (已标注 — 编辑) instead of the colours, and no save stacks a copy', async () => {
    const { page, tabId } = await browser.openTab(server.url(FIXTURE));
    const passage = ['旗帜鲜明讲政治', '根本要求'] as const;
    await dragSelect(page, ...passage);
    const toolbar = toolbarHost(page);
    await toolbar.click('button.swatch[data-color="yellow"]');
    await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === 1, 'first save');
    await expect.poll(async () => (await toolbar.control('[data-action="edit-existing"]')).found).toBe(false);

    // The same passage selected again: no colours, the existing highlight offered for editing.
    await dragSelect(page, ...passage);
    const offer = '[data-action="edit-existing"]';
    expect(await toolbar.text(offer)).toBe('已标注 — 编辑');
    expect((await toolbar.control('button.swatch')).found).toBe(false);
    await toolbar.click(offer);
    const popover = popoverOf(page);
    await popover.waitFor('textarea');
    await page.keyboard.press('Escape');
    await popover.waitForGone();

    // The shortcut on the same selection stores nothing more either.
    await selectText(page, ...passage);
    await dispatchCommand(browser.worker, tabId);
    await toolbar.waitFor(offer);
    // A different passage still saves.
    await saveByCommand(page, tabId, '两个确立');
    expect((await storedAnnotations(browser.worker)).map((a) => a.quote).sort()).toEqual(['两个确立', await selectText(page, ...passage)].sort());

    // The popup lists the passage once, and its own 保存选中内容 says it is already highlighted.
    const popup = await browser.openPopup(tabId);
    await expect.poll(() => popup.locator('li.highlight').count()).toBe(2);
    await selectText(page, ...passage);
    await popup.locator('[data-action="save-selection"]').click();
    await expect.poll(() => popup.locator('.highlights__message').textContent()).toBe('这段文字已经标注过，没有重复保存。');
    expect(await storedAnnotations(browser.worker)).toHaveLength(2);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('a highlight whose text changed', () => {
  it('is marked 原文已变 in the popup, with the stored quote beside what it covers now', async () => {
    const { page, tabId } = await browser.openTab(server.url(FIXTURE));
    const saved = '勇于担当、善于作为，以党建工作的新成效推动学院事业高质量发展';
    await saveByCommand(page, tabId, saved);
    await saveByCommand(page, tabId, '两个确立');
    // The site edits the sentence: served changed from now on.
    const original = await (await fetch(server.url(FIXTURE))).text();
    await page.route(server.url(FIXTURE), (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: original.replace('以党建工作的新成效', '以党建工作的崭新成效') }),
    );
    await page.reload({ waitUntil: 'load' });
    await waitFor(() => allPaintedTexts(page), (texts) => texts.length === 2, 'both repainted');
    const popup = await browser.openPopup(tabId);
    const changed = popup.locator('li.highlight[data-changed="true"]');
    await expect.poll(() => changed.count()).toBe(1);
    expect(await changed.locator('[data-field="quote"]').textContent()).toBe(saved);
    expect(await changed.locator('[data-field="changed"]').innerText()).toContain('原文已变');
    expect(await changed.locator('[data-field="current-text"]').textContent()).toBe(
      '现在的原文：勇于担当、善于作为，以党建工作的崭新成效推动学院事业高质量发展',
    );
    // The unchanged one is not marked.
    expect(await popup.locator('li.highlight:not([data-changed])').count()).toBe(1);
    await page.unroute(server.url(FIXTURE));
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('a highlight inside a link', () => {
  it('opens its note on a click without following the link; the link still works outside the highlight and from the popover', async () => {
    const linked = server.url('/fixtures/linked-article.html');
    const { page, tabId } = await browser.openTab(linked);
    await saveByCommand(page, tabId, '习近平新时代中国特色社会主义思想');
    const box = await page.evaluate(() => {
      const rects = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dj-yellow')!][0]!.getClientRects();
      const first = rects[0]!;
      return { x: first.left + Math.min(20, first.width / 2), y: first.top + first.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    const popover = popoverOf(page);
    await popover.waitFor('textarea');
    expect(page.url()).toBe(linked);
    // The link's text outside the highlight still navigates.
    const outside = await page.evaluate(() => {
      const link = document.getElementById('linked')!;
      const range = document.createRange();
      range.setStart(link.firstChild!, 0);
      range.setEnd(link.firstChild!, 2);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.keyboard.press('Escape');
    await Promise.all([page.waitForURL(/party-commentary\.html$/), page.mouse.click(outside.x, outside.y)]);
    // Back on the article, the popover's 打开链接 follows the link the highlight sits in.
    await page.goBack({ waitUntil: 'load' });
    await waitFor(() => allPaintedTexts(page), (texts) => texts.length === 1, 'repainted');
    await page.mouse.click(box.x, box.y);
    await popover.waitFor('[data-action="open-link"]');
    await Promise.all([page.waitForURL(/party-commentary\.html$/), popover.click('[data-action="open-link"]')]);
    await page.close();
  });
});

describe('one word, and plurals, in English', () => {
  it('says highlight everywhere and counts 1 highlight / 2 highlights by the plural rules', async () => {
    const english = await launchExtensionBrowser({ uiLanguage: 'en-US' });
    try {
      const manager = await openManager(english);
      await seedLibrary(manager, studyLibrary());
      await manager.reload();
      await manager.locator('.library__counts', { hasText: '3 articles, 6 highlights' }).waitFor();
      expect(await manager.locator('li.article .article__count').allInnerTexts()).toEqual(expect.arrayContaining(['3 highlights', '1 highlight']));
      await manager.locator('#library-search').fill('区别于其他政党');
      await manager.locator('.library__counts', { hasText: 'Found 1 article, 1 highlight' }).waitFor();
      const text = await manager.locator('body').innerText();
      expect(text).not.toMatch(/annotation|passage/i);
      await manager.close();

      // The popup and the page's toolbar say highlight too.
      const { page, tabId } = await english.openTab(server.url(FIXTURE));
      const popup = await english.openPopup(tabId);
      const hint = popup.locator('[data-field="highlight-hint"]');
      await expect.poll(() => hint.textContent()).toMatch(/^Select text and pick a colour, or press \S+\.$/);
      const line = await hint.evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight));
      expect((await hint.boundingBox())!.height).toBeLessThanOrEqual(line * 1.5); // one line in English too
      expect(await popup.locator('main').innerText()).not.toMatch(/annotation|passage/i);
      await popup.close();
      await dragSelect(page, '两个确立');
      expect(await toolbarHost(page).attribute('.panel', 'aria-label')).toBe('Highlight toolbar');
      await page.close();
    } finally {
      await english.close();
    }
  });
});
