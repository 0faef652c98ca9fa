// anchor(): stored selectors -> a DOM Range on the page as it is now, or null
// (an orphan: listed, exported, never dropped). Only composes the other
// modules, in the order the product specifies:
//   1. the stored position, if the text there is still the quote in its context;
//   2. the structural RangeSelector, checked the same way;
//   3. the exact quote, chosen among repeats by context and nearness;
//   4. an approximate match with a bounded error rate;
//   5. otherwise null.

import type { Selector } from '../store/model.ts';
import { matchQuote, type MatchSource } from './match-quote.ts';
import { selectorOfType } from './selectors.ts';
import { compactText, isSkippedElement, TextModel } from './text-model.ts';
import { spanToRange, type TextSpan } from './text-range.ts';
import { elementFromXPath } from './xpath.ts';

/** Which step placed the annotation. */
export type AnchorMethod = 'position' | 'structure' | 'quote' | 'fuzzy';

export interface Anchored {
  range: Range;
  /** Model offsets of the range on the current page. */
  span: TextSpan;
  method: AnchorMethod;
  /** For 'quote' and 'fuzzy': which search found the quote (diagnostics). */
  source?: MatchSource;
}

/** Anchor selectors under `root` (document.body); null for an orphan. */
export function anchor(root: Node, selectors: readonly Selector[]): Range | null {
  return anchorInModel(TextModel.build(root), selectors)?.range ?? null;
}

/** Anchor against an already-built model (anchor-many builds one per batch). */
export function anchorInModel(model: TextModel, selectors: readonly Selector[]): Anchored | null {
  const quoteSelector = selectorOfType(selectors, 'TextQuoteSelector');
  const position = selectorOfType(selectors, 'TextPositionSelector');
  const structure = selectorOfType(selectors, 'RangeSelector');
  const text = model.text;

  if (!quoteSelector) {
    // Nothing to check a position against: trust it only if it is in bounds.
    if (position && position.end <= text.length) return place(model, position, 'position');
    return null;
  }
  const exact = compactText(quoteSelector.exact);
  const prefix = compactText(quoteSelector.prefix ?? '');
  const suffix = compactText(quoteSelector.suffix ?? '');
  if (!exact) return null;

  const confirmed = (span: TextSpan): boolean =>
    text.slice(span.start, span.end) === exact &&
    text.slice(Math.max(0, span.start - prefix.length), span.start) === prefix.slice(Math.max(0, prefix.length - span.start)) &&
    text.slice(span.end, span.end + suffix.length) === suffix.slice(0, text.length - span.end);

  if (position && confirmed(position)) return place(model, position, 'position');

  const structural = structure && spanFromStructure(model, structure);
  if (structural && confirmed(structural)) return place(model, structural, 'structure');

  const hint = position?.start ?? structural?.start;
  const match = matchQuote(text, exact, hint === undefined ? { prefix, suffix } : { prefix, suffix, hint });
  if (!match) return null;
  const placed = place(model, match, match.errors === 0 ? 'quote' : 'fuzzy');
  return placed && { ...placed, source: match.source };
}

function place(model: TextModel, span: TextSpan, method: AnchorMethod): Anchored | null {
  const range = spanToRange(model, span);
  return range ? { range, span: { start: span.start, end: span.end }, method } : null;
}

/** Resolve a RangeSelector (element paths + offsets inside them) to page model offsets. */
function spanFromStructure(
  model: TextModel,
  selector: Extract<Selector, { type: 'RangeSelector' }>,
): TextSpan | null {
  const doc = model.root.ownerDocument ?? (model.root as Document);
  const start = resolvePoint(model, doc, selector.startSelector);
  const end = resolvePoint(model, doc, selector.endSelector);
  return start !== null && end !== null && end > start ? { start, end } : null;
}

/**
 * An element's model text is a contiguous slice of the page's (same rules),
 * so a point "offset k inside element E" is E's start offset plus k — no
 * need to build a model of E.
 */
function resolvePoint(
  model: TextModel,
  doc: Document,
  selector: Extract<Selector, { type: 'RangeSelector' }>['startSelector'],
): number | null {
  const element = elementFromXPath(doc, selector.value);
  if (!element || !model.root.contains(element) || insideSkipped(element, model.root)) return null;
  const elementStart = model.offsetOf(element, 0);
  const elementEnd = model.offsetOf(element, element.childNodes.length);
  const offset = selector.refinedBy?.start ?? 0;
  if (elementStart === null || elementEnd === null || offset > elementEnd - elementStart) return null;
  return elementStart + offset;
}

function insideSkipped(element: Element, root: Node): boolean {
  for (let el: Element | null = element; el && el !== root; el = el.parentElement) if (isSkippedElement(el)) return true;
  return false;
}
