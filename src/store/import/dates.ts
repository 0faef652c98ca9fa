// ISO 8601 checks for imported dates. Date.parse alone is too lenient (it
// takes "2021-02-30" and many non-ISO forms depending on the engine), so the
// shape is checked first and the calendar date after.

/** Date and time with a zone, as the model stores `created`/`modified`. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
/** A published date may be a day only ("2021-05-15") or a date-time with zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

export function isIsoDateOrDateTime(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (m) return isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return isIsoDateTime(value);
}
