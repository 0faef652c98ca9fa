// The extension in a real Chromium on pages written for these tests: badge on
// for a party-building commentary and off for an everyday article, the popup
// showing exactly the engine's analysis, and a formulation click scrolling
// the page to the formulation and stepping through its occurrences.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir } from './support/browser.ts';
import { analyzeInPage } from './support/core-in-page.ts';
import { revealedOccurrencePlace } from './support/highlights.ts';
import { expectedDisplay, readPopup } from './support/popup-reader.ts';
import { useExtensionSession } from './support/session.ts';

const { browser, server } = useExtensionSession();
/** Every request the browser made that did not go to the test server or to the extension's own files. */
const outsideRequests: string[] = [];

beforeAll(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  browser.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !url.startsWith(`chrome-extension://${browser.extensionId}/`)) outsideRequests.push(url);
  });
});

describe('party-building commentary (fixture)', () => {
  it('lights the badge with the headline in the tooltip', async () => {
    const { page, tabId } = await browser.openTab(server.url('/fixtures/party-commentary.html'));
    expect(await browser.waitForBadge(tabId, (text) => text !== '')).toBe('党');
    const analysis = await analyzeInPage(page);
    expect(analysis.partyBuilding.detected).toBe(true);
    const { title } = await browser.badge(tabId);
    expect(title).toContain(analysis.metadata.title);
    await page.close();
  });

  it('shows in the popup exactly what analyze() returns for the page', async () => {
    const { page, tabId } = await browser.openTab(server.url('/fixtures/party-commentary.html'));
    const popup = await browser.openPopup(tabId);
    expect(await popup.getAttribute('main.popup', 'data-view')).toBe('analysed');
    await popup.screenshot({ path: path.join(artifactsDir, 'popup-party-commentary.png') });
    const expected = expectedDisplay(await analyzeInPage(page));
    expect(expected.slogans.length).toBeGreaterThan(0);
    expect(await readPopup(popup)).toEqual(expected);
    await Promise.all([popup.close(), page.close()]);
  });

  it('scrolls the page to a formulation and steps through its occurrences', async () => {
    const { page, tabId } = await browser.openTab(server.url('/fixtures/party-commentary.html'));
    await page.setViewportSize({ width: 1100, height: 300 });
    // Instant scrolling (the extension honours reduced motion), so each position is final when read.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const popup = await browser.openPopup(tabId);
    const analysis = await analyzeInPage(page);
    // A formulation that occurs more than once and below the first screen.
    const repeated = analysis.slogans.find((slogan) => slogan.count > 1 && slogan.text === '两个维护');
    expect(repeated, 'fixture uses 两个维护 twice').toBeDefined();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    const button = popup.locator(`button.formulation[data-text="${repeated!.text}"]`);
    const status = popup.locator('[data-field="reveal-status"]');
    const positions: number[] = [];
    for (let click = 1; click <= repeated!.count + 1; click += 1) {
      await button.click();
      const expectedPosition = `${((click - 1) % repeated!.count) + 1}/${repeated!.count}`;
      await expect
        .poll(async () => `${await status.getAttribute('data-occurrence')}/${await status.getAttribute('data-total')}`)
        .toBe(expectedPosition);
      // Announced in the UI language (Chinese here): "第 1/2 处".
      expect(await status.textContent()).toContain(`第 ${expectedPosition} 处`);
      // The flashed occurrence is inside the viewport.
      await expect.poll(() => revealedOccurrencePlace(page), { timeout: 5000, interval: 50 }).toBe('in view');
      positions.push(await page.evaluate(() => Math.round(window.scrollY)));
    }
    expect(positions[0]).toBeGreaterThan(0);
    // The second click goes to the second occurrence, a different place; the third wraps back.
    expect(positions[1]).not.toBe(positions[0]);
    expect(positions[2]).toBe(positions[0]);
    // The page's DOM was not changed to show it: no wrapper elements.
    expect(await page.locator('mark, [class*="dangjian"]').count()).toBe(0);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('popup usability', () => {
  it('fits 400 x 600 without scrolling for the sample article, in light and dark', async () => {
    const { page, tabId } = await browser.openTab(server.url('/fixtures/party-commentary.html'));
    const popup = await browser.openPopup(tabId);
    const size = await popup.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
    expect(size.width).toBeLessThanOrEqual(400);
    expect(size.height).toBeLessThanOrEqual(600);
    await popup.emulateMedia({ colorScheme: 'dark' });
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await popup.screenshot({ path: path.join(artifactsDir, 'popup-party-commentary-dark.png') });
    await Promise.all([popup.close(), page.close()]);
  });

  it('works from the keyboard: Tab reaches the formulations, Enter reveals one', async () => {
    const { page, tabId } = await browser.openTab(server.url('/fixtures/party-commentary.html'));
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const popup = await browser.openPopup(tabId);
    const firstFormulation = await popup.locator('button.formulation').first().getAttribute('data-text');
    let focused: string | null = null;
    for (let presses = 0; presses < 5 && focused === null; presses += 1) {
      await popup.keyboard.press('Tab');
      focused = await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.text ?? null);
    }
    expect(focused).toBe(firstFormulation);
    // A label that says what the button does, and a visible focus ring.
    expect(await popup.locator('button.formulation').first().getAttribute('aria-label')).toContain(firstFormulation!);
    expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('[data-field="reveal-status"]').getAttribute('data-occurrence')).toBe('1');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('everyday article (fixture)', () => {
  it('leaves the badge off and still shows metadata and summary', async () => {
    const { page, tabId } = await browser.openTab(server.url('/fixtures/everyday-article.html'));
    const popup = await browser.openPopup(tabId);
    const analysis = await analyzeInPage(page);
    expect(analysis.isArticle).toBe(true);
    expect(analysis.partyBuilding.detected).toBe(false);
    expect(await readPopup(popup)).toEqual(expectedDisplay(analysis));
    // Off: no text, and the extension's own name as the tooltip.
    await expect.poll(() => browser.badge(tabId)).toEqual({ text: '', title: '党建文章批注助手' });
    await popup.screenshot({ path: path.join(artifactsDir, 'popup-not-party-building.png') });
    await Promise.all([popup.close(), page.close()]);
  });

  it('clears the badge when the tab navigates from a party-building page to another page', async () => {
    const { page, tabId } = await browser.openTab(server.url('/fixtures/party-commentary.html'));
    await browser.waitForBadge(tabId, (text) => text === '党');
    await page.goto(server.url('/fixtures/everyday-article.html'));
    expect(await browser.waitForBadge(tabId, (text) => text === '')).toBe('');
    await expect.poll(() => browser.badge(tabId)).toEqual({ text: '', title: '党建文章批注助手' });
    await page.close();
  });
});

describe('privacy', () => {
  // Last in this file: covers everything the tests above made the extension do.
  it('made no network request beyond the pages themselves', () => {
    expect(outsideRequests).toEqual([]);
  });
});
