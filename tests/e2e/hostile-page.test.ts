// A hostile page against the extension's in-page UI (issue 11, items 1 and 2):
// the page's own script (page.evaluate runs in the page's main world, as the
// page's scripts do) tries to save, read and edit the reader's highlights
// through our toolbar and popover, and to hide, cover or remove them. The
// reader acts with the real mouse and keyboard only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { popoverOf, showToolbarForSelection, toolbarOf, type InPageUi } from './support/closed-ui.ts';
import { paintedTexts, selectionHandled, selectText, storedAnnotations, waitFor } from './support/highlights.ts';
import { useExtensionSession } from './support/session.ts';

const { browser, server } = useExtensionSession({ clearStorageBeforeEach: true });

const FIXTURE = '/fixtures/party-commentary.html';

/** The reader saves `text` in `color` with a real click on the toolbar's swatch; waits until stored. */
async function readerSaves(page: Page, text: string, color = 'blue'): Promise<void> {
  const before = (await storedAnnotations(browser.worker)).length;
  await selectText(page, text);
  const toolbar = await showToolbarForSelection(page);
  await toolbar.click(`button.swatch[data-color="${color}"]`);
  await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === before + 1, `"${text}" saved by the reader`);
}

/** The centre of a control in our UI, and whether the page's own hit test there lands on our host (nothing of the page covers it). */
async function ourControlIsOnTop(ui: InPageUi, selector: string): Promise<boolean> {
  const { box } = await ui.waitFor(selector);
  const x = (box!.left + box!.right) / 2;
  const y = (box!.top + box!.bottom) / 2;
  return ui.page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-dj-ui') ?? false, { x, y });
}

describe('the page cannot act through the in-page UI (issue 11 item 1)', () => {
  it('a synthetic mouseup, key or click saves nothing, and the toolbar root is not reachable', async () => {
    const { page } = await browser.openTab(server.url(FIXTURE));
    await selectText(page, '以高质量党建引领');
    const attack = await page.evaluate(async () => {
      document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      await new Promise((resolve) => setTimeout(resolve, 0));
      const hosts = [...document.querySelectorAll('[data-dj-ui]')];
      for (const host of hosts) (host.shadowRoot?.querySelector('button.swatch') as HTMLElement | null)?.click();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
      return { hosts: hosts.length, openRoots: hosts.filter((host) => host.shadowRoot).length };
    });
    expect(attack).toEqual({ hosts: 0, openRoots: 0 });
    // Now the reader shows the toolbar; the page tries again on the shown toolbar.
    const toolbar = await showToolbarForSelection(page);
    const second = await page.evaluate(() => {
      const host = document.querySelector('[data-dj-ui="selection-toolbar"]')!;
      const root = host.shadowRoot;
      (root?.querySelector('button.swatch') as HTMLElement | null)?.click();
      for (const key of ['1', '2', 'n']) document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return { open: root !== null, text: (host as HTMLElement).innerText + host.textContent };
    });
    expect(second).toEqual({ open: false, text: '' });
    // The colour row is still shown (no note form opened by the fake N) and the reader's own save goes through, alone.
    expect((await toolbar.control('.panel')).attributes['data-mode']).toBe('colors');
    await page.keyboard.press('Escape');
    await readerSaves(page, '三会一课');
    expect((await storedAnnotations(browser.worker)).map((a) => a.quote)).toEqual(['三会一课']);
    await page.close();
  });

  it('a synthetic click on a highlight opens nothing, and the shown note and tags are nowhere in the page DOM', async () => {
    const { page } = await browser.openTab(server.url(FIXTURE));
    const note = '只给读者自己看的批注';
    const tag = '私人标签';
    await selectText(page, '四个自信');
    const at = await page.evaluate(() => {
      const rect = getSelection()!.getRangeAt(0).getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    const toolbar = await showToolbarForSelection(page);
    await toolbar.click('button.note-button');
    await toolbar.fill('textarea', note);
    await toolbar.fill('input[data-field="tags"]', tag);
    await toolbar.click('button.primary');
    await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === 1, 'saved with a note');
    await expect.poll(() => paintedTexts(page)).toEqual({ 'dj-yellow': ['四个自信'] });
    await toolbar.waitForGone();
    // The page clicks the highlight: no popover.
    const opened = await page.evaluate(({ x, y }) => {
      document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y, button: 0 }));
      return document.querySelectorAll('[data-dj-ui="note-popover"]').length;
    }, at);
    expect(opened).toBe(0);
    // The reader opens it; the page looks for the note everywhere it can.
    await page.mouse.click(at.x, at.y);
    const popover = popoverOf(page);
    expect(await popover.value('textarea')).toBe(note);
    const leak = await page.evaluate(({ note, tag }) => {
      const attributes = [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.value));
      const host = document.querySelector('[data-dj-ui="note-popover"]')!;
      const text = document.documentElement.outerHTML + document.body.innerText + attributes.join('\n') + (getSelection()?.toString() ?? '');
      (host.shadowRoot?.querySelector('button.primary') as HTMLElement | null)?.click();
      return { note: text.includes(note), tag: text.includes(tag), root: host.shadowRoot !== null };
    }, { note, tag });
    expect(leak).toEqual({ note: false, tag: false, root: false });
    // The reader's highlight is as saved, and the popover still works for the reader.
    await popover.click('button', '删除');
    await expect.poll(() => storedAnnotations(browser.worker)).toEqual([]);
    await page.close();
  });
});

/** Hostile page CSS, each tried on its own. */
const HOSTILE_CSS: [string, string][] = [
  ['display:none on every host it can name', 'dj-ui, [data-dj-ui], html > :last-child:not(body), html > :not(head, body) { display: none !important; visibility: hidden !important; opacity: 0 !important; }'],
  ['all:unset on everything', '* { all: unset !important; } p { display: block !important; }'],
  ['transforms on html and body', 'html { transform: translate(40px, 30px) scale(0.8) !important; } body { transform: rotate(2deg) !important; }'],
  ['a z-index war: a transparent cover over the viewport', 'body::after { content: ""; position: fixed; inset: 0; z-index: 2147483647 !important; background: transparent; }'],
];

describe('the page cannot hide, cover or remove the toolbar (issue 11 item 2)', () => {
  it.each(HOSTILE_CSS)('page CSS: %s', async (_name, css) => {
    const { page } = await browser.openTab(server.url(FIXTURE));
    await page.addStyleTag({ content: css });
    await selectText(page, '三会一课');
    const toolbar = await showToolbarForSelection(page);
    expect(await ourControlIsOnTop(toolbar, 'button.swatch[data-color="green"]')).toBe(true);
    await toolbar.click('button.swatch[data-color="green"]');
    await expect.poll(async () => (await storedAnnotations(browser.worker)).map((a) => [a.quote, a.color])).toEqual([['三会一课', 'green']]);
    await page.close();
  });

  it('a page that pre-defines the old element name, or replaces attachShadow, does not stop it', async () => {
    const { page } = await browser.openTab(server.url(FIXTURE));
    await page.evaluate(() => {
      customElements.define('dj-ui', class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' });
          throw new Error('hostile constructor');
        }
      });
      Element.prototype.attachShadow = () => {
        throw new Error('no shadow roots here');
      };
    });
    await readerSaves(page, '三会一课', 'red');
    expect((await storedAnnotations(browser.worker)).map((a) => a.color)).toEqual(['red']);
    // The host's name is not one a page could have known before it appeared.
    const name = await page.evaluate(() => document.querySelector('[data-dj-ui]')?.localName ?? null);
    expect(name === null || /^dj-[a-z0-9]{10}$/.test(name)).toBe(true);
    await page.close();
  });

  it.each(['popover', 'modal dialog'] as const)('a transparent %s the page opens over the toolbar does not take the reader’s click', async (kind) => {
    const { page } = await browser.openTab(server.url(FIXTURE));
    // Whenever our host appears, the page opens a transparent top-layer element over the whole viewport.
    await page.evaluate((kind) => {
      const cover = document.createElement(kind === 'popover' ? 'div' : 'dialog');
      cover.id = 'cover';
      cover.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:0;border:0;background:transparent;opacity:0.01';
      if (kind === 'popover') cover.setAttribute('popover', 'manual');
      document.body.append(cover);
      new MutationObserver(() => {
        if (!document.querySelector('[data-dj-ui="selection-toolbar"]')) return;
        if (cover instanceof HTMLDialogElement) {
          if (!cover.open) cover.showModal();
        } else if (!cover.matches(':popover-open')) cover.showPopover();
      }).observe(document.documentElement, { childList: true, subtree: true });
    }, kind);
    await selectText(page, '两个维护');
    const toolbar = await showToolbarForSelection(page);
    await expect.poll(() => page.evaluate(() => document.querySelector('#cover')!.matches(':popover-open, :modal'))).toBe(true);
    await expect.poll(() => ourControlIsOnTop(toolbar, 'button.swatch[data-color="purple"]')).toBe(true);
    await toolbar.click('button.swatch[data-color="purple"]');
    await expect.poll(async () => (await storedAnnotations(browser.worker)).map((a) => [a.quote, a.color])).toEqual([['两个维护', 'purple']]);
    await page.close();
  });

  it('a host the page removes or restyles is put back; a page that keeps removing it gives up first (bounded)', async () => {
    const { page } = await browser.openTab(server.url(FIXTURE));
    // Once: remove the host, then rewrite the style of the one put back.
    await page.evaluate(() => {
      let round = 0;
      new MutationObserver(() => {
        const host = document.querySelector<HTMLElement>('[data-dj-ui="selection-toolbar"]');
        if (!host) return;
        if (round === 0) {
          round++;
          host.remove();
        } else if (round === 1) {
          round++;
          host.setAttribute('style', 'display:none !important');
        }
      }).observe(document.documentElement, { childList: true, subtree: true });
    });
    await selectText(page, '四个意识');
    const toolbar = await showToolbarForSelection(page);
    expect(await ourControlIsOnTop(toolbar, 'button.swatch[data-color="yellow"]')).toBe(true);
    await toolbar.click('button.swatch[data-color="yellow"]');
    await expect.poll(async () => (await storedAnnotations(browser.worker)).map((a) => a.quote)).toEqual(['四个意识']);
    await page.close();

    // Always: the page removes every host it sees. We put it back a bounded number of times, then stop.
    const second = await browser.openTab(server.url(FIXTURE));
    await second.page.evaluate(() => {
      const scope = window as unknown as { removals: number };
      scope.removals = 0;
      new MutationObserver(() => {
        for (const host of document.querySelectorAll('[data-dj-ui="selection-toolbar"]')) {
          host.remove();
          scope.removals++;
        }
      }).observe(document.documentElement, { childList: true, subtree: true });
    });
    await selectText(second.page, '四个意识');
    await second.page.keyboard.press('Shift');
    await selectionHandled(second.page);
    // Both sides act in microtasks, so the fight is over by the time the page answers: a bounded number of rounds, and the page responsive.
    const removals = await second.page.evaluate(() => (window as unknown as { removals: number }).removals);
    expect(removals).toBeGreaterThan(0);
    expect(removals).toBeLessThanOrEqual(25);
    expect(await toolbarOf(second.page).count()).toBe(0);
    await second.page.close();
  });
});
