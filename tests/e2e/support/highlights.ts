// Helpers for the highlight tests: select page text by its characters,
// trigger the browser-level saves inside the service worker (headless
// Chromium fires no real shortcuts or context menus), read what the store
// holds and what the page painted.
import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from './browser.ts';

interface WorkerChrome {
  commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
  contextMenus: { onClicked: { dispatch(info: unknown, tab: unknown): void } };
  tabs: { get(id: number): Promise<unknown> };
  storage: { local: { get(keys: null | string | string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } };
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

/**
 * Where the occurrence a formulation or highlight click flashed (the
 * extension's reveal highlight) lies: 'in view', 'out of view', or 'no
 * highlight' before the flash.
 */
export async function revealedOccurrencePlace(page: Page): Promise<'in view' | 'out of view' | 'no highlight'> {
  return page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dangjian-annotator-reveal');
    const range = highlight ? [...highlight][0] : undefined;
    if (!range) return 'no highlight';
    const box = range.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight ? 'in view' : 'out of view';
  });
}

/** Every painted highlight's text on the page, whatever its colour. */
export async function allPaintedTexts(page: Page): Promise<string[]> {
  return Object.values(await paintedTexts(page)).flat();
}

/**
 * Resolves once the content script has handled the mouseup or keyup that was
 * just dispatched: its handler defers its look at the selection by a 0 ms
 * timer, and timers of one page run in the order they were set, whatever the
 * world that set them. A fixed wait (300 ms) proved nothing on a slow
 * machine; this proves the toolbar had its chance to appear.
 */
export async function selectionHandled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/**
 * Runs `expression` in the extension's content-script world of `page` (its
 * isolated world: the same `chrome` and globals the content script has),
 * through the DevTools protocol: Playwright evaluates in the page's main world
 * only. The world is created by the content script, so it exists once the
 * content script has run.
 */
export async function evaluateInContentScriptWorld<T>(page: Page, extensionId: string, expression: string): Promise<T> {
  const session = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await session.send('Runtime.enable');
    const { frameTree } = await session.send('Page.getFrameTree');
    const world = contexts.find(
      (context) => context.auxData?.type === 'isolated' && context.auxData.frameId === frameTree.frame.id && context.origin === `chrome-extension://${extensionId}`,
    );
    if (!world) throw new Error(`no content-script world of ${extensionId} in ${page.url()}`);
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`in the content-script world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await session.detach();
  }
}

/**
 * Changes the stored settings and resolves once the page's content script has
 * received the change. A listener added now in the content script's world
 * runs after the content script's own (listeners run in the order they were
 * added), so when it fires, the content script holds the new settings.
 */
export async function changeSettingsSeenBy(page: Page, extensionId: string, worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await evaluateInContentScriptWorld(page, extensionId, `(() => {
    globalThis.__djE2eSettingsSeen = new Promise((resolve) => {
      const seen = (changes, area) => {
        if (area !== 'local' || !Object.hasOwn(changes, 'settings')) return;
        chrome.storage.onChanged.removeListener(seen);
        resolve(true);
      };
      chrome.storage.onChanged.addListener(seen);
    });
  })()`);
  await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
  await evaluateInContentScriptWorld(page, extensionId, 'globalThis.__djE2eSettingsSeen');
}

/**
 * Stop the extension's service worker the way Chromium does when idle, through
 * chrome://serviceworker-internals. An event (a storage change, a tab's
 * message) may start a fresh instance right after the stop, so the stop is
 * repeated until the internals page has shown the worker STOPPED.
 */
export async function stopExtensionWorker(browser: ExtensionBrowser): Promise<void> {
  const internals = await browser.context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  const entry = internals.locator('.serviceworker-registration', { hasText: browser.extensionId });
  const status = entry.locator('.serviceworker-running-status .value').first();
  let stopped = false;
  for (let attempt = 0; attempt < 10 && !stopped; attempt++) {
    await entry.locator('[data-command="stop"]').first().click();
    for (let poll = 0; poll < 20 && !stopped; poll++) {
      stopped = (await status.textContent()) === 'STOPPED';
      if (!stopped) await internals.waitForTimeout(50);
    }
  }
  if (!stopped) throw new Error('the service worker was never seen stopped');
  await internals.close();
}
