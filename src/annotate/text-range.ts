// Conversion between DOM Ranges and model offsets (text-model.ts).
// Ranges may start or end in element nodes (a triple-click selects from
// (p, 0) to (nextP, 0)), in skipped subtrees, or in white space between
// paragraphs; all of these map to the model offsets of the nearest text.

import type { TextModel } from './text-model.ts';

/** Half-open interval of model offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The model offsets a Range covers; null when the range lies outside the model's root. */
export function rangeToSpan(model: TextModel, range: AbstractRange): TextSpan | null {
  const start = model.offsetOf(range.startContainer, range.startOffset);
  const end = model.offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return { start, end: Math.max(start, end) };
}

/**
 * A Range over the model offsets [start, end), tight around the text (it
 * starts at the first model character and ends just after the last one).
 * Null when the offsets are out of bounds or the span is empty.
 */
export function spanToRange(model: TextModel, span: TextSpan): Range | null {
  if (span.end <= span.start) return null;
  const from = model.pointAt(span.start, 'start');
  const to = model.pointAt(span.end, 'end');
  if (!from || !to) return null;
  const doc = from.node.ownerDocument;
  const range = doc.createRange();
  // Move both boundaries next to the text first: comparing a deep point with
  // a fresh range's (document, 0) boundary costs O(page) in some DOM
  // implementations (jsdom: ~0.25 ms per range on a long page).
  range.selectNodeContents(from.node);
  range.setEnd(to.node, to.offset);
  range.setStart(from.node, from.offset);
  return range;
}
