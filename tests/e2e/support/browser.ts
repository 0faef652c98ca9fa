// Launch the system Chromium with the built extension (dist/chrome) loaded,
// in the new headless mode (the old one does not load extensions). Playwright
// adds --disable-extensions by default; it is removed here. The extension id
// comes from its service worker's URL.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath, LOCAL_ONLY_HOST_RULES, QUIET_CHROMIUM_ARGS } from '../../../scripts/chromium.mjs';
import { chromeBuildDir, ensureBuilt, repoRoot } from './build.ts';

/** What the functions evaluated inside the service worker use of its `chrome` global. */
interface WorkerChrome {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  scripting: {
    executeScript(injection: { target: { tabId: number }; world: 'MAIN'; func: () => unknown }): Promise<{ result?: unknown }[]>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string>; getTitle(details: { tabId: number }): Promise<string> };
}
declare const chrome: WorkerChrome;

export const artifactsDir = path.join(repoRoot, 'artifacts');

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's current service worker (replaced when the extension is reloaded: see refreshWorker). */
  readonly worker: Worker;
  extensionId: string;
  /** Open `url` in a new tab, in front; returns the page and the browser's tab id for it. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** The browser's tab id of an http(s) page, asked of the tab itself (see tabIdOf). */
  tabIdOf(page: Page): Promise<number>;
  badge(tabId: number): Promise<{ text: string; title: string }>;
  /** Poll the badge until `predicate` holds (or the test times out). */
  waitForBadge(tabId: number, predicate: (text: string) => boolean): Promise<string>;
  /** Open popup.html?tab=<id> in its own tab and wait until it has left the "analysing" state. */
  openPopup(tabId: number): Promise<Page>;
  /** After the extension was disabled/enabled or reloaded: wait for its new service worker. */
  refreshWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Browser UI language: decides which _locales catalogue the extension uses. */
  uiLanguage?: 'zh-CN' | 'en-US';
  /** prefers-color-scheme for every page the browser opens (extension pages included); light unless said. */
  colorScheme?: 'light' | 'dark';
}

function chromiumExecutable(): string {
  return chromiumPath();
}

/** Debian's chromium carries only the en-US UI; other UI languages come with chromium-l10n. */
function assertUiLanguageInstalled(executable: string, uiLanguage: string): void {
  const locales = path.join(path.dirname(realpathSync(executable)), 'locales');
  const debianLocales = '/usr/lib/chromium/locales';
  const dir = existsSync(locales) ? locales : debianLocales;
  if (existsSync(dir) && !existsSync(path.join(dir, `${uiLanguage}.pak`))) {
    throw new Error(`Chromium has no ${uiLanguage} UI (${dir}): install it with apt-get install -y chromium-l10n`);
  }
}

export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  ensureBuilt();
  const uiLanguage = options.uiLanguage ?? 'zh-CN';
  assertUiLanguageInstalled(chromiumExecutable(), uiLanguage);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'dangjian-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable(),
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1100, height: 800 },
    locale: uiLanguage,
    colorScheme: options.colorScheme ?? 'light',
    // Chromium on Linux takes its UI language from LANGUAGE, not only --lang.
    // LC_ALL: Chromium names downloads in the file system's charset, from the
    // C locale. Where zh_CN.UTF-8 is not installed, LANG alone leaves the
    // process in the ASCII "C" locale and a Chinese file name becomes
    // "download"; C.UTF-8 always exists, and the UI language still follows
    // --lang and LANGUAGE.
    env: { ...process.env, LANGUAGE: uiLanguage.replace('-', '_'), LANG: `${uiLanguage.replace('-', '_')}.UTF-8`, LC_ALL: 'C.UTF-8' },
    args: [
      '--headless=new',
      ...QUIET_CHROMIUM_ARGS,
      LOCAL_ONLY_HOST_RULES,
      `--lang=${uiLanguage}`,
      `--disable-extensions-except=${chromeBuildDir}`,
      `--load-extension=${chromeBuildDir}`,
    ],
  });
  let worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  /**
   * The tab id of `page`, from the tab itself: the page's main world gets a
   * token no other tab has, and the service worker asks each http(s) tab for
   * its token (chrome.scripting, MAIN world) and returns the one that answers
   * with it. Never "which tab is active": two tabs opened at once both
   * bring themselves to the front, and both were then told the id of
   * whichever came last (8 of 30 pairs in a probe), so one tab's saves went
   * to the other. Nor the URL: two tabs may show the same page.
   */
  async function tabIdOf(page: Page): Promise<number> {
    const token = `dj-e2e-tab-${randomUUID()}`;
    await page.evaluate((value) => {
      (globalThis as unknown as { __djE2eTabToken: string }).__djE2eTabToken = value;
    }, token);
    const found = await worker.evaluate(async (wanted) => {
      const matches: number[] = [];
      for (const tab of await chrome.tabs.query({ url: ['http://*/*', 'https://*/*'] })) {
        if (tab.id === undefined) continue;
        const tabId = tab.id;
        const answers = await chrome.scripting
          .executeScript({ target: { tabId }, world: 'MAIN', func: () => (globalThis as unknown as { __djE2eTabToken?: string }).__djE2eTabToken })
          .catch(() => []); // a tab still loading or closing: not ours
        if (answers[0]?.result === wanted) matches.push(tabId);
      }
      return matches;
    }, token);
    if (found.length !== 1) throw new Error(`the tab of ${page.url()} answered ${found.length} times, expected once`);
    return found[0]!;
  }

  /**
   * A page no extension may script (chrome://version): it cannot answer
   * tabIdOf, and without the "tabs" permission the worker cannot see its URL.
   * Its id is the one tab that appears while it opens; such openings take
   * turns, and any other tab appearing meanwhile is an error, not a guess.
   */
  let unscriptableOpening: Promise<unknown> = Promise.resolve();
  async function openUnscriptableTab(url: string): Promise<{ page: Page; tabId: number }> {
    const tabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id));
    const opening = unscriptableOpening.then(async () => {
      const before = new Set(await tabIds());
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      const added = (await tabIds()).filter((id) => !before.has(id));
      if (added.length !== 1 || added[0] === undefined) throw new Error(`${added.length} tabs appeared while ${url} opened: cannot tell which is its own`);
      return { page, tabId: added[0] };
    });
    unscriptableOpening = opening.catch(() => undefined);
    return opening;
  }

  async function badge(tabId: number) {
    return worker.evaluate(async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }), tabId);
  }

  return {
    context,
    get worker() {
      return worker;
    },
    extensionId,
    async refreshWorker() {
      for (;;) {
        const live = context.serviceWorkers().filter((candidate) => candidate !== worker && candidate.url().includes(extensionId));
        if (live.length > 0) {
          worker = live[live.length - 1]!;
          return;
        }
        await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => undefined);
      }
    },
    async openTab(url) {
      if (!/^https?:/.test(url)) return openUnscriptableTab(url);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      return { page, tabId: await tabIdOf(page) };
    },
    tabIdOf,
    badge,
    async waitForBadge(tabId, predicate) {
      for (;;) {
        const { text } = await badge(tabId);
        if (predicate(text)) return text;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('main.popup:not([data-view="analysing"])');
      return popup;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
