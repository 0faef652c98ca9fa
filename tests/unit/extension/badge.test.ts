// The badge calls the background makes, recorded with a stand-in action API.
import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../../src/core/types.ts';
import { clearBadge, showPartyBuildingBadge } from '../../../src/extension/background/badge.ts';
import { showsPartyBuildingBadge } from '../../../src/extension/background/page-settings.ts';
import { DEFAULT_SETTINGS } from '../../../src/store/settings.ts';
import type { ExtensionApi } from '../../../src/extension/browser-api.ts';

function recordingApi() {
  const calls: [string, unknown][] = [];
  const record = (name: string) => async (details: unknown) => void calls.push([name, details]);
  const api = {
    action: {
      setBadgeText: record('text'),
      setBadgeBackgroundColor: record('background'),
      setBadgeTextColor: record('textColor'),
      setTitle: record('title'),
    },
    i18n: {
      getMessage: (key: string, substitutions?: string[]) =>
        ({ badgeTooltipWithTitle: `党建文章：${substitutions?.[0]}`, badgeTooltip: '党建文章', actionTitle: '党建文章批注助手' })[key] ?? '',
      getUILanguage: () => 'zh-CN',
    },
  } as unknown as ExtensionApi;
  return { api, calls };
}

const verdict = (isArticle: boolean, detected: boolean) =>
  ({ isArticle, partyBuilding: { detected, score: detected ? 0.9 : 0.1, reasons: [] } }) as unknown as ArticleAnalysis;

describe('badge', () => {
  it('is shown only for single articles detected as party-building (default sensitivity)', () => {
    expect(showsPartyBuildingBadge(verdict(true, true), DEFAULT_SETTINGS)).toBe(true);
    expect(showsPartyBuildingBadge(verdict(true, false), DEFAULT_SETTINGS)).toBe(false);
    expect(showsPartyBuildingBadge(verdict(false, true), DEFAULT_SETTINGS)).toBe(false);
  });

  it('sets 党 in red with the headline as the tab tooltip, for that tab only', async () => {
    const { api, calls } = recordingApi();
    await showPartyBuildingBadge(api, 12, '着力推动新时代机关党建高质量发展');
    expect(calls).toEqual(
      expect.arrayContaining([
        ['text', { tabId: 12, text: '党' }],
        ['background', { tabId: 12, color: '#C8102E' }],
        ['title', { tabId: 12, title: '党建文章：着力推动新时代机关党建高质量发展' }],
      ]),
    );
  });

  it('says "party-building article" without a headline, and clears text and tooltip', async () => {
    const { api, calls } = recordingApi();
    await showPartyBuildingBadge(api, 3, null);
    expect(calls).toContainEqual(['title', { tabId: 3, title: '党建文章' }]);
    calls.length = 0;
    await clearBadge(api, 3);
    expect(calls).toEqual([
      ['text', { tabId: 3, text: '' }],
      ['title', { tabId: 3, title: '党建文章批注助手' }],
    ]);
  });
});
