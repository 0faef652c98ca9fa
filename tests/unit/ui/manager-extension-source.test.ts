// The manager's real data source with the WebExtension globals stood in for:
// runtime.sendMessage answered by the background's library handler over
// in-memory storage, and storage.onChanged events the test fires.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLibraryHandler } from '../../../src/extension/background/library-handlers.ts';
import { parseLibraryRequest } from '../../../src/extension/library-messages.ts';
import { MemoryStorageArea } from '../../../src/store/memory-storage.ts';
import { DEFAULT_SETTINGS } from '../../../src/store/settings.ts';
import { extensionDataSource } from '../../../src/ui/manager/extension-data-source.ts';
import { sampleLibrary } from '../store/formats-sample-library.ts';
import { installFakeBrowser } from './manager-fake-browser.ts';

type ChangeListener = (changes: Record<string, unknown>, area: string) => void;

let uninstall: () => void;
let listeners: Set<ChangeListener>;
let storage: MemoryStorageArea;

beforeEach(() => {
  uninstall = installFakeBrowser();
  const fake = (globalThis as { browser?: Record<string, unknown> }).browser!;
  storage = new MemoryStorageArea();
  const handle = createLibraryHandler(storage);
  listeners = new Set();
  fake.runtime = {
    id: 'manager-test',
    sendMessage: async (raw: unknown) => {
      const request = parseLibraryRequest(structuredClone(raw));
      return request ? structuredClone(await handle(request)) : undefined;
    },
  };
  fake.storage = {
    onChanged: { addListener: (l: ChangeListener) => listeners.add(l), removeListener: (l: ChangeListener) => listeners.delete(l) },
  };
});

afterEach(() => {
  vi.useRealTimers();
  uninstall();
});

const fire = (changes: Record<string, unknown>, area = 'local') => listeners.forEach((l) => l(changes, area));

describe('extensionDataSource', () => {
  it('reads, edits, deletes and restores through the background', async () => {
    const library = sampleLibrary(2, 2);
    const source = extensionDataSource();
    await createLibraryHandler(storage)({ type: 'library-import-batch', annotations: library.annotations, pages: library.pages });
    expect((await source.loadLibrary()).annotations).toHaveLength(4);
    const deleted = await source.deleteAnnotations([library.annotations[0]!.id]);
    expect((await source.loadLibrary()).annotations).toHaveLength(3);
    await source.restoreAnnotations(deleted);
    expect((await source.loadLibrary()).annotations).toHaveLength(4);
    await source.saveSettings({ ...DEFAULT_SETTINGS, floatingToolbar: false });
    expect((await source.getSettings()).floatingToolbar).toBe(false);
  });

  it('a store failure rejects with the sentence the page shows', async () => {
    const source = extensionDataSource();
    const [annotation] = sampleLibrary(1, 1).annotations;
    await expect(source.updateAnnotation(annotation!)).rejects.toThrow('这条标注已不存在，可能已在其他标签页中删除。');
    storage.failNextWrite(new Error('QUOTA_BYTES quota exceeded'));
    await expect(source.saveSettings(DEFAULT_SETTINGS)).rejects.toThrow('浏览器的扩展存储空间已满，这次更改没有保存。');
  });

  it('a burst of record changes in storage.local reloads once; settings and other areas do not', () => {
    vi.useFakeTimers();
    const source = extensionDataSource();
    const reload = vi.fn();
    const unsubscribe = source.onLibraryChanged!(reload);
    fire({ 'anno:a': {} });
    fire({ 'pageIndex:https://a.cn/': {} });
    fire({ 'page:https://a.cn/': {} });
    vi.advanceTimersByTime(1000);
    expect(reload).toHaveBeenCalledTimes(1);
    fire({ settings: {} });
    fire({ 'anno:b': {} }, 'sync');
    vi.advanceTimersByTime(1000);
    expect(reload).toHaveBeenCalledTimes(1);
    unsubscribe();
    fire({ 'anno:c': {} });
    vi.advanceTimersByTime(1000);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
  });
});
