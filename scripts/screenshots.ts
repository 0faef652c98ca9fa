// `npm run screenshots`: PNGs of everything a reader sees, to look at after
// any visible change (not a test: it asserts nothing). One round per UI
// language (zh_CN, en) and colour scheme (light, dark), each in a fresh
// browser with fresh storage, so every round shoots the same states: the
// popup (before the first save, after it, on a non-Chinese page), the side
// panel and the popup each also with a formulation's 释义 open, the selection toolbar, the
// note form (and its error), the toolbar on a passage already saved
// (已标注 — 编辑) and that highlight's popover, on the sample article and on a real corpus page; and the manager's library
// list, search, export menu, formulation index (also with a 释义 open), settings and imports (refused
// with errors, changes, kept). Files are <view>-<page>-<lang>-<scheme>.png
// (the manager's views: manager-<section>-<lang>-<scheme>.png), written to
// artifacts/screenshots/ (gitignored); the few the README shows (Chinese,
// light) are copied to docs/screenshots/ (DOCS_SHOTS). At the end: what was
// written, and what could not be, with why.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildExportDocument, serializeExportDocument } from '../src/store/formats/json.ts';
import { artifactsDir, launchExtensionBrowser, type ExtensionBrowser } from '../tests/e2e/support/browser.ts';
import { popoverOf } from '../tests/e2e/support/closed-ui.ts';
import { dragSelect, toolbarHost } from '../tests/e2e/support/in-page-ui.ts';
import { allPaintedTexts, waitFor, storedAnnotations } from '../tests/e2e/support/highlights.ts';
import { openManager, seedLibrary, studyLibrary } from '../tests/e2e/support/manager.ts';
import { corpusAvailable, startPageServer, type PageServer } from '../tests/e2e/support/server.ts';
import { activateTab, openSidePanel, windowOf } from '../tests/e2e/support/side-panel.ts';

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
const LANGUAGES = [['zh_CN', 'zh-CN'], ['en', 'en-US']] as const;
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
/** The side panel's width: Chromium opens it at about this. */
const PANEL_WIDTH = 400;

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

/** What this run wrote, and what it could not (with why), printed at the end. */
const written: string[] = [];
const missing: { shots: string; why: string }[] = [];

/** One round: a language and a colour scheme; `suffix` ends every file name. */
interface Round {
  lang: string;
  scheme: Scheme;
  suffix: string;
}

async function shoot(page: Page, name: string, options: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } } = {}): Promise<void> {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false, ...(options.clip ? { clip: options.clip } : {}) });
  written.push(file);
  console.log(file);
}

/** Run one step's shots; a failure is recorded (with the shots it cost) and the run goes on. */
async function attempt(shots: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    missing.push({ shots, why });
    console.error(`could not shoot ${shots}: ${why}`);
  }
}

/** The popup before the first save: its one line on how to highlight, with the current shortcut. */
async function emptyPopup(browser: ExtensionBrowser, tabId: number, article: Article, round: Round): Promise<void> {
  const popup = await browser.openPopup(tabId);
  try {
    await popup.locator('[data-field="highlight-hint"]').waitFor();
    await shoot(popup, `popup-empty-${article.name}-${round.suffix}`, { fullPage: true });
  } finally {
    await popup.close();
  }
}

/** Select the article's passage with the mouse; shoot the toolbar, the note form (with a limit error, then filled) and save. */
async function toolbarAndNoteForm(browser: ExtensionBrowser, page: Page, article: Article, round: Round): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await dragSelect(page, ...article.passage);
  const toolbar = toolbarHost(page);
  await toolbar.waitFor('.panel');
  await shoot(page, `toolbar-${article.name}-${round.suffix}`);
  await toolbar.click('button.note-button');
  const zh = round.lang === 'zh_CN';
  const tags = zh ? '理论学习，三会一课' : 'study, meeting';
  await toolbar.fill('textarea', zh ? '联系支部实际，写进学习笔记' : 'Compare with our branch’s plan');
  // A tag over the limit: the form says which limit, beside the fields.
  await toolbar.fill('input[data-field="tags"]', `${tags}，${'长'.repeat(101)}`);
  await toolbar.waitFor('.message[data-kind="error"]');
  await shoot(page, `note-form-error-${article.name}-${round.suffix}`);
  await toolbar.fill('input[data-field="tags"]', tags);
  await shoot(page, `note-form-${article.name}-${round.suffix}`);
  const before = (await storedAnnotations(browser.worker)).length;
  await toolbar.click('button.primary');
  await waitFor(() => storedAnnotations(browser.worker), (list) => list.length > before, 'the highlight saved');
  // Painted in the page before the same passage is selected again.
  await waitFor(() => allPaintedTexts(page), (texts) => texts.length > 0, 'the highlight painted');
}

/** The same passage selected again: the toolbar offers the saved highlight (已标注 — 编辑), which opens its popover. */
async function existingHighlight(page: Page, article: Article, round: Round): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await dragSelect(page, ...article.passage);
  const toolbar = toolbarHost(page);
  await toolbar.waitFor('[data-action="edit-existing"]');
  await shoot(page, `toolbar-existing-${article.name}-${round.suffix}`);
  await toolbar.click('[data-action="edit-existing"]');
  await popoverOf(page).waitFor('textarea');
  await shoot(page, `popover-${article.name}-${round.suffix}`);
  await page.keyboard.press('Escape');
}

async function popupWithHighlight(browser: ExtensionBrowser, tabId: number, article: Article, round: Round): Promise<void> {
  const popup = await browser.openPopup(tabId);
  try {
    await popup.locator('li.highlight').first().waitFor();
    await shoot(popup, `popup-${article.name}-${round.suffix}`, { fullPage: true });
    // The first formulation the lexicon explains, clicked: its 释义 opened.
    if (await openFirstGloss(popup)) await shoot(popup, `popup-gloss-${article.name}-${round.suffix}`, { fullPage: true });
  } finally {
    await popup.close();
  }
}

/** The side panel beside the article (sidepanel.html following the article's window, see support/side-panel.ts). */
async function sidePanel(browser: ExtensionBrowser, tabId: number, article: Article, round: Round): Promise<void> {
  await activateTab(browser.worker, tabId);
  const panel = await openSidePanel(browser, await windowOf(browser.worker, tabId), PANEL_WIDTH);
  try {
    await panel.locator('li.highlight').first().waitFor();
    await shoot(panel, `sidepanel-${article.name}-${round.suffix}`);
    if (await openFirstGloss(panel)) await shoot(panel, `sidepanel-gloss-${article.name}-${round.suffix}`);
  } finally {
    await panel.close();
  }
}

/** Clicks the first formulation with a 释义 and waits for its card; false when the list has none. */
async function openFirstGloss(view: Page): Promise<boolean> {
  const glossed = view.locator('button.formulation[aria-expanded]').first();
  // The 释义 table loads after the list shows (glossary.js): wait a little for it before concluding there is none.
  if (!(await glossed.waitFor({ timeout: 3000 }).then(() => true, () => false))) return false;
  await glossed.click();
  await view.locator('[data-field="gloss"]').waitFor();
  return true;
}

async function articleViews(browser: ExtensionBrowser, server: PageServer, article: Article, round: Round): Promise<void> {
  const { page, tabId } = await browser.openTab(server.url(article.path));
  const names = (...views: string[]) => views.map((view) => `${view}-${article.name}-${round.suffix}`).join(', ');
  await attempt(names('popup-empty'), () => emptyPopup(browser, tabId, article, round));
  let saved = false;
  await attempt(names('toolbar', 'note-form-error', 'note-form'), async () => {
    await toolbarAndNoteForm(browser, page, article, round);
    saved = true;
  });
  if (!saved) {
    missing.push({ shots: names('toolbar-existing', 'popover', 'popup', 'sidepanel'), why: 'the passage was not saved (see above)' });
    await page.close();
    return;
  }
  await attempt(names('toolbar-existing', 'popover'), () => existingHighlight(page, article, round));
  await attempt(names('popup'), () => popupWithHighlight(browser, tabId, article, round));
  await attempt(names('sidepanel'), () => sidePanel(browser, tabId, article, round));
  await page.close();
}

/** A page with too little Chinese: 这不是中文页面, not 本页不是单篇文章. */
async function notChinesePopup(browser: ExtensionBrowser, server: PageServer, round: Round): Promise<void> {
  const { page, tabId } = await browser.openTab(server.url('/fixtures/english-page.html'));
  const popup = await browser.openPopup(tabId);
  await shoot(popup, `popup-english-${round.suffix}`, { fullPage: true });
  await Promise.all([popup.close(), page.close()]);
}

async function manager(browser: ExtensionBrowser, round: Round): Promise<void> {
  const page = await openManager(browser);
  await page.setViewportSize({ width: 1100, height: 900 });
  const name = (section: string) => `manager-${section}-${round.suffix}`;
  await attempt(name('list'), async () => {
    await page.locator('li.article').first().waitFor();
    await shoot(page, name('list'));
  });
  await attempt(name('search'), async () => {
    // A search with its marks, every article open: the passages' actions.
    await page.locator('#library-search').fill('全面');
    await page.locator('.filters__clear').waitFor();
    await page.locator('button[data-action="expand-all"]').click();
    await page.locator('li.passage mark.match').first().waitFor();
    await shoot(page, name('search'));
    await page.locator('.filters__clear').click();
  });
  await attempt(name('export'), async () => {
    // The export menu with Word chosen and every format in view: a closed
    // <select> shows one, and a native drop-down is not in screenshots, so the
    // shot shows it as a list box (for the picture only; put back after).
    const formats = page.locator('fieldset.export select').first();
    await formats.selectOption('docx');
    await formats.evaluate((select: HTMLSelectElement) => (select.size = select.options.length));
    const menu = await page.locator('fieldset.export').boundingBox();
    if (!menu) throw new Error('the export menu is not shown');
    await shoot(page, name('export'), { clip: { x: Math.max(0, menu.x - 16), y: Math.max(0, menu.y - 4), width: Math.min(1100, menu.width + 32), height: menu.height + 20 } });
    await formats.evaluate((select: HTMLSelectElement) => (select.size = 0));
  });
  await attempt(name('index'), async () => {
    await page.locator('#tab-formulations').click();
    await page.locator('#panel-formulations').waitFor();
    await page.waitForTimeout(200);
    await shoot(page, name('index'));
  });
  await attempt(name('index-gloss'), async () => {
    // A formulation the lexicon explains, opened: its 释义 and source above its articles.
    await page.locator('li.formulation[data-formulation="两个确立"] .formulation__toggle').click();
    await page.locator('li.formulation [data-field="gloss"]').waitFor();
    await shoot(page, name('index-gloss'));
  });
  await attempt(`${name('settings')}, ${name('settings-unsaved')}`, async () => {
    await page.locator('#tab-settings').click();
    await page.locator('input[name="sensitivity"]').first().waitFor();
    await shoot(page, name('settings'));
    // A change not saved, and the question on leaving the tab; then leave without it.
    await page.locator('input[name="sensitivity"][value="low"]').check();
    await page.locator('.settings__unsaved').waitFor();
    await page.locator('#tab-formulations').click();
    await page.locator('[role="alertdialog"]').waitFor();
    await shoot(page, name('settings-unsaved'));
    await page.locator('[role="alertdialog"] .button--danger').click();
  });
  await attempt(`${name('import-errors')}, ${name('import-changes')}, ${name('import-kept')}`, async () => {
    await page.locator('#tab-import').click();
    const doc = JSON.parse(serializeExportDocument(buildExportDocument(studyLibrary(), new Date()))) as {
      first: { items: { id: unknown; target: { source: string }; created: string }[] };
    };
    // A problem in a field, one with a value from the file, one naming a JSON type: how each reads and wraps.
    doc.first.items[1]!.target.source = 'javascript:alert(1)';
    doc.first.items[3]!.created = 'yesterday';
    doc.first.items[4]!.id = 5;
    await page.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    await page.locator('.import__result').waitFor();
    await shoot(page, name('import-errors'));
    await importChanges(page, round);
  });
  await page.close();
}

/** The import panel's change list (a file rewriting one note, moving one annotation), then its summary after 全部保留. */
async function importChanges(page: Page, round: Round): Promise<void> {
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
  await shoot(page, `manager-import-changes-${round.suffix}`);
  await page.locator('[data-action="keep-all-mine"]').click();
  await page.locator('.import__result').waitFor();
  await shoot(page, `manager-import-kept-${round.suffix}`);
}

/** `npm run screenshots -- --manager`: the manager's views only (the quick check after a manager change). */
const ONLY_MANAGER = process.argv.includes('--manager');

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startPageServer();
  try {
    for (const [lang, uiLanguage] of LANGUAGES) {
      for (const scheme of SCHEMES) {
        const round: Round = { lang, scheme, suffix: `${lang}-${scheme}` };
        // A fresh browser and storage per round: the same passage is new in each.
        const browser = await launchExtensionBrowser({ uiLanguage, colorScheme: scheme });
        try {
          // tsx keeps function names with a __name helper; functions passed to
          // page.evaluate and worker.evaluate (the harness's tabIdOf) run without it.
          await browser.context.addInitScript('globalThis.__name = (fn) => fn;');
          await browser.worker.evaluate('globalThis.__name = (fn) => fn;');
          if (!ONLY_MANAGER) {
            await attempt(`popup-english-${round.suffix}`, () => notChinesePopup(browser, server, round));
            for (const article of ARTICLES) await articleViews(browser, server, article, round);
          }
          // The manager on the study library (the articles saved above stay beside it).
          const seeder = await openManager(browser);
          await seedLibrary(seeder, studyLibrary());
          await seeder.close();
          await manager(browser, round);
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    await server.close();
  }
  if (!corpusAvailable) missing.push({ shots: 'every *-corpus-* shot', why: 'no corpus at ../shared/corpus' });
  mkdirSync(docsDir, { recursive: true });
  for (const [name, shot] of Object.entries(DOCS_SHOTS)) {
    const from = path.join(outDir, `${shot}.png`);
    if (!existsSync(from)) {
      missing.push({ shots: `docs/screenshots/${name}`, why: `${shot}.png was not written` });
      continue;
    }
    copyFileSync(from, path.join(docsDir, name));
    written.push(path.join(docsDir, name));
  }
  console.log(`\nwritten (${written.length}):`);
  for (const file of written) console.log(`  ${path.relative(process.cwd(), file)}`);
  console.log(`\nnot written (${missing.length} steps):`);
  for (const { shots, why } of missing) console.log(`  ${shots}: ${why}`);
  if (missing.length > 0) process.exitCode = 1;
}

await main();
