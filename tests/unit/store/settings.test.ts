import { describe, expect, it } from 'vitest';
import { DETECTION_THRESHOLD } from '../../../src/core/party-building/index.ts';
import {
  DEFAULT_SETTINGS,
  detectionThreshold,
  isSiteDisabled,
  parseSiteList,
  readSettings,
  SENSITIVITY_THRESHOLDS,
  SETTINGS_KEY,
  settingsFromChanges,
  validateSettings,
  writeSettings,
} from '../../../src/store/settings.ts';
import { MemoryStorageArea } from '../../../src/store/memory-storage.ts';
import { AnnotationRepository } from '../../../src/store/repository.ts';

describe('site list', () => {
  it('takes host names and pasted addresses, one per line, lower-cased and deduplicated', () => {
    const parsed = parseSiteList('Example.COM\r\nhttps://www.example.com/a?b=1\n  *.news.example.cn  \n\nhttp://localhost:8080/\n中文网址.中国');
    expect(parsed.errors).toEqual([]);
    expect(parsed.sites).toEqual(['example.com', 'news.example.cn', 'localhost', 'xn--fiq04tj1ls8y.xn--fiqs8s']);
  });

  it('reports each bad line with its number and text', () => {
    expect(parseSiteList('ok.cn\nnot a host\nexample\n-bad-.com\nexample.com/path\nuser@example.com').errors).toEqual([
      { line: 2, text: 'not a host' },
      { line: 3, text: 'example' },
      { line: 4, text: '-bad-.com' },
      { line: 5, text: 'example.com/path' },
      { line: 6, text: 'user@example.com' },
    ]);
  });

  it('an entry covers its subdomains and nothing else', () => {
    const sites = ['example.com'];
    expect(isSiteDisabled('example.com', sites)).toBe(true);
    expect(isSiteDisabled('news.Example.com', sites)).toBe(true);
    expect(isSiteDisabled('notexample.com', sites)).toBe(false);
    expect(isSiteDisabled('example.com.cn', sites)).toBe(false);
  });
});

describe('settings validation', () => {
  it('keeps valid fields and replaces bad ones by their default', () => {
    expect(validateSettings({ floatingToolbar: false, defaultColor: 'green', disabledSites: ['WWW.A.cn', 3, 'bad host'], detectionSensitivity: 'low' })).toEqual({
      floatingToolbar: false,
      defaultColor: 'green',
      disabledSites: ['a.cn'],
      detectionSensitivity: 'low',
    });
    expect(validateSettings({ floatingToolbar: 'yes', defaultColor: 'orange', detectionSensitivity: 'max' })).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings(JSON.parse('{"__proto__": {"floatingToolbar": false}}'))).toEqual(DEFAULT_SETTINGS);
  });

  it('medium sensitivity is the analysis\'s own threshold; higher sensitivity means a lower threshold', () => {
    expect(detectionThreshold(DEFAULT_SETTINGS)).toBe(DETECTION_THRESHOLD);
    expect(SENSITIVITY_THRESHOLDS.high).toBeLessThan(SENSITIVITY_THRESHOLDS.medium);
    expect(SENSITIVITY_THRESHOLDS.medium).toBeLessThan(SENSITIVITY_THRESHOLDS.low);
  });
});

describe('stored settings', () => {
  it('reads the defaults before anything is saved, then what was written', async () => {
    const storage = new MemoryStorageArea();
    expect(await readSettings(storage)).toEqual(DEFAULT_SETTINGS);
    const saved = await writeSettings(storage, { ...DEFAULT_SETTINGS, floatingToolbar: false, disabledSites: ['WWW.Example.com'] });
    expect(saved.disabledSites).toEqual(['example.com']);
    expect(await readSettings(storage)).toEqual(saved);
  });

  it('a hand-edited record reads as valid settings', async () => {
    const storage = new MemoryStorageArea();
    await storage.set({ [SETTINGS_KEY]: { defaultColor: 'magenta', detectionSensitivity: 'high' } });
    expect(await readSettings(storage)).toEqual({ ...DEFAULT_SETTINGS, detectionSensitivity: 'high' });
  });

  it('a failed write rejects and leaves the stored settings as they were', async () => {
    const storage = new MemoryStorageArea();
    await writeSettings(storage, { ...DEFAULT_SETTINGS, defaultColor: 'green' });
    storage.failNextWrite(new Error('QUOTA_BYTES quota exceeded'));
    await expect(writeSettings(storage, { ...DEFAULT_SETTINGS, defaultColor: 'blue' })).rejects.toThrow(/QUOTA/);
    expect((await readSettings(storage)).defaultColor).toBe('green');
  });

  it('the settings record is not an annotation-store record', async () => {
    const storage = new MemoryStorageArea();
    await writeSettings(storage, DEFAULT_SETTINGS);
    expect(await new AnnotationRepository(storage).getAll()).toEqual({ annotations: [], pages: [] });
  });

  it('a storage change event gives the new settings only when it touched them', () => {
    expect(settingsFromChanges({ 'anno:x': { newValue: {} } })).toBeNull();
    expect(settingsFromChanges({ [SETTINGS_KEY]: { newValue: { floatingToolbar: false } } })).toEqual({ ...DEFAULT_SETTINGS, floatingToolbar: false });
    // Removed (storage cleared): back to the defaults.
    expect(settingsFromChanges({ [SETTINGS_KEY]: {} })).toEqual(DEFAULT_SETTINGS);
  });
});
