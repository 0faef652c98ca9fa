import { describe, expect, it } from 'vitest';
import { disabledSitesOf, isHostSwitchedOff, SETTINGS_KEY } from '../../../src/extension/content/site-switch.ts';
import { isSiteDisabled, SETTINGS_KEY as STORE_SETTINGS_KEY, validateSettings } from '../../../src/store/settings.ts';

const SITES = ['example.org', 'news.example.com', 'localhost', 'xn--fiqs8s.cn'];
const HOSTS = [
  'example.org',
  'EXAMPLE.org',
  'example.org.',
  'www.example.org',
  'a.b.example.org',
  'badexample.org',
  'example.org.evil.net',
  'example.com',
  'news.example.com',
  'sports.news.example.com',
  'old-news.example.com',
  'localhost',
  'xn--fiqs8s.cn',
  'www.xn--fiqs8s.cn',
  '127.0.0.1',
  '',
];

describe('content script site switch', () => {
  it('reads the same settings key as the store', () => {
    expect(SETTINGS_KEY).toBe(STORE_SETTINGS_KEY);
  });

  it('decides every host as store/settings isSiteDisabled does', () => {
    const decided = HOSTS.map((host) => [host, isHostSwitchedOff(host, SITES)]);
    expect(decided).toEqual(HOSTS.map((host) => [host, isSiteDisabled(host, SITES)]));
    // The cases cover both answers, so the comparison can fail.
    expect(decided.filter(([, off]) => off).length).toBeGreaterThan(3);
    expect(decided.filter(([, off]) => !off).length).toBeGreaterThan(3);
  });

  it('reads the stored list as the store validates it (bad records mean no site is off)', () => {
    for (const raw of [undefined, null, 'x', {}, { disabledSites: 'example.org' }, { disabledSites: ['example.org', 3, null] }]) {
      const sites = disabledSitesOf(raw);
      const stored = validateSettings(raw).disabledSites;
      for (const host of HOSTS) expect(isHostSwitchedOff(host, sites)).toBe(isSiteDisabled(host, stored));
    }
  });
});
