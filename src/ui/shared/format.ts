// Pure formatting of analysis values for display; no browser API, unit-tested.

/** "2021-05-15" stays; "2021-05-15T10:20:00+08:00" becomes "2021-05-15 10:20" (the page's own clock time). */
export function formatPublishedAt(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!match) return iso;
  return match[2] ? `${match[1]} ${match[2]}` : (match[1] ?? iso);
}

/** 0.8234 -> "82%". Scores outside 0..1 are clamped: the contract says 0..1. */
export function formatScore(score: number): string {
  const clamped = Math.min(1, Math.max(0, score));
  return `${Math.round(clamped * 100)}%`;
}

export function formatCount(count: number, locale: string): string {
  try {
    return count.toLocaleString(locale);
  } catch {
    return String(count);
  }
}

/** At least one minute for any text that has characters: "0 minutes" reads as broken. */
export function displayReadingMinutes(minutes: number, charCount: number): number {
  if (charCount === 0) return 0;
  return Math.max(1, Math.round(minutes));
}
