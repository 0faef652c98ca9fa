// Read-only accessors for what the exporters show of an annotation. Kept local
// to the formats so that exporting never depends on the editing helpers.
import { HIGHLIGHT_COLORS, type HighlightColor, type StoredAnnotation, type TextQuoteSelector } from '../model.ts';

export const DEFAULT_COLOR: HighlightColor = 'yellow';

/** The Chinese names used in study notes, CSV and print (黄/红/绿/蓝/紫). */
export const COLOR_NAMES_ZH: Record<HighlightColor, string> = {
  yellow: '黄',
  red: '红',
  green: '绿',
  blue: '蓝',
  purple: '紫',
};

export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}

/** The quoted passage (TextQuoteSelector.exact), or '' when the annotation has none. */
export function quoteOf(annotation: StoredAnnotation): string {
  const quote = annotation.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  return quote?.exact ?? '';
}

/** Start offset of the passage in the page text, or null without a TextPositionSelector. */
export function quotePositionOf(annotation: StoredAnnotation): number | null {
  for (const selector of annotation.target.selector) {
    if (selector.type === 'TextPositionSelector') return selector.start;
  }
  return null;
}

/** The note (the commenting body), or '' without one. */
export function noteOf(annotation: StoredAnnotation): string {
  return annotation.body.find((b) => b.purpose === 'commenting')?.value ?? '';
}

export function tagsOf(annotation: StoredAnnotation): string[] {
  return annotation.body.filter((b) => b.purpose === 'tagging').map((b) => b.value);
}

export function colorOf(annotation: StoredAnnotation): HighlightColor {
  const value = annotation.body.find((b) => b.purpose === 'highlighting')?.value;
  return isHighlightColor(value) ? value : DEFAULT_COLOR;
}
