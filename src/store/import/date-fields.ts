// Date fields of imported records, read with the checks of dates.ts.
import { isIsoDateOrDateTime } from './dates.ts';
import type { IssueLog, Location } from './import-issues.ts';
import { readNullableString, type JsonObject } from './json-values.ts';

/** `publishedAt`: null, a day ("2021-05-15") or a date-time with zone. */
export function readPublishedAt(raw: JsonObject, at: Location, log: IssueLog): string | null {
  const value = readNullableString(raw, 'publishedAt', at, log, 64);
  if (value === null || value === undefined) return null;
  if (!isIsoDateOrDateTime(value)) {
    log.error(at.key('publishedAt'), `不是 ISO 8601 日期：${JSON.stringify(value)}`);
    return null;
  }
  return value;
}
