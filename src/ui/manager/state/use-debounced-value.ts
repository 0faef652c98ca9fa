import { useEffect, useState } from 'preact/hooks';

/** How long the list waits after the last keystroke in the search box or the formulation field. */
export const TYPING_DELAY_MS = 120;

/**
 * The value, `delayMs` after it last changed. The search box keeps its own
 * text immediate and queries with this: a query over 10,000 passages takes a
 * few milliseconds, so a short delay only spares the list re-rendering at
 * every keystroke of a fast typist or an IME composition.
 *
 * `now`: take the value at once (e.g. the field was reset from outside, by
 * 清除筛选). Without it, text typed again within the delay of such a reset
 * would find the same value still settled from before, change nothing that
 * follows it, and never be applied.
 */
export function useDebouncedValue<T>(value: T, delayMs: number, now = false): T {
  const [settled, setSettled] = useState(value);
  if (now && !Object.is(value, settled)) setSettled(value);
  useEffect(() => {
    if (now || Object.is(value, settled)) return undefined;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, settled, now]);
  return now ? value : settled;
}
