// Imports under faults, in the real extension (headless Chromium): storage
// refusing writes part way (a full quota) and the service worker stopped
// after a write landed but before it answered. After each, the manager's
// message must count exactly the records found in storage, and importing
// the same file again must complete the rest without duplicates. Then an
// import that would change the reader's annotations: the panel lists the
// changes before writing; keeping the reader's version leaves storage as it
// was; ticking one writes the file's version.
// The faults are injected from the test into the running worker (its
// chrome.storage.local.set replaced), so nothing of this is in the bundle.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportJson } from '../../src/store/formats/index.ts';
import type { Library } from '../../src/store/formats/library.ts';
import { EXPORT_NOW, sampleLibrary } from '../unit/store/formats-sample-library.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { openManager, seedLibrary, studyLibrary } from './support/manager.ts';

declare const chrome: {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void> } };
};

/** What the test installs in the worker to stop import writes after `k` of them. */
interface FaultState {
  __importWrites?: number;
  __importHung?: boolean;
  __realSet?: (items: Record<string, unknown>) => Promise<void>;
}

let browser: ExtensionBrowser;
let manager: Page;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  await manager?.close();
  manager = await openManager(browser, '#import');
  await manager.evaluate(() => chrome.storage.local.clear());
});

// 4 articles, 600 annotations: one page batch and three annotation batches (200 records a write).
const library = sampleLibrary(4, 150);
const total = library.pages.length + library.annotations.length;
const fileOf = (lib: Library) => ({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(exportJson(lib, { now: EXPORT_NOW }).content) });

/** Records actually in storage, read from chrome.storage.local itself. */
async function storedRecords(page: Page): Promise<{ annotations: number; pages: number }> {
  const keys = Object.keys(await page.evaluate(() => chrome.storage.local.get(null)));
  return { annotations: keys.filter((k) => k.startsWith('anno:')).length, pages: keys.filter((k) => k.startsWith('page:')).length };
}

async function importFile(page: Page, lib: Library): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(fileOf(lib));
}

const writtenIn = (message: string) => Number(/已写入 (\d+) 条记录/.exec(message)?.[1]);

async function stoppedMessage(page: Page): Promise<string> {
  const alert = page.locator('.import .notice--error[role="alert"]');
  await alert.waitFor();
  return alert.innerText();
}

async function reimportCompletes(page: Page): Promise<void> {
  await importFile(page, library);
  await page.locator('.import__result .notice--success').waitFor();
  expect(await storedRecords(page)).toEqual({ annotations: library.annotations.length, pages: library.pages.length });
}

describe('a partly written import', () => {
  it.each([0, 1, 2, 3])('storage full after %i import writes: the message counts exactly what is stored; a re-run completes', async (k) => {
    await browser.worker.evaluate((limit) => {
      const state = globalThis as FaultState;
      const local = chrome.storage.local;
      const set = local.set.bind(local);
      state.__realSet = local.set;
      state.__importWrites = 0;
      local.set = (items) => {
        if (!Object.keys(items).some((key) => key.startsWith('anno:') || key.startsWith('page:'))) return set(items);
        state.__importWrites! += 1;
        return state.__importWrites! > limit ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : set(items);
      };
    }, k);
    await importFile(manager, library);
    const message = await stoppedMessage(manager);
    const stored = await storedRecords(manager);
    console.log(`[import-faults] quota after ${k} writes: stored ${stored.annotations + stored.pages}; shown: ${message}`);
    expect(message).toContain('存储空间已满');
    expect(writtenIn(message)).toBe(stored.annotations + stored.pages);
    expect(message).toContain(`另有 ${total - writtenIn(message)} 条没有保存`);
    // Space freed (the patch removed): the same file again adds the rest.
    await browser.worker.evaluate(() => {
      chrome.storage.local.set = (globalThis as FaultState).__realSet!;
    });
    await reimportCompletes(manager);
  });

});

describe('an import that would change the reader’s annotations', () => {
  const mine = studyLibrary();
  const [edited, moved] = [mine.annotations[0]!, mine.annotations[3]!];
  /** The reader's library as exported elsewhere later: one note rewritten, one annotation on another page. */
  function changedFile(): Library {
    const file = structuredClone(mine);
    const note = file.annotations[0]!;
    note.modified = '2030-01-01T00:00:00.000Z';
    note.body = note.body.map((b) => (b.purpose === 'commenting' ? { ...b, value: '别处改过的批注' } : b));
    const elsewhere = file.annotations[3]!;
    elsewhere.target = { ...elsewhere.target, source: 'https://elsewhere.example.cn/other.html' };
    return file;
  }

  const storedNote = async (page: Page, id: string) => {
    const all = await page.evaluate(() => chrome.storage.local.get(null));
    const record = all[`anno:${id}`] as { body: { purpose: string; value: string }[]; target: { source: string } };
    return { note: record.body.find((b) => b.purpose === 'commenting')?.value, source: record.target.source };
  };

  it('lists the change before writing; 全部保留 leaves storage as it was; the moved record is refused with where it is', async () => {
    await seedLibrary(manager, mine);
    const before = await manager.evaluate(() => chrome.storage.local.get(null));
    await importFile(manager, changedFile());
    const item = manager.locator(`.import-change[data-id="${edited.id}"]`);
    await item.waitFor();
    expect(await manager.locator('.import-change').count()).toBe(1);
    expect(await item.locator('.import-change__quote').innerText()).toBe('深刻领悟“两个确立”的决定性意义');
    expect(await item.locator('.import-change__old').innerText()).toBe('第一次支部学习的重点');
    expect(await item.locator('.import-change__new').innerText()).toBe('别处改过的批注');
    expect(await item.locator('input[type="checkbox"]').isChecked()).toBe(false);
    expect(await manager.evaluate(() => chrome.storage.local.get(null))).toEqual(before);
    await manager.locator('[data-action="keep-all-mine"]').click();
    const summary = manager.locator('.import__result .notice--success');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('保留您的版本 1 条');
    expect(await summary.innerText()).toContain('未导入 1 条');
    const refused = await manager.locator('.import__result .import__issues li').allInnerTexts();
    expect(refused).toHaveLength(1);
    const [, n, index] = /^第 (\d+) 条标注：target\.source 与库中同一 id 的标注不在同一页面.*（位置 \$\.first\.items\[(\d+)\]\.target\.source）$/.exec(refused[0]!) ?? [];
    expect(Number(n)).toBe(Number(index) + 1);
    expect(await manager.evaluate(() => chrome.storage.local.get(null))).toEqual(before);
    expect((await storedNote(manager, moved.id)).source).toBe(moved.target.source);
  });

  it('ticking the change writes the file’s version of that annotation', async () => {
    await seedLibrary(manager, mine);
    await importFile(manager, changedFile());
    const item = manager.locator(`.import-change[data-id="${edited.id}"]`);
    await item.locator('input[type="checkbox"]').check();
    await manager.locator('[data-action="apply-selected"]').click();
    await manager.locator('.import__result .notice--success').waitFor();
    expect(await storedNote(manager, edited.id)).toEqual({ note: '别处改过的批注', source: edited.target.source });
    expect((await storedNote(manager, moved.id)).source).toBe(moved.target.source);
  });
});

// Last: the worker it stops is replaced, and the harness's handle on it is not renewed.
describe('a partly written import, the worker stopped', () => {
  it('the worker stopped after a write landed but before it answered: that write is counted; a re-run completes', async () => {
    // The third import write goes to storage, then its answer never comes.
    await browser.worker.evaluate(() => {
      const state = globalThis as FaultState;
      const local = chrome.storage.local;
      const set = local.set.bind(local);
      state.__importWrites = 0;
      local.set = async (items) => {
        if (!Object.keys(items).some((key) => key.startsWith('anno:') || key.startsWith('page:'))) return set(items);
        state.__importWrites! += 1;
        await set(items);
        if (state.__importWrites === 3) {
          state.__importHung = true;
          await new Promise(() => {});
        }
      };
    });
    await importFile(manager, library);
    await expect.poll(() => browser.worker.evaluate(() => (globalThis as FaultState).__importHung === true), { timeout: 30_000 }).toBe(true);
    const session = await manager.context().newCDPSession(manager);
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await session.detach();
    const message = await stoppedMessage(manager);
    const stored = await storedRecords(manager);
    console.log(`[import-faults] worker stopped after write 3 landed: stored ${stored.annotations + stored.pages}; shown: ${message}`);
    expect(stored).toEqual({ pages: library.pages.length, annotations: 400 });
    expect(writtenIn(message)).toBe(stored.annotations + stored.pages);
    expect(message).toContain('扩展后台没有应答');
    await reimportCompletes(manager);
  });
});
