// Page URLs in imported records: only web pages. A `javascript:` or `data:`
// URL would become a clickable link in the manager page and the printable
// export, so it is refused, not escaped. Accepted URLs are normalised the way
// the store keys pages (url.ts), so an annotation from another tool that
// kept `?utm_source=…#section` lands on the same page as the reader's own.
import { normalizePageUrl } from '../url.ts';
import type { IssueLog, Location } from './import-issues.ts';
import { MAX_URL_LENGTH } from './import-limits.ts';
import { readString, shownValue, type JsonObject } from './json-values.ts';

/**
 * The last URL accepted and its normalised form. Annotations of one page sit
 * next to each other in an export, so this one-entry memo saves nearly every
 * URL parse of a 10,000-annotation import; only accepted URLs are memoised,
 * so every bad one is still reported where it occurs.
 */
let lastAccepted: { raw: string; normalized: string } | null = null;

export function readHttpUrl(object: JsonObject, key: string, at: Location, log: IssueLog): string | undefined {
  const value = readString(object, key, at, log, { required: true, maxLength: MAX_URL_LENGTH, nonEmpty: true });
  if (value === undefined) return undefined;
  if (lastAccepted?.raw === value) return lastAccepted.normalized;
  const where = at.key(key);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    log.error(where, 'NotUrl', shownValue(value));
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    log.error(where, 'NotWebUrl', url.protocol);
    return undefined;
  }
  if (value !== value.trim() || /[\u0000-\u001f\u007f]/.test(value)) {
    log.error(where, 'UrlHasSpace');
    return undefined;
  }
  const normalized = normalizePageUrl(value);
  lastAccepted = { raw: value, normalized };
  return normalized;
}
