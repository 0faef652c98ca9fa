// Date fields of imported records, read with the checks of dates.ts.
import { isIsoDateTime, isPublishedDateShape } from './dates.ts';
import type { IssueLog, Location } from './import-issues.ts';
import { readNullableString, readString, shownValue, type JsonObject } from './json-values.ts';

/** `publishedAt`: null, a day ("2021-05-15") or a date-time ("2021-05-15T10:20:00+08:00"). */
export function readPublishedAt(raw: JsonObject, at: Location, log: IssueLog): string | null {
  const value = readNullableString(raw, 'publishedAt', at, log, 64);
  if (value === null || value === undefined) return null;
  if (!isPublishedDateShape(value)) {
    log.error(at.key('publishedAt'), 'NotDate', shownValue(value));
    return null;
  }
  return value;
}

/** `created`, `modified`, `firstSavedAt`, `updatedAt`: a date-time with time zone. */
export function readDateTime(raw: JsonObject, key: string, at: Location, log: IssueLog, required = true): string | undefined {
  const value = readString(raw, key, at, log, { required, maxLength: 64 });
  if (value === undefined) return undefined;
  if (!isIsoDateTime(value)) {
    log.error(at.key(key), 'NotDateTime', shownValue(value));
    return undefined;
  }
  return value;
}
