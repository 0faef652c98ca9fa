// The reader's settings: one record in browser.storage.local under
// SETTINGS_KEY, edited by the manager page (also the options page) and read
// by the background (disabled sites, detection sensitivity) and the content
// script (floating toolbar, default colour, disabled sites), which listen to
// storage.onChanged so a change applies without reloading anything.
//
// Everything that reads settings goes through validateSettings: the stored
// record may come from an older version or be hand-edited, and a bad field
// falls back to its default instead of breaking a page.
import { DEFAULT_COLOR, isHighlightColor } from './annotations.ts';
import type { HighlightColor } from './model.ts';
import type { StorageArea } from './storage-area.ts';

/** 低 / 中 / 高: how readily a page is called a party-building article. */
export type DetectionSensitivity = 'low' | 'medium' | 'high';

export const DETECTION_SENSITIVITIES: readonly DetectionSensitivity[] = ['low', 'medium', 'high'];

/**
 * The party-building score (0..1, core/party-building) at and above which a
 * page is reported. "medium" is the analysis's own DETECTION_THRESHOLD (0.5;
 * a test keeps them equal). Higher sensitivity = lower threshold = more
 * pages lit up, for readers who also want commentary that mentions the party
 * in passing; lower sensitivity only lights pages dense with party language.
 */
export const SENSITIVITY_THRESHOLDS: Readonly<Record<DetectionSensitivity, number>> = {
  low: 0.65,
  medium: 0.5,
  high: 0.35,
};

export interface Settings {
  /** The floating toolbar next to a text selection on article pages. */
  floatingToolbar: boolean;
  /** Colour of a highlight saved without picking one (context menu, shortcut). */
  defaultColor: HighlightColor;
  /** Host names where the extension does nothing (each covers its subdomains). */
  disabledSites: string[];
  detectionSensitivity: DetectionSensitivity;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  floatingToolbar: true,
  defaultColor: DEFAULT_COLOR,
  disabledSites: [],
  detectionSensitivity: 'medium',
});

export function detectionThreshold(settings: Settings): number {
  return SENSITIVITY_THRESHOLDS[settings.detectionSensitivity];
}

/** Anything (a stored record, possibly from an older version or hand-edited) as valid settings; bad fields take their default. */
export function validateSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const sites = Array.isArray(value.disabledSites) ? value.disabledSites.filter((s): s is string => typeof s === 'string') : [];
  return {
    floatingToolbar: typeof value.floatingToolbar === 'boolean' ? value.floatingToolbar : DEFAULT_SETTINGS.floatingToolbar,
    defaultColor: isHighlightColor(value.defaultColor) ? value.defaultColor : DEFAULT_SETTINGS.defaultColor,
    disabledSites: parseSiteList(sites.join('\n')).sites,
    detectionSensitivity: DETECTION_SENSITIVITIES.includes(value.detectionSensitivity as DetectionSensitivity)
      ? (value.detectionSensitivity as DetectionSensitivity)
      : DEFAULT_SETTINGS.detectionSensitivity,
  };
}

/** The storage.local key of the settings record (no record prefix: migrations and getAll() skip it). */
export const SETTINGS_KEY = 'settings';

/** The stored settings, or the defaults when none were saved yet. */
export async function readSettings(storage: StorageArea): Promise<Settings> {
  const stored = await storage.get(SETTINGS_KEY);
  return validateSettings(stored[SETTINGS_KEY]);
}

/** Validate and store; resolves with what was stored (rejects as storage.set does, e.g. on quota). */
export async function writeSettings(storage: StorageArea, settings: Settings): Promise<Settings> {
  const valid = validateSettings(settings);
  await storage.set({ [SETTINGS_KEY]: valid });
  return valid;
}

/**
 * The new settings when a storage.onChanged event touched them, else null.
 * `changes` is the listener's first argument (area "local").
 */
export function settingsFromChanges(changes: Record<string, { newValue?: unknown } | undefined>): Settings | null {
  if (!Object.prototype.hasOwnProperty.call(changes, SETTINGS_KEY)) return null;
  return validateSettings(changes[SETTINGS_KEY]?.newValue);
}

export interface SiteListError {
  /** 1-based line number in the text box. */
  line: number;
  text: string;
}

export interface ParsedSiteList {
  /** Lower-case host names, deduplicated, in the order typed. */
  sites: string[];
  errors: SiteListError[];
}

const MAX_SITES = 1000;
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * One host name per line. Readers paste whole addresses, so a line with a
 * scheme is reduced to its host name; a leading "*." or "www." is dropped
 * (an entry covers its subdomains anyway); Chinese domain names are kept in
 * their punycode form, which is what the browser reports for a page.
 */
export function parseSiteList(text: string): ParsedSiteList {
  const sites: string[] = [];
  const errors: SiteListError[] = [];
  text.split(/\r\n|\r|\n/).forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (!line) return;
    const host = hostnameOfEntry(line);
    if (!host || sites.length >= MAX_SITES) errors.push({ line: i + 1, text: line });
    else if (!sites.includes(host)) sites.push(host);
  });
  return { sites, errors };
}

function hostnameOfEntry(entry: string): string | null {
  const withoutWildcard = entry.replace(/^\*\./, '');
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(withoutWildcard);
  if (!hasScheme && /[\s/?#@:]/.test(withoutWildcard)) return null;
  let host: string;
  try {
    host = new URL(hasScheme ? withoutWildcard : `http://${withoutWildcard}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  const labels = host.split('.');
  // One label alone ("localhost" aside) is a typo, not a site.
  if (labels.length < 2 && host !== 'localhost') return null;
  return labels.every((label) => HOST_LABEL.test(label)) ? host : null;
}

/** True when the page's host name is a listed site or one of its subdomains. */
export function isSiteDisabled(hostname: string, disabledSites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
