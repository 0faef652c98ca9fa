// The toolbar badge: per tab, on for party-building articles, off otherwise
// (which pages: page-settings.ts, at the reader's detection sensitivity).
// Tab-specific badge state is reset by both browsers when the tab navigates to
// a new document, so a stale badge cannot outlive its page; `clearBadge`
// covers the same page re-analysed with a different verdict.
import type { ExtensionApi } from '../browser-api.ts';

/** 党: one glyph that fits the badge and says what was detected. */
const BADGE_TEXT = '党';
/** A party-red that keeps white text readable (contrast 5.9:1). */
const BADGE_COLOR = '#C8102E';
const BADGE_TEXT_COLOR = '#FFFFFF';

export async function showPartyBuildingBadge(api: ExtensionApi, tabId: number, title: string | null): Promise<void> {
  const tooltip = title
    ? api.i18n.getMessage('badgeTooltipWithTitle', [title])
    : api.i18n.getMessage('badgeTooltip');
  await Promise.all([
    api.action.setBadgeText({ tabId, text: BADGE_TEXT }),
    api.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
    api.action.setBadgeTextColor({ tabId, color: BADGE_TEXT_COLOR }),
    api.action.setTitle({ tabId, title: tooltip }),
  ]);
}

export async function clearBadge(api: ExtensionApi, tabId: number): Promise<void> {
  await Promise.all([
    api.action.setBadgeText({ tabId, text: '' }),
    // The manifest's default title, set explicitly: Chromium rejects the
    // `title: null` that Firefox takes as "back to the default".
    api.action.setTitle({ tabId, title: api.i18n.getMessage('actionTitle') }),
  ]);
}
