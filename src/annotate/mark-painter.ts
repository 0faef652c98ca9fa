// Fallback painting where the CSS Custom Highlight API is missing: wrap the
// highlighted text in <mark data-dj-annotation="<id>"> elements. Removal puts
// the page back exactly: marks are unwrapped and the text nodes we split are
// merged again (only those: text nodes the page itself keeps apart stay apart).

import type { HighlightColor } from '../store/model.ts';
import { highlightName, MARK_ATTRIBUTE, MARK_FOCUS_ATTRIBUTE } from './highlight-styles.ts';
import type { Painter } from './highlighter.ts';
import { isLayoutChar, isSkippedElement } from './text-model.ts';

/**
 * Elements whose content model forbids a <mark> child, so text directly
 * inside them (white space in tables and lists) is never wrapped.
 */
const NO_MARK_PARENTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'ul', 'ol', 'dl', 'select', 'head', 'html']);

interface Segment {
  node: Text;
  start: number;
  end: number;
}

export class MarkPainter implements Painter {
  private readonly marks = new Map<string, HTMLElement[]>();
  /** (left, right) text nodes we created with splitText, to merge back on removal. */
  private splits: [Text, Text][] = [];

  constructor(private readonly doc: Document) {}

  /**
   * Paint several annotations. Wrapping moves text nodes, which would
   * collapse other live Ranges pointing into them, so the ranges still to be
   * painted are kept pointing at the same text while each one is wrapped.
   */
  paintAll(items: readonly { id: string; range: Range; color: HighlightColor }[]): void {
    const pending = items.map((item) => item.range);
    items.forEach((item, index) => {
      this.remove(item.id);
      const created: HTMLElement[] = [];
      for (const segment of textSegments(item.range)) {
        created.push(this.wrap(segment, item.id, item.color, pending.slice(index + 1)));
      }
      if (created.length > 0) this.marks.set(item.id, created);
    });
  }

  recolor(id: string, color: HighlightColor): void {
    for (const mark of this.marks.get(id) ?? []) mark.className = highlightName(color);
  }

  remove(id: string): void {
    const marks = this.marks.get(id);
    if (!marks) return;
    this.marks.delete(id);
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
    }
    this.mergeSplits();
  }

  focus(id: string | null): void {
    for (const mark of Array.from(this.doc.querySelectorAll(`mark[${MARK_FOCUS_ATTRIBUTE}]`))) {
      mark.removeAttribute(MARK_FOCUS_ATTRIBUTE);
    }
    if (id !== null) for (const mark of this.marks.get(id) ?? []) mark.setAttribute(MARK_FOCUS_ATTRIBUTE, '');
  }

  ids(): string[] {
    return [...this.marks.keys()];
  }

  rangeOf(id: string): Range | null {
    const marks = this.marks.get(id);
    if (!marks || marks.length === 0) return null;
    const range = this.doc.createRange();
    range.setStartBefore(marks[0]!);
    range.setEndAfter(marks[marks.length - 1]!);
    return range;
  }

  /** Annotations whose marks contain the point, innermost first. */
  annotationsAt(node: Node, _offset: number): string[] {
    const ids: string[] = [];
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
      const id = el.localName === 'mark' ? el.getAttribute(MARK_ATTRIBUTE) : null;
      if (id !== null && this.marks.has(id) && !ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  private wrap(segment: Segment, id: string, color: HighlightColor, others: Range[]): HTMLElement {
    let target = segment.node;
    if (segment.start > 0) {
      const right = target.splitText(segment.start);
      this.splits.push([target, right]);
      target = right;
    }
    if (segment.end - segment.start < target.length) {
      this.splits.push([target, target.splitText(segment.end - segment.start)]);
    }
    // Remember boundaries of other ranges inside the node we are about to move.
    const saved = others.map((r) => ({
      start: r.startContainer === target ? r.startOffset : -1,
      end: r.endContainer === target ? r.endOffset : -1,
    }));
    const mark = this.doc.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, id);
    mark.className = highlightName(color);
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    others.forEach((range, i) => {
      const { start, end } = saved[i]!;
      if (start < 0 && end < 0) return;
      const endContainer = end >= 0 ? target : range.endContainer;
      const endOffset = end >= 0 ? end : range.endOffset;
      if (start >= 0) range.setStart(target, start);
      range.setEnd(endContainer, endOffset);
    });
    return mark;
  }

  /** Merge back every split whose two halves are adjacent again. */
  private mergeSplits(): void {
    let merged = true;
    while (merged) {
      merged = false;
      for (let i = 0; i < this.splits.length; i++) {
        const [left, right] = this.splits[i]!;
        if (left.nextSibling !== right) continue;
        left.appendData(right.data);
        right.remove();
        this.splits.splice(i, 1);
        // Later splits of the right half now belong to the left one.
        this.splits = this.splits.map(([l, r]) => [l === right ? left : l, r === right ? left : r]);
        merged = true;
        break;
      }
    }
  }
}

/** The pieces of text nodes a range covers, skipping white space that cannot hold a mark and skipped subtrees. */
function textSegments(range: Range): Segment[] {
  const segments: Segment[] = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 3) {
    return [{ node: root as Text, start: range.startOffset, end: range.endOffset }].filter(hasText);
  }
  const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode: (node) =>
      node.nodeType === 1 ? (isSkippedElement(node as Element) ? 2 : 3) : range.intersectsNode(node) ? 1 : 3,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || NO_MARK_PARENTS.has(parent.localName)) continue;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.length;
    const segment = { node: text, start, end };
    if (hasText(segment)) segments.push(segment);
  }
  return segments;
}

function hasText({ node, start, end }: Segment): boolean {
  for (let i = start; i < end; i++) if (!isLayoutChar(node.data.charCodeAt(i))) return true;
  return false;
}
