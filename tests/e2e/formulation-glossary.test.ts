// 释义 of key formulations in real Chromium, in the popup and in the side
// panel (one view tree, two hosts): a formulation the lexicon explains is a
// disclosure (aria-expanded) whose click or keyboard focus opens its 释义
// and source document on a card under the list; Enter still finds it in the
// page; Escape, or focus moving to a formulation without one, closes it. In
// the popup the card lies over what follows the list and covers no
// formulation; in the panel it takes its own place there. (The manager's index and the
// exports: manager.test.ts. The popup's height with a card open: layout and
// corpus-pages tests.)
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/session.ts';
import { openSidePanel, windowOf } from './support/side-panel.ts';

const SAMPLE = '/fixtures/party-commentary.html';
const RESOLUTION = '出处：党的百年奋斗重大成就和历史经验的决议（2021年）';
const MAINTAIN = '坚决维护习近平同志党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导';
const ESTABLISH = '党确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位';

const { browser, server } = useExtensionSession();

const chip = (view: Page, text: string): Locator => view.locator(`button.formulation[data-text="${text}"]`);

/** What the open card says, and which chip says it is open. */
async function openCard(view: Page): Promise<{ text: string; source: string; expanded: string[] } | null> {
  return view.evaluate(() => {
    const card = document.querySelector<HTMLElement>('[data-field="gloss"]');
    const expanded = [...document.querySelectorAll<HTMLElement>('button.formulation[aria-expanded="true"]')].map((b) => b.dataset.text!);
    if (!card) return expanded.length ? { text: '', source: '', expanded } : null;
    const text = card.querySelector('.formulation-gloss__text')!.childNodes;
    return {
      text: [...text].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join(''),
      source: card.querySelector('.formulation-gloss__source')!.textContent!,
      expanded,
    };
  });
}

/** The card's box, the boxes of every chip, the list's box, its text sizes. */
async function cardGeometry(view: Page) {
  return view.evaluate(() => {
    const box = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const card = document.querySelector('[data-field="gloss"]')!;
    return {
      card: box(card),
      list: box(document.querySelector('ul.formulations')!),
      chips: [...document.querySelectorAll('button.formulation')].map((b) => ({ text: (b as HTMLElement).dataset.text!, ...box(b) })),
      textSizes: [...card.querySelectorAll('p')].map((p) => Number.parseFloat(getComputedStyle(p).fontSize)),
      viewportWidth: document.documentElement.clientWidth,
    };
  });
}

const overlaps = (a: { top: number; bottom: number; left: number; right: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Click, keyboard focus, Enter, Escape and a formulation without 释义, the same in both hosts. */
async function exerciseDisclosure(view: Page): Promise<void> {
  const maintain = chip(view, '两个维护');
  await expect(maintain.getAttribute('aria-expanded')).resolves.toBe('false');
  expect(await maintain.getAttribute('aria-controls')).toBe('formulation-gloss');
  // A formulation without 释义 is no disclosure.
  expect(await chip(view, '一岗双责').getAttribute('aria-expanded')).toBeNull();

  // Click: the card opens, and the click still finds the formulation in the page.
  await maintain.click();
  await expect.poll(() => openCard(view)).toEqual({ text: MAINTAIN, source: RESOLUTION, expanded: ['两个维护'] });
  await expect.poll(() => view.locator('[data-field="reveal-status"]').getAttribute('data-occurrence')).toBe('1');

  // Escape closes it and gives the formulation its focus back (without opening it again).
  await view.keyboard.press('Escape');
  await expect.poll(() => openCard(view)).toBeNull();
  expect(await maintain.evaluate((button) => button === document.activeElement)).toBe(true);

  // Keyboard focus alone opens the next formulation's 释义; Shift+Tab back opens the first's.
  await view.keyboard.press('Tab');
  await expect.poll(() => openCard(view)).toEqual({ text: ESTABLISH, source: RESOLUTION, expanded: ['两个确立'] });
  await view.keyboard.press('Shift+Tab');
  await expect.poll(() => openCard(view)).toEqual({ text: MAINTAIN, source: RESOLUTION, expanded: ['两个维护'] });
  // Enter finds the next occurrence and keeps the card open.
  await view.keyboard.press('Enter');
  await expect.poll(() => view.locator('[data-field="reveal-status"]').getAttribute('data-occurrence')).toBe('2');
  expect(await openCard(view)).toEqual({ text: MAINTAIN, source: RESOLUTION, expanded: ['两个维护'] });

  // Focus on a formulation without 释义 closes the card.
  await chip(view, '一岗双责').focus();
  await expect.poll(() => openCard(view)).toBeNull();
}

describe('释义 in the popup', () => {
  it('opens on click and on keyboard focus, as a card under the list that covers no formulation', async () => {
    const { page, tabId } = await browser.openTab(server.url(SAMPLE));
    const popup = await browser.openPopup(tabId);
    await chip(popup, '两个维护').waitFor();
    await expect.poll(() => chip(popup, '两个维护').getAttribute('aria-expanded')).toBe('false');
    await exerciseDisclosure(popup);

    // Every 释义 shown: under the list, over what follows, within the popup's width, text of 13/12 px.
    for (const text of await popup.locator('button.formulation[aria-expanded]').evaluateAll((all) => all.map((b) => (b as HTMLElement).dataset.text!))) {
      await chip(popup, text).click();
      await expect.poll(() => openCard(popup).then((card) => card?.expanded)).toEqual([text]);
      const geometry = await cardGeometry(popup);
      expect(geometry.card.top, text).toBeGreaterThanOrEqual(geometry.list.bottom);
      for (const other of geometry.chips) expect(overlaps(geometry.card, other), `${text} covers ${other.text}`).toBe(false);
      expect(geometry.card.left).toBeGreaterThanOrEqual(0);
      expect(geometry.card.right).toBeLessThanOrEqual(geometry.viewportWidth);
      expect(geometry.textSizes[0], text).toBeGreaterThanOrEqual(13);
      expect(geometry.textSizes[1], text).toBeGreaterThanOrEqual(12);
    }
    // A click elsewhere closes it.
    await popup.locator('.key-points').click();
    await expect.poll(() => openCard(popup)).toBeNull();
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('释义 in the side panel', () => {
  it('opens on click and on keyboard focus, in its own place under the list', async () => {
    const { page, tabId } = await browser.openTab(server.url(SAMPLE));
    const panel = await openSidePanel(browser, await windowOf(browser.worker, tabId), 360);
    await chip(panel, '两个维护').waitFor();
    await expect.poll(() => chip(panel, '两个维护').getAttribute('aria-expanded')).toBe('false');
    await exerciseDisclosure(panel);

    await chip(panel, '两个确立').click();
    await expect.poll(() => openCard(panel).then((card) => card?.expanded)).toEqual(['两个确立']);
    const geometry = await cardGeometry(panel);
    // In the flow under the whole list: it covers nothing, and the panel does not scroll sideways.
    expect(geometry.card.top).toBeGreaterThanOrEqual(geometry.list.bottom);
    expect(geometry.card.right).toBeLessThanOrEqual(geometry.viewportWidth);
    expect(await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const keyPoints = await panel.locator('.key-points').boundingBox();
    expect(keyPoints!.y).toBeGreaterThanOrEqual(geometry.card.bottom);
    await Promise.all([panel.close(), page.close()]);
  });
});
