// What `--profile` runs under the profiler: one measurement of the bench,
// repeated for a while so the sampling profiler sees enough of it.
import { analyze } from '../../../src/core/index.ts';
import { edited, makeHighlights, runOurs, runTheirs } from './anchoring.ts';

export type ProfileTarget = 'analyze' | 'analyze-first' | 'anchor-exact' | 'anchor-edited' | 'theirs-exact' | 'theirs-edited';

export async function repeatFor(target: ProfileTarget, ms: number, count = 500): Promise<number> {
  let runs = 0;
  const until = performance.now() + ms;
  if (target === 'analyze-first') {
    // The first call in the page only: cold code, as on a page load.
    analyze(document, location.href);
    return 1;
  }
  if (target === 'analyze') {
    while (performance.now() < until) {
      analyze(document, location.href);
      runs += 1;
    }
    return runs;
  }
  const { highlights } = makeHighlights(count, 20261125);
  const variant = target.endsWith('edited') ? 'edited' : 'exact';
  const batch = variant === 'edited' ? highlights.map(edited) : highlights;
  while (performance.now() < until || runs === 0) {
    await (target.startsWith('theirs') ? runTheirs(batch, variant) : runOurs(batch, variant));
    runs += 1;
  }
  return runs;
}
