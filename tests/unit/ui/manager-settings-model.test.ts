import { describe, expect, it } from 'vitest';
import { DETECTION_THRESHOLD } from '../../../src/core/party-building/index.ts';
import {
  DEFAULT_SETTINGS,
  detectionThreshold,
  isSiteDisabled,
  parseSiteList,
  SENSITIVITY_THRESHOLDS,
  validateSettings,
} from '../../../src/ui/manager/settings-model.ts';

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
