// Timing inside the page. performance.now() is coarse in a browser (Chromium
// clamps it to 100 µs without cross-origin isolation, and adds jitter), so a
// sample is a loop of the same call long enough to span several
// milliseconds, divided by the number of calls.

/** A sample must span at least this long for the clock's grain to stop mattering. */
export const MIN_SAMPLE_MS = 5;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** How many calls of `run` make one sample span MIN_SAMPLE_MS (found by doubling). */
export function callsPerSample(run: () => unknown, maxCalls = 100_000): number {
  let calls = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i += 1) run();
    const elapsed = performance.now() - t0;
    if (elapsed >= MIN_SAMPLE_MS || calls >= maxCalls) return calls;
    calls = elapsed <= 0 ? calls * 10 : Math.min(maxCalls, Math.ceil((calls * MIN_SAMPLE_MS * 1.2) / elapsed));
  }
}

/** One sample: milliseconds per call over `calls` back-to-back calls. */
export function sampleMs(run: () => unknown, calls: number): number {
  const t0 = performance.now();
  for (let i = 0; i < calls; i += 1) run();
  return (performance.now() - t0) / calls;
}

/**
 * One sample for work that consumes an input per call (Readability changes
 * the document it parses, so every call needs its own clone): inputs are
 * prepared before the clock starts.
 */
export function sampleEachMs<T>(inputs: readonly T[], run: (input: T) => unknown): number {
  const t0 = performance.now();
  for (const input of inputs) run(input);
  return (performance.now() - t0) / inputs.length;
}

/** Median ms per call of `run`, over `samples` samples of several milliseconds each. */
export function medianMs(run: () => unknown, samples: number): number {
  const calls = callsPerSample(run);
  const values: number[] = [];
  for (let i = 0; i < samples; i += 1) values.push(sampleMs(run, calls));
  return median(values);
}
