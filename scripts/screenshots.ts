// `npm run screenshots`: PNGs of everything a reader sees, to look at after
// any visible change (not a test: it asserts nothing). For each UI language
// (zh_CN, en) and colour scheme (light, dark): the popup, the side panel, the
// selection toolbar and the note form on the sample article and on a real
// corpus page, and the manager's library list, export menu, formulation
// index, settings and an import refused with its errors. Written to
// artifacts/screenshots/ (gitignored); the few the README shows (Chinese,
// light) are copied to docs/screenshots/ (DOCS_SHOTS).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildExportDocument, serializeExportDocument } from '../src/store/formats/json.ts';
import { artifactsDir, launchExtensionBrowser, type ExtensionBrowser } from '../tests/e2e/support/browser.ts';
import { popoverOf } from '../tests/e2e/support/closed-ui.ts';
import { dragSelect, toolbarHost } from '../tests/e2e/support/in-page-ui.ts';
import { waitFor, storedAnnotations } from '../tests/e2e/support/highlights.ts';
import { openManager, seedLibrary, studyLibrary } from '../tests/e2e/support/manager.ts';
import { corpusAvailable, startPageServer, type PageServer } from '../tests/e2e/support/server.ts';

const outDir = path.join(artifactsDir, 'screenshots');
const docsDir = path.resolve(artifactsDir, '../docs/screenshots');
/** The shots the README shows: docs/screenshots/<name> ← artifacts/screenshots/<shot>.png. */
const DOCS_SHOTS: Record<string, string> = {
  'popup.png': 'popup-sample-zh_CN-light',
  'sidepanel.png': 'sidepanel-sample-zh_CN-light',
  'toolbar.png': 'toolbar-sample-zh_CN-light',
  'manager.png': 'manager-list-zh_CN-light',
  'export.png': 'manager-export-zh_CN-light',
};
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

interface Article {
  name: string;
  path: string;
  /** A passage to select with the mouse: from, to. */
  passage: [string, string];
}

const ARTICLES: Article[] = [
  { name: 'sample', path: '/fixtures/party-commentary.html', passage: ['旗帜鲜明讲政治', '根本要求'] },
  ...(corpusAvailable
    ? [{ name: 'corpus', path: '/corpus/00_seed_vsb_jiguan-dangjian-qizhi.html', passage: ['机关党建', '机关党建'] as [string, string] }]
    : []),
];

async function shoot(page: Page, name: string, options: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } } = {}): Promise<void> {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false, ...(options.clip ? { clip: options.clip } : {}) });
  console.log(file);
}

async function inPageUi(browser: ExtensionBrowser, server: PageServer, article: Article, lang: string, scheme: Scheme): Promise<number> {
  const { page, tabId } = await browser.openTab(server.url(article.path));
  await page.emulateMedia({ colorScheme: scheme });
  if (scheme === 'light') {
    // Before the first save: the popup's one line on how to highlight, with the current shortcut.
    const empty = await browser.openPopup(tabId);
    await empty.locator('[data-field="highlight-hint"]').waitFor();
    await shoot(empty, `popup-empty-${article.name}-${lang}-${scheme}`, { fullPage: true });
    await empty.close();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await dragSelect(page, ...article.passage);
  const toolbar = toolbarHost(page);
  await toolbar.waitFor('.panel');
  // Saved in an earlier round: the toolbar offers that highlight (已标注 — 编辑) rather than a second copy.
  if ((await toolbar.control('[data-action="edit-existing"]')).found) {
    await shoot(page, `toolbar-existing-${article.name}-${lang}-${scheme}`);
    await toolbar.click('[data-action="edit-existing"]');
    await popoverOf(page).waitFor('textarea');
    await shoot(page, `popover-${article.name}-${lang}-${scheme}`);
    await page.keyboard.press('Escape');
    return tabId;
  }
  await shoot(page, `toolbar-${article.name}-${lang}-${scheme}`);
  await toolbar.click('button.note-button');
  const tags = lang === 'zh_CN' ? '理论学习，三会一课' : 'study, meeting';
  await toolbar.fill('textarea', lang === 'zh_CN' ? '联系支部实际，写进学习笔记' : 'Compare with our branch’s plan');
  // A tag over the limit: the form says which limit, beside the fields.
  await toolbar.fill('input[data-field="tags"]', `${tags}，${'长'.repeat(101)}`);
  await toolbar.waitFor('.message[data-kind="error"]');
  await shoot(page, `note-form-error-${article.name}-${lang}-${scheme}`);
  await toolbar.fill('input[data-field="tags"]', tags);
  await shoot(page, `note-form-${article.name}-${lang}-${scheme}`);
  const before = (await storedAnnotations(browser.worker)).length;
  await toolbar.click('button.primary');
  await waitFor(() => storedAnnotations(browser.worker), (list) => list.length > before, 'the highlight saved');
  await page.waitForTimeout(300);
  return tabId;
}

async function popupAndPanel(browser: ExtensionBrowser, tabId: number, article: Article, lang: string, scheme: Scheme): Promise<void> {
  const popup = await browser.openPopup(tabId);
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.waitForTimeout(200);
  await shoot(popup, `popup-${article.name}-${lang}-${scheme}`, { fullPage: true });
  // The first formulation's 释义 opened, where the lexicon explains one.
  const glossToggle = popup.locator('button.formulation__gloss-toggle').first();
  if (await glossToggle.count()) {
    await glossToggle.click();
    await popup.waitForSelector('.formulation-gloss');
    await shoot(popup, `popup-${article.name}-${lang}-${scheme}-gloss`, { fullPage: true });
  }
  await popup.close();
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 360, height: 800 });
  await panel.emulateMedia({ colorScheme: scheme });
  const opened = await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`).catch(() => null);
  if (opened?.ok()) {
    await panel.waitForSelector('main:not([data-view="analysing"])');
    await panel.waitForTimeout(200);
    await shoot(panel, `sidepanel-${article.name}-${lang}-${scheme}`);
  }
  await panel.close();
}

async function manager(browser: ExtensionBrowser, lang: string, scheme: Scheme): Promise<void> {
  const page = await openManager(browser);
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.waitForTimeout(200);
  await shoot(page, `manager-list-${lang}-${scheme}`);
  // A search with its marks, every article open: the passages' actions.
  await page.locator('#library-search').fill('全面');
  await page.locator('.filters__clear').waitFor();
  await page.locator('button[data-action="expand-all"]').click();
  await page.locator('li.passage mark.match').first().waitFor();
  await shoot(page, `manager-search-${lang}-${scheme}`);
  await page.locator('.filters__clear').click();
  // The export menu with Word chosen and every format in view: a closed
  // <select> shows one, and a native drop-down is not in screenshots, so the
  // shot shows it as a list box (for the picture only; put back after).
  const formats = page.locator('fieldset.export select').first();
  await formats.selectOption('docx');
  await formats.evaluate((select: HTMLSelectElement) => (select.size = select.options.length));
  const menu = await page.locator('fieldset.export').boundingBox();
  if (menu) {
    const top = Math.max(0, menu.y - 4);
    await shoot(page, `manager-export-${lang}-${scheme}`, { clip: { x: Math.max(0, menu.x - 16), y: top, width: Math.min(1100, menu.width + 32), height: menu.height + 20 } });
  }
  await formats.evaluate((select: HTMLSelectElement) => (select.size = 0));
  for (const section of ['formulations', 'settings', 'import'] as const) {
    await page.locator(`#tab-${section}`).click();
    await page.waitForTimeout(200);
    if (section === 'import') {
      const doc = JSON.parse(serializeExportDocument(buildExportDocument(studyLibrary(), new Date()))) as {
        first: { items: { target: { source: string }; created: string }[] };
      };
      doc.first.items[1]!.target.source = 'javascript:alert(1)';
      doc.first.items[3]!.created = 'yesterday';
      await page.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
      await page.locator('.import__result').waitFor();
      await shoot(page, `manager-import-errors-${lang}-${scheme}`);
      await importChanges(page, lang, scheme);
    } else {
      await shoot(page, `manager-${section === 'formulations' ? 'index' : section}-${lang}-${scheme}`);
    }
    if (section === 'settings') {
      // A change not saved, and the question on leaving the tab; then leave without it.
      await page.locator('input[name="sensitivity"][value="low"]').check();
      await page.locator('.settings__unsaved').waitFor();
      await page.locator('#tab-formulations').click();
      await page.locator('[role="alertdialog"]').waitFor();
      await shoot(page, `manager-settings-unsaved-${lang}-${scheme}`);
      await page.locator('[role="alertdialog"] .button--danger').click();
    }
  }
  await page.close();
}

/** The import panel's change list (a file rewriting one note, moving one annotation), then its summary after 全部保留. */
async function importChanges(page: Page, lang: string, scheme: Scheme): Promise<void> {
  const changed = studyLibrary();
  const note = changed.annotations[0]!;
  note.modified = '2030-01-01T00:00:00.000Z';
  note.body = [
    ...note.body.filter((b) => b.purpose !== 'commenting' && b.purpose !== 'tagging'),
    { type: 'TextualBody', purpose: 'commenting', value: '别处改过的批注：联系本单位实际', format: 'text/plain' },
    { type: 'TextualBody', purpose: 'tagging', value: '理论学习' },
  ];
  const moved = changed.annotations[3]!;
  moved.target = { ...moved.target, source: 'https://elsewhere.example.cn/other.html' };
  const file = serializeExportDocument(buildExportDocument(changed, new Date()));
  await page.locator('input[type="file"]').setInputFiles({ name: 'changed.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.locator('.import-changes').waitFor();
  await shoot(page, `manager-import-changes-${lang}-${scheme}`);
  await page.locator('[data-action="keep-all-mine"]').click();
  await page.locator('.import__result').waitFor();
  await shoot(page, `manager-import-kept-${lang}-${scheme}`);
}

/** `npm run screenshots -- --manager`: the manager's views only (the quick check after a manager change). */
const ONLY_MANAGER = process.argv.includes('--manager');

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startPageServer();
  try {
    for (const [lang, uiLanguage] of [['zh_CN', 'zh-CN'], ['en', 'en-US']] as const) {
      const browser = await launchExtensionBrowser({ uiLanguage });
      // tsx keeps function names with a __name helper; functions passed to
      // page.evaluate and worker.evaluate (the harness's tabIdOf) run without it.
      await browser.context.addInitScript('globalThis.__name = (fn) => fn;');
      await browser.worker.evaluate('globalThis.__name = (fn) => fn;');
      try {
        const seeder = await openManager(browser);
        await seedLibrary(seeder, studyLibrary());
        await seeder.close();
        for (const scheme of SCHEMES) {
          // A page with too little Chinese: 这不是中文页面, not 本页不是单篇文章.
          const { page: english, tabId: englishTab } = await browser.openTab(server.url('/fixtures/english-page.html'));
          const notChinese = await browser.openPopup(englishTab);
          await notChinese.emulateMedia({ colorScheme: scheme });
          await shoot(notChinese, `popup-not-chinese-${lang}-${scheme}`, { fullPage: true });
          await Promise.all([notChinese.close(), english.close()]);
          for (const article of ONLY_MANAGER ? [] : ARTICLES) {
            const tabId = await inPageUi(browser, server, article, lang, scheme);
            await popupAndPanel(browser, tabId, article, lang, scheme);
          }
          await manager(browser, lang, scheme);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  mkdirSync(docsDir, { recursive: true });
  for (const [name, shot] of Object.entries(DOCS_SHOTS)) {
    const from = path.join(outDir, `${shot}.png`);
    if (!existsSync(from)) continue;
    copyFileSync(from, path.join(docsDir, name));
    console.log(path.join(docsDir, name));
  }
}

await main();
