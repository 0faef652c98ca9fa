// Helpers for the highlight tests: select page text by its characters,
// trigger the browser-level saves inside the service worker (headless
// Chromium fires no real shortcuts or context menus), read what the store
// holds and what the page painted.
import type { Page, Worker } from 'playwright-core';

interface WorkerChrome {
  commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
  contextMenus: { onClicked: { dispatch(info: unknown, tab: unknown): void } };
  tabs: { get(id: number): Promise<unknown> };
  storage: { local: { get(keys: null | string | string[]): Promise<Record<string, unknown>>; clear(): Promise<void> } };
}
declare const chrome: WorkerChrome;

/** Select from the `start`-th occurrence of `from` to the end of `to` (searched after it), across elements. */
export async function selectText(page: Page, from: string, to: string = from, occurrence = 0): Promise<string> {
  return page.evaluate(
    ({ from, to, occurrence }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let text = '';
      const starts: number[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        starts.push(text.length);
        nodes.push(n as Text);
        text += (n as Text).data;
      }
      let begin = -1;
      for (let i = 0, at = -1; i <= occurrence; i++) {
        at = text.indexOf(from, at + 1);
        if (at < 0) throw new Error(`"${from}" occurs fewer than ${occurrence + 1} times`);
        begin = at;
      }
      const endAt = text.indexOf(to, begin) + to.length;
      if (endAt < to.length) throw new Error(`"${to}" not found after "${from}"`);
      const point = (offset: number, isEnd: boolean) => {
        let i = starts.length - 1;
        while (i > 0 && (starts[i]! > offset || (isEnd && starts[i] === offset))) i--;
        return { node: nodes[i]!, offset: offset - starts[i]! };
      };
      const a = point(begin, false);
      const b = point(endAt, true);
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    },
    { from, to, occurrence },
  );
}

export async function dispatchCommand(worker: Worker, tabId: number): Promise<void> {
  await worker.evaluate(async (id) => chrome.commands.onCommand.dispatch('save-highlight', await chrome.tabs.get(id)), tabId);
}

export async function dispatchContextMenu(worker: Worker, tabId: number, selectionText: string): Promise<void> {
  await worker.evaluate(
    async ({ id, selectionText }) =>
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'save-highlight', selectionText, editable: false, pageUrl: '' }, await chrome.tabs.get(id)),
    { id: tabId, selectionText },
  );
}

export interface StoredSummary {
  id: string;
  source: string;
  quote: string;
  note: string;
  color: string;
}

/** Every annotation record in storage.local. */
export async function storedAnnotations(worker: Worker | Page): Promise<StoredSummary[]> {
  const read = () => chrome.storage.local.get(null);
  const all = await ("goto" in worker ? worker.evaluate(read) : worker.evaluate(read));
  return Object.entries(all)
    .filter(([key]) => key.startsWith('anno:'))
    .map(([, value]) => {
      const a = value as { id: string; target: { source: string; selector: { type: string; exact?: string }[] }; body: { purpose: string; value: string }[] };
      return {
        id: a.id,
        source: a.target.source,
        quote: a.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '',
        note: a.body.find((b) => b.purpose === 'commenting')?.value ?? '',
        color: a.body.find((b) => b.purpose === 'highlighting')?.value ?? '',
      };
    });
}

export async function clearStorage(worker: Worker): Promise<void> {
  await worker.evaluate(() => chrome.storage.local.clear());
}

/** Poll until `read` returns a value `done` accepts. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The painted highlights as the page's CSS.highlights registry holds them:
 * for each dj-<colour> highlight, the text of each of its ranges. (Our
 * content script's world and the page's share the registry, which belongs
 * to the document.)
 */
export async function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('dj-') || name === 'dj-focus') continue;
      out[name] = [...highlight].map((range) => range.toString());
    }
    return out;
  });
}

/** Every painted highlight's text on the page, whatever its colour. */
export async function allPaintedTexts(page: Page): Promise<string[]> {
  return Object.values(await paintedTexts(page)).flat();
}
