// The page's highlight painter, as the content script uses it:
//
//   const highlighter = createHighlighter(document);
//   highlighter.paintAll(anchored.map(a => ({ id: a.id, range: a.range, color })));
//   document.addEventListener('click', e => {
//     const [id] = highlighter.annotationsAtPoint(e.clientX, e.clientY);
//     ...show the note editor for `id`...
//   });
//
// The CSS Custom Highlight API paints without touching the page's DOM; where
// it is missing (older browsers, some embedded views) text is wrapped in
// <mark> elements instead (mark-painter.ts). Both behave the same to callers.

import type { HighlightColor } from '../store/model.ts';
import { caretPointFromPoint } from './caret.ts';
import { HighlightApiPainter, type HighlightConstructor, type HighlightRegistryLike } from './highlight-api-painter.ts';
import { installHighlightStyles } from './highlight-styles.ts';
import { MarkPainter } from './mark-painter.ts';

export interface PaintRequest {
  id: string;
  range: Range;
  color: HighlightColor;
}

export interface Highlighter {
  /** 'highlight-api' (no DOM changes) or 'marks' (fallback). */
  readonly mode: 'highlight-api' | 'marks';
  /** Paint annotations (repainting any already painted with the same id). */
  paintAll(requests: readonly PaintRequest[]): void;
  recolor(id: string, color: HighlightColor): void;
  remove(id: string): void;
  /** Remove every highlight (the page is left as it was). */
  clear(): void;
  /** Emphasise one annotation (hover, scroll-to from the popup); null clears. */
  focus(id: string | null): void;
  /** Painted annotation ids. */
  ids(): string[];
  /** A Range over the annotation's text, for scrollIntoView / getBoundingClientRect; null when not painted. */
  rangeOf(id: string): Range | null;
  /** Annotations containing a DOM position, innermost first. */
  annotationsAt(node: Node, offset: number): string[];
  /** Annotations under a viewport point (mouse event clientX/clientY), innermost first. */
  annotationsAtPoint(x: number, y: number): string[];
}

export interface HighlighterOptions {
  /** CSS.highlights; defaults to the document window's. */
  registry?: HighlightRegistryLike;
  /** The Highlight constructor; defaults to the document window's. */
  HighlightClass?: HighlightConstructor;
  /** Use <mark> elements even where the Highlight API exists. */
  forceMarks?: boolean;
}

/** What each painting technique provides (highlight-api-painter.ts, mark-painter.ts). */
export interface Painter {
  paintAll(requests: readonly PaintRequest[]): void;
  recolor(id: string, color: HighlightColor): void;
  remove(id: string): void;
  focus(id: string | null): void;
  ids(): string[];
  rangeOf(id: string): Range | null;
  annotationsAt(node: Node, offset: number): string[];
}

export function createHighlighter(doc: Document, options: HighlighterOptions = {}): Highlighter {
  installHighlightStyles(doc);
  const view = doc.defaultView as (Window & { Highlight?: HighlightConstructor; CSS?: { highlights?: HighlightRegistryLike } }) | null;
  const registry = options.registry ?? view?.CSS?.highlights;
  const HighlightClass = options.HighlightClass ?? view?.Highlight;
  if (!options.forceMarks && registry && HighlightClass) {
    return new PaintingHighlighter(doc, 'highlight-api', new HighlightApiPainter(registry, HighlightClass));
  }
  return new PaintingHighlighter(doc, 'marks', new MarkPainter(doc));
}

class PaintingHighlighter implements Highlighter {
  constructor(
    private readonly doc: Document,
    readonly mode: 'highlight-api' | 'marks',
    private readonly painter: Painter,
  ) {}

  paintAll(requests: readonly PaintRequest[]): void {
    this.painter.paintAll(requests);
  }
  recolor(id: string, color: HighlightColor): void {
    this.painter.recolor(id, color);
  }
  remove(id: string): void {
    this.painter.remove(id);
  }
  clear(): void {
    for (const id of this.painter.ids()) this.painter.remove(id);
  }
  focus(id: string | null): void {
    this.painter.focus(id);
  }
  ids(): string[] {
    return this.painter.ids();
  }
  rangeOf(id: string): Range | null {
    return this.painter.rangeOf(id);
  }
  annotationsAt(node: Node, offset: number): string[] {
    return this.painter.annotationsAt(node, offset);
  }

  annotationsAtPoint(x: number, y: number): string[] {
    const caret = caretPointFromPoint(this.doc, x, y);
    if (!caret) return [];
    // The caret lands between characters: next to a highlight's edge it may
    // belong to the text beside it. Keep the hits whose boxes hold the point
    // (when layout is available; jsdom has none).
    return this.painter.annotationsAt(caret.node, caret.offset).filter((id) => {
      const rects = this.painter.rangeOf(id)?.getClientRects?.();
      if (!rects || rects.length === 0) return true;
      return Array.from(rects).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    });
  }
}
