// The popup's content size as a reader gets it: first as it opens, then with
// each formulation's 释义 opened in turn (a click on the formulation), since
// that is what a reader does with it. Chromium caps a popup at 600 px high.
import type { Page } from 'playwright-core';

export interface PopupSize {
  width: number;
  height: number;
}

async function contentSize(popup: Page): Promise<PopupSize> {
  return popup.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
}

/** The size closed, and with each 释义 open (keyed by formulation); the card is closed again after. */
export async function popupSizes(popup: Page): Promise<{ closed: PopupSize; withGloss: Record<string, PopupSize> }> {
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
