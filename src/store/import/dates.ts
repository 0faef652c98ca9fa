// ISO 8601 checks for imported dates. Date.parse alone is too lenient (it
// takes "2021-02-30" and many non-ISO forms depending on the engine), so the
// shape is checked first and the calendar date after.

/** Date and time with a zone, as the model stores `created`/`modified`. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const PUBLISHED_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, zh, zm] = m.map(Number) as number[];
  if (!isCalendarDate(y!, mo!, d!)) return false;
  if (h! > 23 || mi! > 59 || (s !== undefined && !Number.isNaN(s) && s > 59)) return false;
  if (zh !== undefined && !Number.isNaN(zh) && (zh > 14 || zm! > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}

/**
 * A published date as the page analysis writes it: "2021-05-15" or
 * "2021-05-15T10:20:00+08:00". Only the shape is checked, not the calendar:
 * it is display-only metadata taken from the page, and an import must never
 * refuse a file this extension exported itself over a date the page got wrong.
 */
export function isPublishedDateShape(value: string): boolean {
  return PUBLISHED_DATE.test(value);
}
