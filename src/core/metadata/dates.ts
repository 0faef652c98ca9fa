// Dates as Chinese pages print them, normalised to ISO 8601 in Beijing time:
// "2021年5月15日", "2021-05-15 10:20", "2021.05.15", "2021/5/15",
// "( 2012-06-04 09:20:26 )", "2024年05月10日06:58", ISO strings from meta tags
// and JSON-LD (converted to +08:00), and Unix seconds (WeChat's `var ct`).

const DATE_IN_TEXT =
  /(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})(?!\d)\s*日?(?:\s*[T ]?\s*(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?/u;

const ISO_WITH_ZONE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/** A weekday next to a date marks the page's "today" widget ("2024年4月28日 星期日"), not a publish date. */
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]|礼拜[一二三四五六日天]/u;

const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Days in a month of the Gregorian calendar (February 29 in leap years only). */
function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

/**
 * A real calendar day: "2021-02-30" or "2023-04-31" in a page is a typo or a
 * number that only looks like a date (an index, a document number), never a
 * publish date.
 */
function validParts(y: number, mo: number, d: number): boolean {
  return y >= 1949 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function format(y: number, mo: number, d: number, h?: number, mi?: number, s?: number): string {
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined || h > 23 || mi > 59) return day;
  return `${day}T${pad(h)}:${pad(mi)}:${pad(s ?? 0)}+08:00`;
}

/** Beijing-time ISO string for an instant. */
export function formatBeijing(epochMs: number): string {
  const t = new Date(epochMs + BEIJING_OFFSET_MS);
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}

/**
 * Month first, as English-locale servers (ASP, old forum software) print
 * dates: "9/17/2004 5:54:13 AM". Only read with the year last, so it cannot
 * be confused with the year-first forms above.
 */
const US_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?/iu;

/** English month names (blog software): "Saturday, September 10th, 2005 10:56 am", "Sep 10, 2005". */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ENGLISH_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})\s*([ap]m)?)?/iu;

function hour12(h: number | undefined, half: string | undefined): number | undefined {
  if (h === undefined || half === undefined) return h;
  const pm = half.toLowerCase() === 'pm';
  return (h % 12) + (pm ? 12 : 0);
}

function parseForeignDate(text: string): string | null {
  const us = US_DATE.exec(text);
  if (us !== null) {
    const [mo, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
    if (!validParts(y, mo, d)) return null;
    const h = us[4] === undefined ? undefined : hour12(Number(us[4]), us[7]);
    return format(y, mo, d, h, us[5] === undefined ? undefined : Number(us[5]), us[6] === undefined ? undefined : Number(us[6]));
  }
  const en = ENGLISH_DATE.exec(text);
  if (en !== null) {
    const mo = MONTHS.indexOf((en[1] ?? '').toLowerCase()) + 1;
    const [d, y] = [Number(en[2]), Number(en[3])];
    if (!validParts(y, mo, d)) return null;
    const h = en[4] === undefined ? undefined : hour12(Number(en[4]), en[6]);
    return format(y, mo, d, h, en[5] === undefined ? undefined : Number(en[5]));
  }
  return null;
}

/** The first date in a piece of page text, or null. Dates printed without a zone are Beijing time. */
export function parseDateInText(text: string): string | null {
  const m = DATE_IN_TEXT.exec(text);
  if (m === null) return parseForeignDate(text);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validParts(y, mo, d)) return null;
  const h = m[4] === undefined ? undefined : Number(m[4]);
  const mi = m[5] === undefined ? undefined : Number(m[5]);
  const s = m[6] === undefined ? undefined : Number(m[6]);
  return format(y, mo, d, h, mi, s);
}

/** True when the text shows a date as a "today is" widget does. */
export function isRenderDateWidget(text: string): boolean {
  return WEEKDAY.test(text);
}

/** A machine date from a meta tag, JSON-LD or <time datetime>: ISO with a zone is converted to Beijing time. */
export function parseMachineDate(value: string): string | null {
  const trimmed = value.trim();
  const iso = ISO_WITH_ZONE.exec(trimmed);
  if (iso !== null) {
    const ms = Date.parse(trimmed.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (!Number.isNaN(ms)) return formatBeijing(ms);
  }
  if (/^\d{10}$/.test(trimmed)) return formatBeijing(Number(trimmed) * 1000);
  // gov.cn-style "2024-05-10-19:00:01": a dash between date and time.
  return parseDateInText(trimmed.replace(/^(\d{4}-\d{1,2}-\d{1,2})-(?=\d{1,2}:)/, '$1 '));
}

/** The text with its first date (and time) taken out: "2024-05-09 22:30·新华社" -> "·新华社". */
export function removeDate(text: string): string {
  const m = DATE_IN_TEXT.exec(text);
  return m === null ? text : text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length);
}

/**
 * A date printed without its year, as feeds and self-media platforms do
 * ("10-08 12:00", "09月30日"): month and day, or null.
 */
const YEARLESS_DATE = /(?<![\d年./-])(\d{1,2})\s*(?:月|-)\s*(0[1-9]|[12]\d|3[01]|[1-9](?!\d))\s*日?/u;

export function parseYearlessDate(text: string): { month: number; day: number } | null {
  if (DATE_IN_TEXT.test(text)) return null;
  const m = YEARLESS_DATE.exec(text);
  if (m === null) return null;
  const [month, day] = [Number(m[1]), Number(m[2])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : null;
}

/** Drop a date (and the text after it) from a value: "《旗帜》 2021-04-23" -> "《旗帜》". */
export function stripDate(value: string): string {
  const m = DATE_IN_TEXT.exec(value);
  return m === null ? value : value.slice(0, m.index).trim();
}
