// What the exporters show of an annotation. The note/tags/colour/quote
// accessors are the store's own (annotations.ts); the formats add the Chinese
// colour names and the position used for reading order.
import type { HighlightColor, StoredAnnotation } from '../model.ts';

export { colorOf, DEFAULT_COLOR, isHighlightColor, noteOf, quoteOf, tagsOf } from '../annotations.ts';

/** The Chinese names used in study notes, CSV and print (黄/红/绿/蓝/紫). */
export const COLOR_NAMES_ZH: Record<HighlightColor, string> = {
  yellow: '黄',
  red: '红',
  green: '绿',
  blue: '蓝',
  purple: '紫',
};

/** Start offset of the passage in the page text, or null without a TextPositionSelector. */
export function quotePositionOf(annotation: StoredAnnotation): number | null {
  for (const selector of annotation.target.selector) {
    if (selector.type === 'TextPositionSelector') return selector.start;
  }
  return null;
}
