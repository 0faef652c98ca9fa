// describe(): a DOM Range -> the three selectors an annotation stores
// (src/store/model.ts): a TextQuoteSelector with enough context to tell
// repeats apart, a TextPositionSelector over the model text, and a
// structural RangeSelector (element XPaths refined by offsets inside them).

import type {
  RangeSelector,
  Selector,
  TextPositionSelector,
  TextQuoteSelector,
  XPathSelector,
} from '../store/model.ts';
import { TextModel, type TextPoint } from './text-model.ts';
import { rangeToSpan, type TextSpan } from './text-range.ts';
import { xpathFromElement } from './xpath.ts';

/** Context kept either side of a quote, in model characters. */
export const CONTEXT_LENGTH = 32;
/**
 * Longest context describe() grows to when 32 characters do not make
 * prefix + quote + suffix unique on the page (boilerplate repeated word for
 * word, e.g. the same "来源：… 责任编辑：…" line under every item of a page).
 */
export const MAX_CONTEXT_LENGTH = 256;

/**
 * The selectors for `range`, or [] when it covers no page text (collapsed, or
 * only white space / our own UI). Pass a model already built for `root` to
 * avoid rebuilding it.
 */
export function describe(root: Node, range: AbstractRange, model: TextModel = TextModel.build(root)): Selector[] {
  const span = rangeToSpan(model, range);
  if (!span || span.end <= span.start) return [];
  const quote = describeQuote(model, span);
  const position: TextPositionSelector = { type: 'TextPositionSelector', start: span.start, end: span.end };
  const structural = describeStructure(model, span);
  return structural ? [quote, position, structural] : [quote, position];
}

/** The quote with a prefix and suffix long enough that prefix + exact + suffix occurs once on the page. */
export function describeQuote(model: TextModel, span: TextSpan): TextQuoteSelector {
  const text = model.text;
  let length = CONTEXT_LENGTH;
  for (;;) {
    const from = Math.max(0, span.start - length);
    const to = Math.min(text.length, span.end + length);
    const needle = text.slice(from, to);
    const first = text.indexOf(needle);
    const unique = first === from && text.indexOf(needle, first + 1) === -1;
    const exhausted = from === 0 && to === text.length;
    if (unique || exhausted || length >= MAX_CONTEXT_LENGTH) {
      return {
        type: 'TextQuoteSelector',
        exact: model.displayText(span.start, span.end),
        prefix: model.displayText(from, span.start),
        suffix: model.displayText(span.end, to),
      };
    }
    length *= 2;
  }
}

function describeStructure(model: TextModel, span: TextSpan): RangeSelector | null {
  const start = model.pointAt(span.start, 'start');
  const end = model.pointAt(span.end, 'end');
  if (!start || !end) return null;
  const startSelector = pointSelector(model, start, span.start);
  const endSelector = pointSelector(model, end, span.end);
  return startSelector && endSelector ? { type: 'RangeSelector', startSelector, endSelector } : null;
}

/**
 * A point as: the XPath of its text node's parent element, refined by the
 * model offset inside that element (the element's model text is the slice
 * of the page's that starts at the element's own offset).
 */
function pointSelector(model: TextModel, point: TextPoint, offset: number): XPathSelector | null {
  const element = point.node.parentElement;
  const elementStart = element && model.offsetOf(element, 0);
  if (!element || elementStart === null) return null;
  return {
    type: 'XPathSelector',
    value: xpathFromElement(element),
    refinedBy: { type: 'TextPositionSelector', start: offset - elementStart, end: offset - elementStart },
  };
}

/** The first selector of a kind in a list. */
export function selectorOfType<T extends Selector['type']>(
  selectors: readonly Selector[],
  type: T,
): Extract<Selector, { type: T }> | undefined {
  return selectors.find((s): s is Extract<Selector, { type: T }> => s.type === type);
}
