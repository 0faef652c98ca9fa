// The painted state of one page: which annotations are painted where, which
// are orphans (listed in the popup with their text, never dropped), and the
// retry of orphans while the page fills in late content. Anchoring and
// painting are src/annotate's; this only keeps the page's bookkeeping.
import { anchorMany, type AnchoredAnnotation, type AnchorRequest } from '../../annotate/anchor-many.ts';
import { createHighlighter, type Highlighter } from '../../annotate/highlighter.ts';
import { retryOrphansOnChange, type OrphanRetry } from '../../annotate/orphan-retry.ts';
import { compactText } from '../../annotate/text-model.ts';
import { colorOf, quoteOf } from '../../store/annotations.ts';
import type { StoredAnnotation } from '../../store/model.ts';
import { flashRange, scrollRangeIntoView } from '../content/reveal-range.ts';

export class PageHighlights {
  readonly highlighter: Highlighter;
  private readonly annotations = new Map<string, StoredAnnotation>();
  private orphans: string[] = [];
  /** Annotations placed over text that is no longer their quote (edited since): id -> the text they cover now. */
  private readonly changed = new Map<string, string>();
  private retry: OrphanRetry | null = null;
  /** Bumped by every show(): a slower earlier show() must not paint over a newer one. */
  private generation = 0;
  /**
   * Annotations saved in this page while a show() was anchoring, with that
   * show's generation: its list was read before they were stored, so it must
   * keep them painted rather than clear them (the next show() lists them).
   */
  private readonly addedDuringShow = new Map<string, number>();

  constructor(private readonly doc: Document) {
    this.highlighter = createHighlighter(doc);
  }

  get(id: string): StoredAnnotation | undefined {
    return this.annotations.get(id);
  }

  async show(list: readonly StoredAnnotation[]): Promise<void> {
    const generation = ++this.generation;
    this.retry?.stop();
    const root = this.doc.body;
    if (!root) return;
    const requests: AnchorRequest[] = list.map((a) => ({ id: a.id, selectors: a.target.selector }));
    const result = await anchorMany(root, requests);
    if (generation !== this.generation) return;
    const listed = new Set(list.map((a) => a.id));
    const justSaved = [...this.addedDuringShow]
      .filter(([id, during]) => during === generation && !listed.has(id))
      .flatMap(([id]) => {
        const annotation = this.annotations.get(id);
        const range = this.highlighter.rangeOf(id);
        return annotation && range ? [{ annotation, range }] : [];
      });
    this.addedDuringShow.clear();
    this.highlighter.clear();
    this.annotations.clear();
    this.changed.clear();
    for (const annotation of list) this.annotations.set(annotation.id, annotation);
    this.paint(result.anchored);
    for (const { annotation, range } of justSaved) this.add(annotation, range);
    this.orphans = result.orphans;
    if (this.orphans.length === 0) return;
    const orphanSet = new Set(this.orphans);
    this.retry = retryOrphansOnChange({
      root,
      orphans: requests.filter((r) => orphanSet.has(r.id)),
      onAnchored: (anchored) => {
        if (generation !== this.generation) return;
        this.paint(anchored);
        const placed = new Set(anchored.map((a) => a.id));
        this.orphans = this.orphans.filter((id) => !placed.has(id));
      },
    });
  }

  add(annotation: StoredAnnotation, range: Range): void {
    this.addedDuringShow.set(annotation.id, this.generation);
    this.changed.delete(annotation.id);
    this.annotations.set(annotation.id, annotation);
    this.orphans = this.orphans.filter((id) => id !== annotation.id);
    this.highlighter.paintAll([{ id: annotation.id, range, color: colorOf(annotation) }]);
  }

  update(annotation: StoredAnnotation): void {
    this.annotations.set(annotation.id, annotation);
    this.highlighter.recolor(annotation.id, colorOf(annotation));
  }

  remove(id: string): void {
    this.annotations.delete(id);
    this.orphans = this.orphans.filter((other) => other !== id);
    this.changed.delete(id);
    this.highlighter.remove(id);
  }

  status(): { painted: string[]; orphans: string[]; changed: { id: string; current: string }[] } {
    return { painted: this.highlighter.ids(), orphans: [...this.orphans], changed: [...this.changed].map(([id, current]) => ({ id, current })) };
  }

  /**
   * The painted annotation over the same text as `range` (the reader selected
   * a passage already highlighted), so the toolbar offers it for editing
   * instead of stacking a copy; null when there is none.
   */
  existingAt(range: Range): string | null {
    const wanted = compactText(range.toString());
    if (!wanted) return null;
    for (const id of this.highlighter.ids()) {
      const painted = this.highlighter.rangeOf(id);
      if (!painted || compactText(painted.toString()) !== wanted) continue;
      // The same words elsewhere on the page (the genre repeats its formulations) are another passage.
      const overlaps = painted.compareBoundaryPoints(Range.END_TO_START, range) < 0 && painted.compareBoundaryPoints(Range.START_TO_END, range) > 0;
      if (overlaps) return id;
    }
    return null;
  }

  reveal(id: string): boolean {
    const range = this.highlighter.rangeOf(id);
    if (!range) return false;
    scrollRangeIntoView(range);
    flashRange(range);
    this.highlighter.focus(id);
    return true;
  }

  private paint(anchored: readonly AnchoredAnnotation[]): void {
    for (const { id, range } of anchored) {
      const annotation = this.annotations.get(id);
      const now = range.toString();
      // Placed where the text now differs from the stored quote (found approximately, or by position alone).
      if (annotation && compactText(now) !== compactText(quoteOf(annotation))) this.changed.set(id, now.replace(/\s+/g, ' ').trim());
      else this.changed.delete(id);
    }
    this.highlighter.paintAll(
      anchored.flatMap(({ id, range }) => {
        const annotation = this.annotations.get(id);
        return annotation ? [{ id, range, color: colorOf(annotation) }] : [];
      }),
    );
  }
}
