// The early verdict's bounded look at a page's headings: the first few of each
// level, counted on the work meter. Shared by the encyclopedia test (edit
// marks beside headings) and the headline test (a heading repeating <title>).
import type { WorkMeter } from '../budget.ts';

/** Yields at most `perTag` elements of each tag in `tags`, in that order, counting each on `meter`. */
export function* firstHeadings(doc: Document, tags: readonly string[], perTag: number, meter: WorkMeter): Generator<Element> {
  for (const tag of tags) {
    const headings = doc.getElementsByTagName(tag);
    // item(i), never .length: a live collection then stops at the i-th match instead of counting them all.
    for (let i = 0; i < perTag; i += 1) {
      const h = headings.item(i);
      if (h === null) break;
      meter.elements += 1;
      yield h;
    }
  }
}
