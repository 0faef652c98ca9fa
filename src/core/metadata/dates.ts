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

/** The first date in a piece of page text, or null. Dates printed without a zone are Beijing time. */
export function parseDateInText(text: string): string | null {
  const m = DATE_IN_TEXT.exec(text);
  if (m === null) return null;
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

/** Drop a date (and the text after it) from a value: "《旗帜》 2021-04-23" -> "《旗帜》". */
export function stripDate(value: string): string {
  const m = DATE_IN_TEXT.exec(value);
  return m === null ? value : value.slice(0, m.index).trim();
}
