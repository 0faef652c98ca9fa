// ISO 8601 checks for imported dates. Date.parse alone is too lenient (it
// takes "2021-02-30" and many non-ISO forms depending on the engine), so the
// shape is checked with a pattern and the calendar date by arithmetic.

/** Date and time with a zone, as the model stores `created`/`modified`. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const PUBLISHED_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0));
}

/** Checked without allocating Dates: an import validates two per annotation. */
export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  if (!isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59)) return false;
  return m[7] === undefined || (Number(m[7]) <= 14 && Number(m[8]) <= 59);
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
