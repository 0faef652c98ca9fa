// Checks for annotation data that crosses a message boundary: the selectors a
// content script describes, a stored annotation handed back for undo, and the
// background's replies. Plain structure only; the store validates meaning.
import type { HighlightColor, Selector, StoredAnnotation } from '../store/model.ts';
import { MAX_ID_LENGTH, MAX_NOTE_LENGTH, MAX_QUOTE_CONTEXT_LENGTH, MAX_QUOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS, MAX_URL_LENGTH, MAX_XPATH_LENGTH } from '../core/limits.ts';
import { isArrayOf, isNonNegativeInteger, isRecord, isString, type UnknownRecord } from './shape.ts';

/** The five colours (store/model.ts HIGHLIGHT_COLORS), repeated here so the content script does not import the store. */
export const COLORS: readonly HighlightColor[] = ['yellow', 'red', 'green', 'blue', 'purple'];

// Bounds: the extension's one set (core/limits.ts), the same the importer and the repository check.
export { MAX_QUOTE_LENGTH, MAX_NOTE_LENGTH, MAX_TAGS } from '../core/limits.ts';

function isBoundedString(value: unknown, max: number): value is string {
  return isString(value) && value.length <= max;
}

/** Annotation ids: any short non-empty string ("urn:uuid:…", or another tool's id brought by an import). */
export function isAnnotationId(value: unknown): value is string {
  return isString(value) && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

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
    isBoundedString(value.value, MAX_XPATH_LENGTH) &&
    (value.refinedBy === undefined || (isRecord(value.refinedBy) && isPosition(value.refinedBy)))
  );
}

export function isSelector(value: unknown): value is Selector {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'TextQuoteSelector':
      return (
        isString(value.exact) &&
        value.exact.length <= MAX_QUOTE_LENGTH &&
        isBoundedString(value.prefix, MAX_QUOTE_CONTEXT_LENGTH) &&
        isBoundedString(value.suffix, MAX_QUOTE_CONTEXT_LENGTH)
      );
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

/** A note, tag or colour body within the limits (other bodies an import kept: within the note's bound). */
function isBody(body: unknown): boolean {
  if (!isRecord(body) || !isString(body.purpose) || !isString(body.value)) return false;
  return body.value.length <= (body.purpose === 'tagging' ? MAX_TAG_LENGTH : MAX_NOTE_LENGTH);
}

/** An annotation as the store returns it (for undo, it comes back unchanged), within the limits of core/limits.ts. */
export function isStoredAnnotation(value: unknown): value is StoredAnnotation {
  return (
    isRecord(value) &&
    value.type === 'Annotation' &&
    isAnnotationId(value.id) &&
    isString(value.created) &&
    isString(value.modified) &&
    isArrayOf(value.body, (body): body is unknown => isBody(body)) &&
    value.body.filter((body) => isRecord(body) && body.purpose === 'tagging').length <= MAX_TAGS &&
    isRecord(value.target) &&
    isBoundedString(value.target.source, MAX_URL_LENGTH) &&
    isArrayOf(value.target.selector, isSelector)
  );
}
