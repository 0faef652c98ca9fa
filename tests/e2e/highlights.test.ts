// Highlights in the real extension: save by shortcut, context menu and the
// floating toolbar, then reload and find them painted again.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import {
  clearStorage,
  dispatchCommand,
  dispatchContextMenu,
  paintedTexts,
  selectText,
  storedAnnotations,
  waitFor,
} from './support/highlights.ts';
import { startPageServer, type PageServer } from './support/server.ts';

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtensionBrowser(), startPageServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await clearStorage(browser.worker);
});

const allPainted = async (page: import('playwright-core').Page) => Object.values(await paintedTexts(page)).flat();

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
