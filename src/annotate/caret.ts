// The DOM position under a screen point, for hit-testing highlights painted
// with the CSS Custom Highlight API (no elements to receive the event).
// caretPositionFromPoint is the standard (Firefox, Chromium 128+);
// caretRangeFromPoint the older WebKit/Chromium one.

export interface CaretPoint {
  node: Node;
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

export function caretPointFromPoint(doc: Document, x: number, y: number): CaretPoint | null {
  const caretDoc = doc as unknown as CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = caretDoc.caretPositionFromPoint.call(doc, x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof caretDoc.caretRangeFromPoint === 'function') {
    const range = caretDoc.caretRangeFromPoint.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}
