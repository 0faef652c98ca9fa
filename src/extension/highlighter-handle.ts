// The highlight engine (anchoring, painting, the note popover: ~20 KB) is not
// part of the content script, which runs in every page: the background
// injects highlighter.js into a page only when the page has highlights to
// repaint or the reader saves one. Like the analyser (analyser-handle.ts),
// it hands its entry point to the content script through the isolated
// world's global object.
import type { Selector, StoredAnnotation } from '../store/model.ts';

export const HIGHLIGHTER_GLOBAL = '__dangjianAnnotatorHighlighter';

export interface DescribedSelection {
  selectors: Selector[];
  /** The quote as the reader sees it (white space collapsed). */
  quote: string;
}

export interface HighlightEngine {
  /** Selectors for a range of page text; null when it covers none. */
  describeRange(range: Range): DescribedSelection | null;
  /** Anchor and paint the page's annotations (replacing what is painted); orphans are retried on DOM changes. */
  show(annotations: readonly StoredAnnotation[]): Promise<void>;
  /** Paint a just-saved annotation where it was selected. */
  add(annotation: StoredAnnotation, range: Range): void;
  /** `changed`: annotations placed over text that differs from their stored quote, with the text they cover now. */
  status(): { painted: string[]; orphans: string[]; changed: { id: string; current: string }[] };
  /** The painted annotation over the same passage as `range`, if any (a second save of it is offered for editing instead). */
  existingAt(range: Range): string | null;
  /** Open the note popover of a painted annotation; false when it is not painted. */
  openEditor(id: string): boolean;
  /** Scroll to and flash a painted annotation. */
  reveal(id: string): boolean;
}

type HighlighterScope = Record<typeof HIGHLIGHTER_GLOBAL, HighlightEngine | undefined>;

export function publishHighlighter(engine: HighlightEngine): void {
  const scope = globalThis as unknown as HighlighterScope;
  // Injected twice (two saves racing the first load): keep the first engine, it owns the painted state.
  scope[HIGHLIGHTER_GLOBAL] ??= engine;
}

export function injectedHighlighter(): HighlightEngine | null {
  return (globalThis as unknown as HighlighterScope)[HIGHLIGHTER_GLOBAL] ?? null;
}
