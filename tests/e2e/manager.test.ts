// The manager page wired into the real extension, in headless Chromium: the
// library seeded through the background's own messages, then listed,
// searched, filtered, indexed by formulation, exported to a downloaded file
// whose content is checked, imported into a fresh profile, a malformed
// import refused; settings persist and the background honours them.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-reader.ts';
import { launchExtensionBrowser } from './support/browser.ts';
import { contentOf, openManager, seedLibrary, sendLibraryRequest, studyLibrary, URL_LEADERSHIP } from './support/manager.ts';
import { useExtensionSession } from './support/session.ts';

const { browser, server } = useExtensionSession();
let manager: Page;
const library = studyLibrary();
/** Files the export test downloaded, for the import test. */
const downloads: Record<string, string> = {};

beforeAll(async () => {
  manager = await openManager(browser);
  await seedLibrary(manager, library);
  await manager.reload();
  await manager.waitForSelector('li.article');
});

const counts = (page: Page) => page.locator('.library__counts').innerText();
const articleTitles = (page: Page) => page.locator('li.article .article__title').allInnerTexts();

async function waitForCounts(page: Page, expected: string): Promise<void> {
  await page.locator('.library__counts', { hasText: expected }).waitFor();
}

async function clearFilters(page: Page): Promise<void> {
  const clear = page.locator('.filters__clear');
  if (await clear.count()) await clear.click();
  await waitForCounts(page, '共 3 篇文章、6 条标注');
}

describe('library', () => {
  it('lists every saved article with its passages, from the real store', async () => {
    expect(await counts(manager)).toBe('共 3 篇文章、6 条标注');
    expect((await articleTitles(manager)).sort()).toEqual(library.pages.map((p) => p.metadata.title!).sort());
    const leadership = manager.locator(`li.article[data-url="${URL_LEADERSHIP}"]`);
    await expect(leadership.locator('.article__count').innerText()).resolves.toBe('3 条标注');
  });

  it('search narrows to passages containing the words, with no word segmentation', async () => {
    await manager.locator('#library-search').fill('区别于其他政党');
    await waitForCounts(manager, '找到 1 篇文章、1 条标注');
    expect(await articleTitles(manager)).toEqual(['以党的自我革命引领社会革命']);
    await expect(manager.locator('li.article .passage__quote').allInnerTexts()).resolves.toEqual(['勇于自我革命是我们党区别于其他政党的显著标志']);
    // Words of a title find the article with all its passages.
    await manager.locator('#library-search').fill('自我革命');
    await waitForCounts(manager, '找到 1 篇文章、2 条标注');
    // A note's words are searched too.
    await manager.locator('#library-search').fill('支部学习');
    await waitForCounts(manager, '找到 1 篇文章、1 条标注');
    expect(await articleTitles(manager)).toEqual(['坚持和加强党的全面领导']);
    await manager.locator('#library-search').fill('');
    await waitForCounts(manager, '共 3 篇文章、6 条标注');
  });

  it('a colour and a tag filter narrow the list', async () => {
    await manager.locator('button.swatch--red').click();
    await waitForCounts(manager, '找到 2 篇文章、2 条标注');
    await manager.locator('fieldset.filters select:has(option[value="理论学习"])').selectOption('理论学习');
    await waitForCounts(manager, '找到 1 篇文章、1 条标注');
    await expect(manager.locator('li.article .passage__quote').allInnerTexts()).resolves.toEqual(['深刻领悟“两个确立”的决定性意义']);
    await clearFilters(manager);
  });

  it('the formulation index shows in how many articles, how often and in which passages', async () => {
    await manager.locator('[role="tab"]', { hasText: '提法索引' }).click();
    const strict = manager.locator('li.formulation[data-formulation="全面从严治党"]');
    await expect(strict.locator('.formulation__stats').innerText()).resolves.toBe('2 篇文章 · 共 6 次 · 2 条标注');
    await expect(manager.locator('li.formulation[data-formulation="两个确立"] .formulation__stats').innerText()).resolves.toBe(
      '1 篇文章 · 共 3 次 · 1 条标注',
    );
    await strict.locator('.formulation__toggle').click();
    await expect(strict.locator('.formulation__passages .passage__quote').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(['全面从严治党永远在路上', '坚定不移推进全面从严治党']),
    );
    // A formulation the lexicon explains opens onto its 释义, quoted from the document it names.
    const established = manager.locator('li.formulation[data-formulation="两个确立"]');
    await established.locator('.formulation__toggle').click();
    const gloss = established.locator('[data-field="gloss"]');
    await expect(gloss.locator('.formulation__gloss-text').innerText()).resolves.toBe(
      '党确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位',
    );
    await expect(gloss.locator('.formulation__gloss-source').innerText()).resolves.toMatch(/^出处：.*决议（2021年）$/);
    await manager.locator('[role="tab"]', { hasText: '文章与标注' }).click();
    await manager.waitForSelector('.library__counts');
  });
});

describe('export', () => {
  async function exportAs(format: 'docx' | 'json' | 'markdown' | 'csv' | 'html'): Promise<{ name: string; text: string; path: string }> {
    await manager.locator('fieldset.export select').first().selectOption(format);
    const [download] = await Promise.all([manager.waitForEvent('download'), manager.locator('fieldset.export button.button--primary').click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
  }

  it('JSON downloads an AnnotationCollection of the whole library with its pages', async () => {
    const file = await exportAs('json');
    // Named by the days its passages were saved.
    expect(file.name).toMatch(/^党建批注-\d{4}-\d{2}-\d{2}(至\d{4}-\d{2}-\d{2})?\.json$/);
    const doc = JSON.parse(file.text) as { type: string; total: number; first: { items: { id: string }[] }; pages?: unknown[] };
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(6);
    expect(doc.first.items.map((a) => a.id).sort()).toEqual(library.annotations.map((a) => a.id).sort());
    downloads.json = file.path;
  });

  it('Word study notes (.docx, the first format) read back with every article as a Heading 1 and its excerpts', async () => {
    await expect(manager.locator('fieldset.export select').first().locator('option').first().getAttribute('value')).resolves.toBe('docx');
    const file = await exportAs('docx');
    expect(file.name).toMatch(/^党建批注-.*\.docx$/);
    const doc = readDocx(readFileSync(file.path));
    expect(doc.pageSize).toEqual({ width: 11906, height: 16838 });
    const titles = doc.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    // Every article, then the glossary (术语释义) the notes end with.
    expect(titles.at(-1)).toBe('术语释义');
    expect(titles.slice(0, -1).sort()).toEqual(library.pages.map((p) => p.metadata.title!).sort());
    const glossary = doc.paragraphs.slice(doc.paragraphs.findIndex((p) => p.text === '术语释义') + 1).map((p) => p.text);
    expect(glossary).toContain('两个确立：党确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位（党的百年奋斗重大成就和历史经验的决议（2021年））');
    const excerpts = doc.paragraphs.filter((p) => p.style === 'Excerpt').map((p) => p.text);
    expect(excerpts).toContain('【红】深刻领悟“两个确立”的决定性意义');
    expect(excerpts).toHaveLength(library.annotations.length);
    expect(doc.paragraphs.map((p) => p.text)).toContain('批注：第一次支部学习的重点');
  });

  it('Markdown study notes have each article as a heading with its passages and notes', async () => {
    const file = await exportAs('markdown');
    expect(file.name).toMatch(/\.md$/);
    for (const page of library.pages) expect(file.text).toMatch(new RegExp(`^#+ ${page.metadata.title}$`, 'm'));
    expect(file.text).toContain('深刻领悟“两个确立”的决定性意义');
    expect(file.text).toContain('第一次支部学习的重点');
    // The notes end with the 释义 of their formulations that have one.
    const glossary = file.text.slice(file.text.indexOf('\n## 术语释义\n'));
    expect(glossary).toMatch(/^\n## 术语释义\n/);
    expect(glossary).toContain('- **两个确立**：党确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位（');
    expect(glossary).not.toMatch(/^## (?!术语释义)/m);
  });

  it('HTML study notes (for printing) end with 术语释义 after the last article', async () => {
    const file = await exportAs('html');
    expect(file.name).toMatch(/\.html$/);
    const body = file.text.slice(file.text.indexOf('<body'), file.text.indexOf('</body>'));
    const glossaryAt = body.indexOf('<section class="glossary"><h2>术语释义</h2>');
    expect(glossaryAt).toBeGreaterThan(0);
    // After every article: no article title comes after it.
    for (const page of library.pages) {
      const titleAt = body.indexOf(page.metadata.title!);
      expect(titleAt, page.metadata.title!).toBeGreaterThan(0);
      expect(titleAt, page.metadata.title!).toBeLessThan(glossaryAt);
    }
    expect(body.slice(glossaryAt)).toContain(
      '<dt>两个确立</dt><dd>党确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位（党的百年奋斗重大成就和历史经验的决议（2021年））</dd>',
    );
  });

  it('CSV starts with the UTF-8 BOM and has a row per passage', async () => {
    const file = await exportAs('csv');
    const bytes = readFileSync(file.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.text).toContain('银杏叶落满了整条街道');
  });
});

describe('import', () => {
  it('the exported JSON restores the library in a fresh profile (same ids, notes, tags)', async () => {
    expect(downloads.json).toBeDefined();
    const fresh = await launchExtensionBrowser();
    try {
      const page = await openManager(fresh, '#import');
      await page.locator('input[type="file"]').setInputFiles(downloads.json!);
      await page.locator('.import__result .notice--success').waitFor();
      expect(await page.locator('.import__result .notice--success').innerText()).toContain('新增 6 条标注');
      const restored = await sendLibraryRequest(page, { type: 'library-get' });
      const original = await sendLibraryRequest(manager, { type: 'library-get' });
      expect(contentOf(restored)).toEqual(contentOf(original));
      expect(restored.pages.map((p) => p.metadata.title).sort()).toEqual(original.pages.map((p) => p.metadata.title).sort());
      await page.locator('[role="tab"]', { hasText: '文章与标注' }).click();
      await waitForCounts(page, '共 3 篇文章、6 条标注');
    } finally {
      await fresh.close();
    }
  });

  it('a malformed file is refused with a message saying where, and nothing changes', async () => {
    expect(downloads.json).toBeDefined();
    const before = await sendLibraryRequest(manager, { type: 'library-get' });
    const page = await openManager(browser, '#import');
    // The library's own export, with one record tampered with and one new record that would be added.
    const doc = JSON.parse(readFileSync(downloads.json!, 'utf8')) as { total: number; first: { items: { id: string; target: { source: string } }[] } };
    doc.first.items[2]!.target.source = 'javascript:alert(1)';
    doc.first.items.push({ ...doc.first.items[0]!, id: 'urn:uuid:e2e00000-0000-4000-8000-0000000000ff' });
    doc.total = doc.first.items.length;
    const broken = JSON.stringify(doc);
    await page.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const alert = page.locator('.import__result[role="alert"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('文件未导入，现有数据没有任何改动');
    // Each problem names the record and the JSON path of the bad value.
    expect(await alert.innerText()).toMatch(/第 3 条标注：target\.source .*（位置 \$\.first\.items\[2\]\.target\.source）/);
    const after = await sendLibraryRequest(manager, { type: 'library-get' });
    expect(contentOf(after)).toEqual(contentOf(before));
    await page.close();
  });

  it('under an English browser the per-record problems are English, and a value from the file stays text', async () => {
    expect(downloads.json).toBeDefined();
    const doc = JSON.parse(readFileSync(downloads.json!, 'utf8')) as { first: { items: { id: unknown; created: string; target: { source: string } }[] } };
    const hostile = '<img src=x onerror=alert(1)>';
    doc.first.items[0]!.created = hostile;
    doc.first.items[1]!.id = 5;
    doc.first.items[2]!.target.source = 'javascript:alert(1)';
    const english = await launchExtensionBrowser({ uiLanguage: 'en-US' });
    try {
      const page = await openManager(english, '#import');
      await page.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
      const alert = page.locator('.import__result[role="alert"]');
      await alert.waitFor();
      expect(await alert.locator('p').first().innerText()).toContain('The file was not imported');
      expect(await alert.locator('.import__issues li').allInnerTexts()).toEqual([
        `Highlight 1: created is not an ISO 8601 date and time with a time zone (such as 2026-11-24T09:30:00+08:00): ${JSON.stringify(hostile)} (at $.first.items[0].created)`,
        'Highlight 2: id should be a string, but is a number (at $.first.items[1].id)',
        'Highlight 3: target.source is not a web page address (only http and https are accepted, not javascript:) (at $.first.items[2].target.source)',
      ]);
      expect(await alert.locator('img').count()).toBe(0);
      // Long lines wrap inside the panel: nothing sticks out sideways, and a
      // word (a path, a URL) that fits on a line is never split across two.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const splitWords = await alert.locator('.import__issues li').evaluateAll((items) =>
        items.flatMap((li) => {
          const text = li.firstChild;
          if (!(text instanceof Text)) return ['(not one text node)'];
          return [...text.data.matchAll(/\S+/g)].flatMap((word) => {
            const range = document.createRange();
            range.setStart(text, word.index);
            range.setEnd(text, word.index + word[0].length);
            const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            const width = [...range.getClientRects()].reduce((sum, rect) => sum + rect.width, 0);
            const fits = width < li.clientWidth;
            return tops.size > 1 && fits ? [word[0]] : [];
          });
        }),
      );
      expect(splitWords).toEqual([]);
    } finally {
      await english.close();
    }
  });

  it('a library change in another tab shows up in an open manager without reloading it', async () => {
    const other = await openManager(browser);
    const extra = studyLibrary().annotations[0]!;
    await sendLibraryRequest(other, {
      type: 'library-update',
      annotation: { ...extra, body: [...extra.body, { type: 'TextualBody', purpose: 'tagging', value: '另一标签页' }] },
    });
    await other.close();
    await manager.locator('fieldset.filters option[value="另一标签页"]').waitFor({ state: 'attached' });
  });
});

describe('settings', () => {
  it('persist across reloads and reach the store the content script reads', async () => {
    const page = await openManager(browser, '#settings');
    await page.locator('form.settings').waitFor();
    await page.locator('.settings__check input[type="checkbox"]').uncheck();
    await page.locator('input[name="default-color"][value="green"]').check();
    await page.locator('#disabled-sites').fill('https://www.example.com/path\nexample.net');
    await page.locator('input[name="sensitivity"][value="high"]').check();
    await page.locator('form.settings button[type="submit"]').click();
    await page.locator('form.settings [role="status"]', { hasText: '设置已保存' }).waitFor();
    await page.reload();
    await page.locator('form.settings').waitFor();
    expect(await page.locator('.settings__check input[type="checkbox"]').isChecked()).toBe(false);
    expect(await page.locator('input[name="default-color"][value="green"]').isChecked()).toBe(true);
    expect(await page.locator('#disabled-sites').inputValue()).toBe('example.com\nexample.net');
    expect(await page.locator('input[name="sensitivity"][value="high"]').isChecked()).toBe(true);
    expect(await sendLibraryRequest(page, { type: 'settings-get' })).toEqual({
      floatingToolbar: false,
      defaultColor: 'green',
      disabledSites: ['example.com', 'example.net'],
      detectionSensitivity: 'high',
    });
    await page.close();
  });

  it('a site the reader switched off gets no analysis and no badge; switched back on, it does', async () => {
    const settings = await sendLibraryRequest(manager, { type: 'settings-get' });
    await sendLibraryRequest(manager, { type: 'settings-save', settings: { ...settings, disabledSites: ['127.0.0.1'] } });
    const off = await browser.openTab(server.url('/fixtures/party-commentary.html'));
    // The popup waits for the content script to finish its attempt on the page.
    const popup = await browser.openPopup(off.tabId);
    expect((await browser.badge(off.tabId)).text).toBe('');
    expect(await popup.locator('main.popup').getAttribute('data-view')).not.toBe('analysed');
    await popup.close();
    await off.page.close();

    await sendLibraryRequest(manager, { type: 'settings-save', settings: { ...settings, disabledSites: [] } });
    const on = await browser.openTab(server.url('/fixtures/party-commentary.html'));
    expect(await browser.waitForBadge(on.tabId, (text) => text !== '')).toBe('党');
    await on.page.close();
  });
});

describe('popup', () => {
  it('opens the manager and exports the current page’s annotations', async () => {
    const url = server.url('/fixtures/party-commentary.html');
    const [first] = studyLibrary().annotations;
    const onPage = { ...first!, id: 'urn:uuid:e2e00000-0000-4000-8000-popup0000001', target: { ...first!.target, source: url } };
    await seedLibrary(manager, { pages: [], annotations: [onPage] });
    const { page, tabId } = await browser.openTab(url);
    const popup = await browser.openPopup(tabId);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('button[data-export="json"]').click()]);
    const doc = JSON.parse(readFileSync(await download.path(), 'utf8')) as { total: number; first: { items: { id: string }[] } };
    expect(doc.total).toBe(1);
    expect(doc.first.items[0]!.id).toBe(onPage.id);
    expect(download.suggestedFilename()).toMatch(/^党建批注-.*\.json$/);
    const [notes] = await Promise.all([popup.waitForEvent('download'), popup.locator('button[data-export="markdown"]').click()]);
    expect(notes.suggestedFilename()).toMatch(/\.md$/);
    // Word: the page's own notes, named after its title (the fixture's <title>, analysed when the popup opened).
    const [word] = await Promise.all([popup.waitForEvent('download'), popup.locator('button[data-export="docx"]').click()]);
    expect(word.suggestedFilename()).toMatch(/^党建批注-.+-\d{4}-\d{2}-\d{2}\.docx$/);
    const wordDoc = readDocx(readFileSync(await word.path()));
    expect(wordDoc.paragraphs.filter((p) => p.style === 'Heading1')).toHaveLength(1);
    expect(wordDoc.paragraphs.filter((p) => p.style === 'Excerpt').map((p) => p.text)).toEqual([`【红】${'深刻领悟“两个确立”的决定性意义'}`]);
    expect(readFileSync(await notes.path(), 'utf8')).toContain('深刻领悟“两个确立”的决定性意义');
    // An open options page would only be focused: close the manager so the button has to open one.
    for (const open of browser.context.pages()) if (open.url().includes('/manager.html')) await open.close();
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), popup.locator('button[data-action="open-manager"]').click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`chrome-extension://${browser.extensionId}/manager.html`);
    await popup.close();
    await page.close();
  });
});
