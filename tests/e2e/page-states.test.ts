// The popup's states a user meets besides an analysed article: a page that is
// not an article (a list page; a page the prefilter rules out), a browser page
// the extension may not read, a tab whose content script is gone (opened
// before the extension was installed or re-enabled), and the UI language.
// Also: the built extension loads in Chromium without a manifest warning.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactsDir, launchExtensionBrowser } from './support/browser.ts';
import { analyzeInPage } from './support/core-in-page.ts';
import { useExtensionSession } from './support/session.ts';

/** What the chrome://extensions page's own API says about an extension. */
interface ExtensionInfo {
  manifestErrors: { message: string }[];
  installWarnings: string[];
  state: string;
}
declare const chrome: {
  developerPrivate: {
    updateProfileConfiguration(update: { inDeveloperMode: boolean }, callback: () => void): void;
    reload(id: string, options: { failQuietly: boolean }, callback: () => void): void;
    getExtensionInfo(id: string, callback: (info: ExtensionInfo) => void): void;
  };
  management: { setEnabled(id: string, enabled: boolean): Promise<void> };
};

const { browser, server } = useExtensionSession();

describe('popup states', () => {
  it('says "not an article" for a list page, with the badge off', async () => {
    const { page, tabId } = await browser.openTab(server.url('/fixtures/party-news-list.html'));
    const popup = await browser.openPopup(tabId);
    expect(await popup.getAttribute('main.popup', 'data-view')).toBe('analysed');
    expect(await popup.locator('[data-state="not-article"]').count()).toBe(1);
    const analysis = await analyzeInPage(page);
    expect(analysis.isArticle).toBe(false);
    // The site (or page) name the engine found, if any, is shown under the message.
    const name = analysis.metadata.siteName ?? analysis.metadata.title;
    const shown = popup.locator('[data-field="siteName"]');
    expect(name === null ? await shown.count() : await shown.textContent()).toBe(name === null ? 0 : name);
    expect((await browser.badge(tabId)).text).toBe('');
    await popup.screenshot({ path: path.join(artifactsDir, 'popup-not-article.png') });
    await Promise.all([popup.close(), page.close()]);
  });

  it('says an English page is not a Chinese page (not "not an article")', async () => {
    const { page, tabId } = await browser.openTab(server.url('/fixtures/english-page.html'));
    const popup = await browser.openPopup(tabId);
    expect(await popup.getAttribute('main.popup', 'data-view')).toBe('not-candidate');
    expect(await popup.locator('[data-state="not-chinese"] h2').textContent()).toBe('这不是中文页面');
    expect(await popup.locator('main').innerText()).not.toContain('不是单篇文章');
    expect((await browser.badge(tabId)).text).toBe('');
    await Promise.all([popup.close(), page.close()]);
  });

  it('says the extension cannot read a browser page', async () => {
    const { page, tabId } = await browser.openTab('chrome://version');
    const popup = await browser.openPopup(tabId);
    expect(await popup.getAttribute('main.popup', 'data-view')).toBe('cannot-read');
    expect(await popup.locator('[data-reason]').getAttribute('data-reason')).toBe('browser-page');
    await popup.screenshot({ path: path.join(artifactsDir, 'popup-cannot-read.png') });
    await Promise.all([popup.close(), page.close()]);
  });

  it('analyses a tab whose content script is gone by injecting it', async () => {
    const { page, tabId } = await browser.openTab(server.url('/fixtures/party-commentary.html'));
    await browser.waitForBadge(tabId, (text) => text === '党');
    // Disabling and re-enabling the extension orphans the tab's content script,
    // as installing or updating the extension leaves tabs that were already open.
    const settings = await browser.context.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate((id) => chrome.management.setEnabled(id, false), browser.extensionId);
    await settings.evaluate((id) => chrome.management.setEnabled(id, true), browser.extensionId);
    await browser.refreshWorker();
    await settings.close();
    expect((await browser.badge(tabId)).text).toBe('');

    const popup = await browser.openPopup(tabId);
    expect(await popup.getAttribute('main.popup', 'data-view')).toBe('analysed');
    expect(await popup.locator('[data-field="verdict"]').getAttribute('data-detected')).toBe('true');
    expect(await browser.waitForBadge(tabId, (text) => text !== '')).toBe('党');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('the built extension', () => {
  it('loads in Chromium with no manifest error or warning', async () => {
    const settings = await browser.context.newPage();
    await settings.goto('chrome://extensions');
    // Chromium lists manifest warnings only in developer mode, collected on (re)load.
    await settings.evaluate(() => new Promise<void>((resolve) => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve)));
    await settings.evaluate((id) => new Promise<void>((resolve) => chrome.developerPrivate.reload(id, { failQuietly: true }, resolve)), browser.extensionId);
    await browser.refreshWorker();
    const info = await settings.evaluate((id) => new Promise<ExtensionInfo>((resolve) => chrome.developerPrivate.getExtensionInfo(id, resolve)), browser.extensionId);
    expect(info.state).toBe('ENABLED');
    expect(info.manifestErrors.map((error) => error.message)).toEqual([]);
    expect(info.installWarnings).toEqual([]);
    await settings.close();
  });
});

describe('UI language', () => {
  it('speaks English under an English browser', async () => {
    const english = await launchExtensionBrowser({ uiLanguage: 'en-US' });
    try {
      const { tabId } = await english.openTab(server.url('/fixtures/party-commentary.html'));
      const popup = await english.openPopup(tabId);
      expect(await popup.locator('#formulations-heading').textContent()).toContain('Key formulations');
      expect(await popup.locator('[data-field="verdict"] .verdict__label').textContent()).toBe('Party-building article');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en-US');
      await popup.screenshot({ path: path.join(artifactsDir, 'popup-english.png') });
    } finally {
      await english.close();
    }
  });
});
