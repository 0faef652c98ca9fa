// The popup's 在本网站重新启用 through the real background library handler over in-memory storage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLibraryHandler } from '../../../src/extension/background/library-handlers.ts';
import { isPageSwitchedOff } from '../../../src/extension/background/page-settings.ts';
import { MemoryStorageArea } from '../../../src/store/memory-storage.ts';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from '../../../src/store/settings.ts';
import { switchSiteOn, withSiteSwitchedOn } from '../../../src/ui/popup/switch-site-on.ts';
import { installFakeBrowser } from './manager-fake-browser.ts';

let uninstall: () => void;
beforeAll(() => (uninstall = installFakeBrowser()));
afterAll(() => uninstall());

const SITES = ['example.org', 'news.example.org', 'other.cn'];

describe('switching a site back on from the popup', () => {
  it('drops every entry that covers the host and keeps the rest', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: SITES };
    expect(withSiteSwitchedOn(settings, 'news.example.org').disabledSites).toEqual(['other.cn']);
    expect(withSiteSwitchedOn(settings, 'example.org').disabledSites).toEqual(['news.example.org', 'other.cn']);
    expect(withSiteSwitchedOn(settings, 'unlisted.net').disabledSites).toEqual(SITES);
  });

  it('stores it through the settings messages; the background then treats the page as on, other sites stay off', async () => {
    const storage = new MemoryStorageArea();
    await writeSettings(storage, { ...DEFAULT_SETTINGS, floatingToolbar: false, disabledSites: SITES });
    const handle = createLibraryHandler(storage);
    await switchSiteOn((request) => handle(request), 'a.news.example.org');
    const stored = await readSettings(storage);
    expect(isPageSwitchedOff('https://a.news.example.org/x.html', stored)).toBe(false);
    expect(isPageSwitchedOff('https://other.cn/', stored)).toBe(true);
    expect(stored.floatingToolbar).toBe(false);
  });

  it('rejects with the reader-facing reason when storage refuses the write', async () => {
    const storage = new MemoryStorageArea();
    await writeSettings(storage, { ...DEFAULT_SETTINGS, disabledSites: SITES });
    storage.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    const handle = createLibraryHandler(storage);
    await expect(switchSiteOn((request) => handle(request), 'example.org')).rejects.toMatchObject({ kind: 'quota', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });
});
