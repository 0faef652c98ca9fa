// Whether the reader switched the extension off on this page's site
// (settings.disabledSites, edited in the manager or from the popup). The
// content script imports no store code (the build keeps it small and
// storage-free), so the host test is repeated here from store/settings.ts
// isSiteDisabled; a unit test keeps the two equal on the same cases.

/** The settings key (store/settings.ts SETTINGS_KEY). */
export const SETTINGS_KEY = 'settings';

/** The stored site list, tolerating a missing or hand-edited record (store/settings.ts validates the same way). */
export function disabledSitesOf(rawSettings: unknown): string[] {
  const value = typeof rawSettings === 'object' && rawSettings !== null ? (rawSettings as Record<string, unknown>) : {};
  return Array.isArray(value.disabledSites) ? value.disabledSites.filter((s): s is string => typeof s === 'string').map((s) => s.toLowerCase()) : [];
}

/** True when the host name is a listed site or one of its subdomains (a listed "example.org" covers "news.example.org"). */
export function isHostSwitchedOff(hostname: string, disabledSites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
