// Answer the popup's "show me this formulation": find its occurrences in the
// visible page text, scroll to the requested one and flash it.
import type { RevealResult } from '../messages.ts';
import { buildPageTextIndex, findOccurrences } from './page-text-index.ts';
import { flashRange, scrollRangeIntoView } from './reveal-range.ts';

function isRendered(range: Range): boolean {
  const element = range.startContainer.parentElement;
  if (!element) return false;
  // checkVisibility: display:none subtrees (collapsed menus, hidden print copies) cannot be scrolled to.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

export function revealFormulation(document: Document, text: string, occurrence: number): RevealResult {
  if (!document.body) return { total: 0, occurrence: 0 };
  const ranges = findOccurrences(buildPageTextIndex(document.body), text).filter(isRendered);
  const target = ranges[occurrence % Math.max(ranges.length, 1)];
  if (!target) return { total: 0, occurrence: 0 };
  scrollRangeIntoView(target);
  flashRange(target);
  return { total: ranges.length, occurrence: occurrence % ranges.length };
}
