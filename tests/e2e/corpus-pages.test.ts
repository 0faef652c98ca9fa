// The extension on the saved real pages of ../shared/corpus, served byte for
// byte on 127.0.0.1 with the charset their servers sent (see
// support/server.ts). For every page: the badge is on exactly when the engine
// finds a party-building article, the popup shows exactly what analyze()
// returns for the same DOM, and every formulation it lists can be found in
// the page by a click. The badge must also agree with the gold answer on
// every page whose answer is not borderline (gold party_building null).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir } from './support/browser.ts';
import { analyzeInPage } from './support/core-in-page.ts';
import { loadToBadgeMs, recordBadgeTimes, recordMeasurement } from './support/measurements.ts';
import { expectedDisplay, readPopup } from './support/popup-reader.ts';
import { expectFitsWithEachGlossOpen } from './support/popup-size.ts';
import { corpusAvailable, corpusDir } from './support/server.ts';
import { useExtensionSession } from './support/session.ts';

interface GoldPage {
  file: string;
  is_article: boolean;
  party_building: boolean | null;
}

const gold: GoldPage[] = corpusAvailable ? JSON.parse(readFileSync(path.join(corpusDir, 'gold.json'), 'utf8')) : [];
const SEED = gold.find((page) => page.file.startsWith('00_seed'));

describe.skipIf(!corpusAvailable)(`corpus pages${corpusAvailable ? '' : ' (skipped: ../shared/corpus is absent)'}`, () => {
  const { browser, server } = useExtensionSession();

  beforeAll(async () => {
    await recordBadgeTimes(browser);
  });

  /** Wait until the background has decided this tab's badge (it sets or clears it once per analysis). */
  async function badgeDecision(tabId: number): Promise<string> {
    for (;;) {
      const events = await browser.worker.evaluate(
        (id) => ((globalThis as unknown as { __badgeEvents: { tabId: number; text: string }[] }).__badgeEvents).filter((event) => event.tabId === id),
        tabId,
      );
      if (events.length > 0) return events[events.length - 1]!.text;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  it.each(gold.map((page) => [page.file, page] as const))('%s: badge and popup match the analysis', async (file, page) => {
    const { page: tab, tabId } = await browser.openTab(server.url(`/corpus/${file}`));
    await tab.emulateMedia({ reducedMotion: 'reduce' });
    const popup = await browser.openPopup(tabId);
    const analysis = await analyzeInPage(tab);
    const partyArticle = analysis.isArticle && analysis.partyBuilding.detected;

    expect(await badgeDecision(tabId)).toBe(partyArticle ? '党' : '');
    expect(analysis.isArticle, 'gold is_article').toBe(page.is_article);
    if (!page.is_article) expect(partyArticle, 'gold: not an article').toBe(false);
    if (page.party_building !== null) expect(partyArticle, 'gold party_building').toBe(page.party_building);

    if (page === SEED) {
      await popup.screenshot({ path: path.join(artifactsDir, 'popup-seed.png') });
      // The project's sample article is the common case: it fits 400 x 600 without scrolling, with a formulation's 释义 open too.
      await expectFitsWithEachGlossOpen(popup, 1);
      // No highlights here yet: no export buttons that would only say so.
      expect(await popup.locator('button[data-export]').count()).toBe(0);
    }
    const view = await popup.getAttribute('main.popup', 'data-view');
    if (analysis.isArticle) {
      expect(view).toBe('analysed');
      expect(await readPopup(popup)).toEqual(expectedDisplay(analysis));
      // Every formulation shown can be found in the page: a click reveals at least one occurrence.
      const notFound: string[] = [];
      const buttons = popup.locator('button.formulation');
      const status = popup.locator('[data-field="reveal-status"]');
      for (let index = 0; index < (await buttons.count()); index += 1) {
        const button = buttons.nth(index);
        const text = (await button.getAttribute('data-text'))!;
        await button.click();
        await popup.waitForFunction((shown) => document.querySelector('[data-field="reveal-status"]')?.textContent?.includes(shown), text);
        if ((await status.getAttribute('data-total')) === '0') notFound.push(text);
      }
      expect(notFound).toEqual([]);
    } else {
      // Ruled out by the prefilter, or analysed as a list/index/encyclopedia page.
      expect(await popup.locator('[data-state="not-article"]').count()).toBe(1);
    }
    if (page === SEED) {
      recordMeasurement('seed page: load event to badge (ms)', await loadToBadgeMs(browser, tab, tabId));
    }
    await Promise.all([popup.close(), tab.close()]);
  });
});
