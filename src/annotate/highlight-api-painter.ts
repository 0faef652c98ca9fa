// Painting with the CSS Custom Highlight API: one Highlight per colour in
// CSS.highlights, holding the Ranges of every annotation of that colour. The
// page's DOM is never touched, so page scripts, frameworks re-rendering the
// article, and the text model (text-model.ts) all see the page unchanged.

import type { HighlightColor } from '../store/model.ts';
import { FOCUS_HIGHLIGHT, highlightName } from './highlight-styles.ts';
import type { Painter, PaintRequest } from './highlighter.ts';

/** The parts of the Highlight interface we use (lets tests pass a fake). */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  priority: number;
}

/** The parts of CSS.highlights (a HighlightRegistry, Map-like) we use. */
export interface HighlightRegistryLike {
  get(name: string): HighlightLike | undefined;
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
}

export type HighlightConstructor = new (...ranges: AbstractRange[]) => HighlightLike;

export class HighlightApiPainter implements Painter {
  private readonly painted = new Map<string, { range: Range; color: HighlightColor }>();
  private focused: string | null = null;

  constructor(
    private readonly registry: HighlightRegistryLike,
    private readonly HighlightClass: HighlightConstructor,
  ) {}

  paintAll(requests: readonly PaintRequest[]): void {
    for (const { id, range, color } of requests) this.paint(id, range, color);
  }

  paint(id: string, range: Range, color: HighlightColor): void {
    this.remove(id);
    this.painted.set(id, { range, color });
    this.highlightFor(highlightName(color)).add(range);
  }

  recolor(id: string, color: HighlightColor): void {
    const entry = this.painted.get(id);
    if (entry) this.paint(id, entry.range, color);
  }

  remove(id: string): void {
    const entry = this.painted.get(id);
    if (!entry) return;
    this.registry.get(highlightName(entry.color))?.delete(entry.range);
    if (this.focused === id) this.focus(null);
    this.painted.delete(id);
  }

  focus(id: string | null): void {
    const focus = this.highlightFor(FOCUS_HIGHLIGHT, 1);
    focus.clear();
    this.focused = null;
    const entry = id === null ? undefined : this.painted.get(id);
    if (entry && id !== null) {
      focus.add(entry.range);
      this.focused = id;
    }
  }

  ids(): string[] {
    return [...this.painted.keys()];
  }

  rangeOf(id: string): Range | null {
    return this.painted.get(id)?.range.cloneRange() ?? null;
  }

  /** Annotations whose range contains the point, innermost (shortest) first. */
  annotationsAt(node: Node, offset: number): string[] {
    const hits: { id: string; length: number }[] = [];
    for (const [id, { range }] of this.painted) {
      try {
        if (range.comparePoint(node, offset) === 0) hits.push({ id, length: range.toString().length });
      } catch {
        // A point in another document or detached subtree is in no range.
      }
    }
    return hits.sort((a, b) => a.length - b.length).map((h) => h.id);
  }

  private highlightFor(name: string, priority = 0): HighlightLike {
    let highlight = this.registry.get(name);
    if (!highlight) {
      highlight = new this.HighlightClass();
      highlight.priority = priority;
      this.registry.set(name, highlight);
    }
    return highlight;
  }
}
