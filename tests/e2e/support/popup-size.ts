// The popup's content size as a reader gets it: first as it opens, then with
// each formulation's 释义 opened in turn (a click on the formulation), since
// that is what a reader does with it. Chromium caps a popup at 600 px high.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface PopupSize {
  width: number;
  height: number;
}

async function contentSize(popup: Page): Promise<PopupSize> {
  return popup.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
}

/** The size closed, and with each 释义 open (keyed by formulation); the card is closed again after. */
async function popupSizes(popup: Page): Promise<{ closed: PopupSize; withGloss: Record<string, PopupSize> }> {
  const closed = await contentSize(popup);
  const withGloss: Record<string, PopupSize> = {};
  const glossed = await popup.locator('button.formulation[aria-expanded]').evaluateAll((all) => all.map((b) => (b as HTMLElement).dataset.text!));
  for (const text of glossed) {
    await popup.locator(`button.formulation[data-text="${text}"]`).click();
    await popup.locator('[data-field="gloss"]').waitFor();
    withGloss[text] = await contentSize(popup);
  }
  if (glossed.length > 0) {
    await popup.keyboard.press('Escape');
    await popup.locator('[data-field="gloss"]').waitFor({ state: 'detached' });
  }
  return { closed, withGloss };
}

/** Asserts the popup fits 400 × 600 as it opens and with each 释义 open, having at least `minGlossed` formulations with one. */
export async function expectFitsWithEachGlossOpen(popup: Page, minGlossed: number): Promise<void> {
  await popup.locator('button.formulation[aria-expanded]').first().waitFor();
  const { closed, withGloss } = await popupSizes(popup);
  expect(Object.keys(withGloss).length).toBeGreaterThanOrEqual(minGlossed);
  for (const [opened, size] of [['none', closed], ...Object.entries(withGloss)] as const) {
    expect(size.width, opened).toBeLessThanOrEqual(400);
    expect(size.height, opened).toBeLessThanOrEqual(600);
  }
}
