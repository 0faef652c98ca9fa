// Highlights in the real extension: save by shortcut, context menu and the
// floating toolbar, then reload and find them painted again.
import { describe, expect, it } from 'vitest';
import {
  dispatchCommand,
  dispatchContextMenu,
  allPaintedTexts,
  paintedTexts,
  selectText,
  storedAnnotations,
  stopExtensionWorker,
  waitFor,
} from './support/highlights.ts';
import { showToolbarForSelection } from './support/closed-ui.ts';
import { useExtensionSession } from './support/session.ts';

const { browser, server } = useExtensionSession({ clearStorageBeforeEach: true });

const allPainted = allPaintedTexts;

describe('saving a selection', () => {
  it('saves by the keyboard command, across paragraphs, and repaints it after reload', async () => {
    const { page, tabId } = await browser.openTab(server.url('/fixtures/party-commentary.html'));
    const selected = await selectText(page, '两个确立', '决定性意义');
    expect(selected.length).toBeGreaterThan(4);
    await dispatchCommand(browser.worker, tabId);
    const [saved] = await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === 1, 'one stored annotation');
    expect(saved!.source).toBe(server.url('/fixtures/party-commentary.html'));
    expect(saved!.color).toBe('yellow');
    await page.reload({ waitUntil: 'load' });
    const painted = await waitFor(() => allPainted(page), (texts) => texts.length > 0, 'painted highlight after reload');
    expect(painted.join('').replace(/\s/g, '')).toBe(selected.replace(/\s/g, ''));
    await page.close();
  });
});

const FIXTURE = '/fixtures/party-commentary.html';

describe('saving from the context menu and the toolbar', () => {
  it('saves by the context menu item and repaints after reload', async () => {
    const { page, tabId } = await browser.openTab(server.url(FIXTURE));
    const selected = await selectText(page, '增强“四个意识”', '做到“两个维护”');
    await dispatchContextMenu(browser.worker, tabId, selected);
    await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === 1, 'one stored annotation');
    await page.reload({ waitUntil: 'load' });
    const painted = await waitFor(() => allPainted(page), (texts) => texts.length > 0, 'painted after reload');
    expect(painted).toEqual([selected]);
    await page.close();
  });

  it('saves with a real click on a colour in the floating toolbar (shadow root), with a note from the note form', async () => {
    const { page } = await browser.openTab(server.url(FIXTURE));
    const selected = await selectText(page, '以高质量党建引领');
    // The toolbar follows the selection the reader made with the mouse or keyboard.
    const toolbar = await showToolbarForSelection(page);
    await toolbar.click('button.note-button');
    await toolbar.click('button.swatch[data-color="green"]');
    await toolbar.fill('textarea', '第一行\n第二行');
    await toolbar.fill('input[data-field="tags"]', '党建, 学习');
    const started = Date.now();
    await toolbar.click('button.primary');
    const [saved] = await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === 1, 'saved from toolbar');
    console.log(`save latency (click to stored, including polling): ${Date.now() - started} ms`);
    expect(saved).toMatchObject({ quote: selected, note: '第一行\n第二行', color: 'green' });
    // The toolbar is not page text: the painted range is exactly the selection.
    expect(await paintedTexts(page)).toEqual({ 'dj-green': [selected] });
    await page.reload({ waitUntil: 'load' });
    expect(await waitFor(() => paintedTexts(page), (p) => Object.keys(p).length > 0, 'repaint')).toEqual({ 'dj-green': [selected] });
    await page.close();
  });
});

describe('the popup', () => {
  it('edits a note in place and the edit persists after reopening', async () => {
    const { page, tabId } = await browser.openTab(server.url(FIXTURE));
    await selectText(page, '两个确立');
    await dispatchCommand(browser.worker, tabId);
    await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === 1, 'saved');
    let popup = await browser.openPopup(tabId);
    const item = popup.locator('.highlights__list[data-list="placed"] li.highlight');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('[data-field="quote"]').textContent()).toBe('两个确立');
    // A click on the quote flashes the highlight in the page.
    await item.locator('[data-field="quote"]').click();
    await expect
      .poll(() => page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dangjian-annotator-reveal') ?? [])].map((r) => r.toString())))
      .toEqual(['两个确立']);
    await item.locator('[data-action="edit"]').click();
    await item.locator('textarea').fill('学习要点：\n两个确立');
    // A tag over the limit the background enforces: the editor says which limit, and 保存 sends nothing.
    await item.locator('input').fill(`二十大，${'长'.repeat(101)}`);
    expect(await item.locator('[data-field="note-problem"]').textContent()).toBe(`标签“${'长'.repeat(12)}…”超过 100 个字，请缩短后再保存。`);
    expect(await item.locator('input').getAttribute('aria-invalid')).toBe('true');
    expect(await item.locator('[data-action="save"]').isDisabled()).toBe(true);
    await item.locator('input').fill('二十大，理论');
    expect(await item.locator('[data-field="note-problem"]').count()).toBe(0);
    await item.locator('[data-action="save"]').click();
    await expect.poll(() => popup.locator('.highlight [data-field="note"]').textContent()).toBe('学习要点：\n两个确立');
    await popup.close();
    popup = await browser.openPopup(tabId);
    await expect.poll(() => popup.locator('.highlight [data-field="note"]').textContent()).toBe('学习要点：\n两个确立');
    expect(await popup.locator('.highlight [data-field="tags"]').textContent()).toBe('#二十大 #理论');
    // Delete, then undo: the highlight comes back, painted.
    await popup.locator('.highlight [data-action="delete"]').click();
    await expect.poll(() => popup.locator('li.highlight').count()).toBe(0);
    await expect.poll(async () => allPaintedTexts(page)).toEqual([]);
    await popup.locator('[data-action="undo"]').click();
    await expect.poll(() => popup.locator('li.highlight').count()).toBe(1);
    await expect.poll(async () => (await storedAnnotations(browser.worker)).map((a) => a.note)).toEqual(['学习要点：\n两个确立']);
    await expect.poll(async () => allPaintedTexts(page)).toEqual(['两个确立']);
    await Promise.all([popup.close(), page.close()]);
  });
});

/** A page repeating a formulation: 40 paragraphs, each numbered and each with 两个确立. */
function repeatedFormulationPage(paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>第${i + 1}段：深刻领悟“两个确立”的决定性意义，这是第${i + 1}次学习体会。</p>`).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>学习体会汇编</title></head><body><article><h1>学习体会汇编</h1>${body}</article></body></html>`;
}

/** For each painted range: how many times `text` occurs in the body before it (its occurrence index). */
async function occurrenceIndexes(page: import('playwright-core').Page, text: string): Promise<number[]> {
  return page.evaluate((text) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const out: number[] = [];
    for (const [name, highlight] of registry) {
      if (!name.startsWith('dj-') || name === 'dj-focus') continue;
      for (const range of highlight) {
        const before = document.createRange();
        before.setStart(document.body, 0);
        before.setEnd(range.startContainer, range.startOffset);
        out.push(before.toString().split(text).length - 1);
      }
    }
    return out;
  }, text);
}

describe('anchoring in the real page', () => {
  it('repaints a formulation repeated 40 times on the occurrence that was highlighted', async () => {
    const url = server.registerPage('repeated.html', repeatedFormulationPage(40));
    const { page, tabId } = await browser.openTab(url);
    expect(await selectText(page, '两个确立', '两个确立', 26)).toBe('两个确立');
    await dispatchCommand(browser.worker, tabId);
    await waitFor(() => storedAnnotations(browser.worker), (list) => list.length === 1, 'saved');
    expect(await occurrenceIndexes(page, '两个确立')).toEqual([26]);
    await page.reload({ waitUntil: 'load' });
    await waitFor(() => allPainted(page), (t) => t.length > 0, 'repaint');
    expect(await occurrenceIndexes(page, '两个确立')).toEqual([26]);
    await page.close();
  });
});

describe('the store under load', () => {
  it('stores all 200 highlights when two tabs save 100 each at the same time', async () => {
    const url = server.registerPage('many.html', repeatedFormulationPage(100));
    const tabs = await Promise.all([browser.openTab(url), browser.openTab(`${url}?copy=2`)]);
    await Promise.all(
      tabs.map(async ({ page, tabId }) => {
        for (let i = 0; i < 100; i++) {
          await selectText(page, `第${i + 1}段`);
          await dispatchCommand(browser.worker, tabId);
          // One save at a time per tab (as a reader would); the two tabs interleave freely.
          await page.waitForFunction((n) => {
            const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
            let count = 0;
            for (const [name, h] of registry) if (name.startsWith('dj-') && name !== 'dj-focus') count += h.size;
            return count >= n;
            // Timer polling: one of the two tabs is in the background, where requestAnimationFrame does not run.
          }, i + 1, { polling: 20 });
        }
      }),
    );
    const stored = await storedAnnotations(browser.worker);
    expect(stored).toHaveLength(200);
    // Two pages' worth, each with its 100 distinct paragraphs.
    const bySource = new Map<string, Set<string>>();
    for (const a of stored) bySource.set(a.source, (bySource.get(a.source) ?? new Set()).add(a.quote));
    expect([...bySource.values()].map((quotes) => quotes.size)).toEqual([100, 100]);
    await Promise.all(tabs.map(({ page }) => page.close()));
  });

  it('loses nothing acknowledged when the service worker is stopped between saves', { timeout: 60_000 }, async () => {
    const { page, tabId } = await browser.openTab(server.url(FIXTURE));
    const quotes = ['两个确立', '四个意识', '四个自信'];
    for (const quote of quotes) {
      await selectText(page, quote);
      const toolbar = await showToolbarForSelection(page);
      // The toolbar's message says the save was acknowledged.
      await toolbar.click('button.swatch[data-color="blue"]');
      await toolbar.waitFor('.message[data-kind="info"]');
      if (quote === quotes.at(-1)) break;
      await stopExtensionWorker(browser);
    }
    // Read the store from an extension page: the worker we held a handle on is gone.
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const stored = await storedAnnotations(reader);
    expect(stored.map((a) => a.quote).sort()).toEqual([...quotes].sort());
    // Last test of the file: the worker handle stays stale (beforeEach would need a fresh one).
    await Promise.all([reader.close(), page.close()]);
  });
});
