import { useEffect, useState } from 'preact/hooks';

/** How long the list waits after the last keystroke in the search box or the formulation field. */
export const TYPING_DELAY_MS = 120;

/**
 * The value, `delayMs` after it last changed. The search box keeps its own
 * text immediate and queries with this: a query over 10,000 passages takes a
 * few milliseconds, so a short delay only spares the list re-rendering at
 * every keystroke of a fast typist or an IME composition.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return undefined;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, settled]);
  return settled;
}
