// What the reader's settings change in the background's handling of a page:
// on a site the reader switched off, the engine is not injected (so no
// analysis, no badge); elsewhere the badge follows the reader's detection
// sensitivity. The core's verdict (`partyBuilding.detected`, at the core's
// own threshold) is left as it is: the sensitivity only moves the line the
// badge applies to `partyBuilding.score`, so "medium" is the core's verdict.
import type { ArticleAnalysis } from '../../core/types.ts';
import { detectionThreshold, isSiteDisabled, type Settings } from '../../store/settings.ts';

/** True when the extension stays off on the page at `url` (a listed site or its subdomain). */
export function isPageSwitchedOff(url: string | undefined, settings: Settings): boolean {
  if (!url || settings.disabledSites.length === 0) return false;
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return false;
  }
  return isSiteDisabled(hostname, settings.disabledSites);
}

/** The toolbar badge for an analysed page, at the reader's sensitivity. */
export function showsPartyBuildingBadge(analysis: ArticleAnalysis, settings: Settings): boolean {
  return analysis.isArticle && analysis.partyBuilding.score >= detectionThreshold(settings);
}
