// Checks for annotation data that crosses a message boundary: the selectors a
// content script describes, a stored annotation handed back for undo, and the
// background's replies. Plain structure only; the store validates meaning.
import type { HighlightColor, Selector, StoredAnnotation } from '../store/model.ts';
import { isArrayOf, isNonNegativeInteger, isRecord, isString, type UnknownRecord } from './shape.ts';

/** The five colours (store/model.ts HIGHLIGHT_COLORS), repeated here so the content script does not import the store. */
export const COLORS: readonly HighlightColor[] = ['yellow', 'red', 'green', 'blue', 'purple'];

/** Longest quote accepted: a few pages of text; longer selections are almost always Ctrl+A. */
export const MAX_QUOTE_LENGTH = 20_000;
export const MAX_NOTE_LENGTH = 20_000;
export const MAX_TAGS = 50;
const MAX_TAG_LENGTH = 100;

export function isColor(value: unknown): value is HighlightColor {
  return (COLORS as readonly unknown[]).includes(value);
}

export function isNote(value: unknown): value is string {
  return isString(value) && value.length <= MAX_NOTE_LENGTH;
}

export function isTagList(value: unknown): value is string[] {
  return isArrayOf(value, isString) && value.length <= MAX_TAGS && value.every((tag) => tag.length <= MAX_TAG_LENGTH);
}

function isPosition(value: UnknownRecord): boolean {
  return isNonNegativeInteger(value.start) && isNonNegativeInteger(value.end) && value.end >= value.start;
}

function isXPathSelector(value: unknown): boolean {
  return (
    isRecord(value) &&
    value.type === 'XPathSelector' &&
    isString(value.value) &&
    (value.refinedBy === undefined || (isRecord(value.refinedBy) && isPosition(value.refinedBy)))
  );
}

export function isSelector(value: unknown): value is Selector {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'TextQuoteSelector':
      return isString(value.exact) && value.exact.length <= MAX_QUOTE_LENGTH && isString(value.prefix) && isString(value.suffix);
    case 'TextPositionSelector':
      return isPosition(value);
    case 'RangeSelector':
      return isXPathSelector(value.startSelector) && isXPathSelector(value.endSelector);
    default:
      return false;
  }
}

/** Selectors describe() produced: a non-empty quote among them. */
export function isSelectorList(value: unknown): value is Selector[] {
  return (
    isArrayOf(value, isSelector) &&
    value.length <= 3 &&
    value.some((selector) => selector.type === 'TextQuoteSelector' && selector.exact.length > 0)
  );
}

/** An annotation as the store returns it (for undo, it comes back unchanged). */
export function isStoredAnnotation(value: unknown): value is StoredAnnotation {
  return (
    isRecord(value) &&
    value.type === 'Annotation' &&
    isString(value.id) &&
    value.id.length > 0 &&
    isString(value.created) &&
    isString(value.modified) &&
    isArrayOf(value.body, (body): body is unknown => isRecord(body) && isString(body.purpose) && isString(body.value)) &&
    isRecord(value.target) &&
    isString(value.target.source) &&
    isArrayOf(value.target.selector, isSelector)
  );
}
