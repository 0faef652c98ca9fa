// Dates as Chinese readers write them, in Beijing time whatever the machine's
// time zone: 2020年1月3日 in prose (study notes, print, Word), 2020-01-03 18:13
// in tables (CSV) and YYYY-MM-DD in citations (GB/T 7714). China keeps one
// offset all year (UTC+8, no daylight saving), so the conversion is a fixed shift.

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

interface CivilTime {
  year: number;
  month: number;
  day: number;
  /** Null for a date without a time of day ("2021-05-15"). */
  hour: number | null;
  minute: number | null;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The Beijing civil date (and time, when the string has one) of an ISO 8601
 * string: a bare date is taken as written; a date-time is shifted to UTC+8
 * (one without an offset is taken as Beijing time, as the metadata extractor
 * writes them). Null when the string is not a date.
 */
function beijingTimeOf(iso: string): CivilTime | null {
  const text = iso.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const [year, month, day] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { year, month, day, hour: null, minute: null };
  }
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text);
  const ms = Date.parse(hasZone ? text : `${text}+08:00`);
  if (Number.isNaN(ms)) return null;
  const shifted = new Date(ms + BEIJING_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 2020年1月3日 (a date-time's day in Beijing); the text unchanged when it is not a date. */
export function chineseDate(iso: string): string {
  const t = beijingTimeOf(iso);
  return t ? `${t.year}年${t.month}月${t.day}日` : iso;
}

/** 2020年1月3日 18:13, or 2020年1月3日 for a bare date; the text unchanged when it is not a date. */
export function chineseDateTime(iso: string): string {
  const t = beijingTimeOf(iso);
  if (!t) return iso;
  const day = `${t.year}年${t.month}月${t.day}日`;
  return t.hour === null || t.minute === null ? day : `${day} ${pad(t.hour)}:${pad(t.minute)}`;
}

/** 2020-01-03 18:13 (Beijing), or 2020-01-03 for a bare date: for spreadsheets. */
export function numericDateTime(iso: string): string {
  const t = beijingTimeOf(iso);
  if (!t) return iso;
  const day = `${t.year}-${pad(t.month)}-${pad(t.day)}`;
  return t.hour === null || t.minute === null ? day : `${day} ${pad(t.hour)}:${pad(t.minute)}`;
}

/** 2020-01-03 (the Beijing day): GB/T 7714's form; null when the text is not a date. */
export function isoDay(iso: string): string | null {
  const t = beijingTimeOf(iso);
  return t ? `${t.year}-${pad(t.month)}-${pad(t.day)}` : null;
}

/** The Beijing day of an instant, 2020-01-03. */
export function beijingDayOf(instant: Date): string {
  return isoDay(instant.toISOString()) ?? '';
}
