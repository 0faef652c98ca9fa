// The normalised page text: the one string every TextPositionSelector offset,
// every quote search and every RangeSelector refinement counts over.
//
// Definition (a contract: stored offsets depend on it; changing it needs a
// migration of stored TextPositionSelectors):
//
//   Walk the text nodes under a root (document.body for the page) in document
//   order, skipping every subtree whose element is one of SKIPPED_ELEMENTS
//   (script, style, noscript, template, textarea, select, iframe, object) or
//   carries the UI_ATTRIBUTE (`data-dj-ui`, our own toolbar and overlays).
//   Concatenate the nodes' characters, dropping every LAYOUT character: white
//   space of any kind (ASCII space, tab, CR/LF, NBSP, U+3000 ideographic space,
//   the U+2000 block, line/paragraph separators) and the invisible format
//   characters editors leave behind (ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM).
//   Offsets are UTF-16 code units of that concatenation ("model characters").
//
// Why drop white space instead of keeping text as-is (the Hypothesis choice)?
// In this genre white space is layout, not content: Chinese has no spaces
// between words; paragraphs are indented with U+3000 or &nbsp; runs that CMS
// templates add or remove; republished pages re-indent the HTML, turning the
// "\n    " between two <p> into something else; editors paste zero-width
// characters. With as-is text every such change shifts all later offsets and
// breaks any quote that spans two paragraphs. With layout characters dropped,
// wrapping paragraphs in new elements, re-indenting the HTML, or swapping
// U+3000 indents for CSS changes nothing at all. The price — "a b" and "ab"
// compare equal — is harmless for quote matching, and the quote shown to the
// user keeps its spaces (see `displayText`).
//
// Every model character maps to exactly one (Text node, index) in the DOM, so
// offsets convert both ways without loss (see text-range.ts).

/** Attribute marking our own UI in the page: its text is never page text. */
export const UI_ATTRIBUTE = 'data-dj-ui';

/**
 * Elements whose text the reader never reads as page text: code, styles,
 * no-script fallbacks (parsed as elements when scripting is off, as raw text
 * when on — skipping both keeps the model identical), inert templates, form
 * fields, embedded documents.
 */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'iframe',
  'object',
]);

/** True for a layout character: white space of any kind and invisible format characters. */
export function isLayoutChar(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return code === 0x85;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A string with every layout character removed: how quotes are compared against the model. */
export function compactText(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (isLayoutChar(text.charCodeAt(i))) {
      if (i > runStart) out += text.slice(runStart, i);
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/** A DOM position inside a text node of the model. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** Whether an element's subtree is excluded from the model. */
export function isSkippedElement(element: Element): boolean {
  return SKIPPED_ELEMENTS.has(element.localName) || element.hasAttribute(UI_ATTRIBUTE);
}

export class TextModel {
  /** The normalised text (see the definition at the top of this file). */
  readonly text: string;
  /** The text nodes that make up the model, in document order (including ones with no model characters). */
  readonly nodes: readonly Text[];
  /** Model offset of each node's first model character. */
  private readonly starts: number[];
  /** Model offset just past each node's last model character. */
  private readonly ends: number[];
  private readonly indexOfNode: Map<Text, number>;

  private constructor(readonly root: Node, nodes: Text[], text: string, starts: number[], ends: number[]) {
    this.nodes = nodes;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.indexOfNode = new Map(nodes.map((node, i) => [node, i]));
  }

  /** Build the model of everything under `root` (a page: document.body). */
  static build(root: Node): TextModel {
    const doc = root.ownerDocument ?? (root as Document);
    const nodes: Text[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const parts: string[] = [];
    let length = 0;
    const walker = doc.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */ | 0x4 /* SHOW_TEXT */, {
      acceptNode: (node) =>
        node.nodeType === 1
          ? isSkippedElement(node as Element)
            ? 2 /* FILTER_REJECT: skip the subtree */
            : 3 /* FILTER_SKIP: descend */
          : 1 /* FILTER_ACCEPT */,
    });
    // A root that is itself skipped has an empty model.
    if (root.nodeType === 1 && isSkippedElement(root as Element)) {
      return new TextModel(root, nodes, '', starts, ends);
    }
    if (root.nodeType === 3) {
      const compact = compactText((root as Text).data);
      return new TextModel(root, [root as Text], compact, [0], [compact.length]);
    }
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const compact = compactText((node as Text).data);
      nodes.push(node as Text);
      starts.push(length);
      parts.push(compact);
      length += compact.length;
      ends.push(length);
    }
    return new TextModel(root, nodes, parts.join(''), starts, ends);
  }

  /**
   * The model offset of a DOM boundary point (container, offset), as used by
   * Range: the number of model characters before the point. Works for points
   * in text nodes, in elements (offset = child index), and in skipped
   * subtrees (counted as the position of the next model text).
   * Returns null when the point is not inside the model's root.
   */
  offsetOf(container: Node, offset: number): number | null {
    const index = container.nodeType === 3 ? this.indexOfNode.get(container as Text) : undefined;
    if (index !== undefined) {
      return (this.starts[index] ?? 0) + modelCharsBefore((container as Text).data, offset);
    }
    if (container !== this.root && !this.root.contains(container)) return null;
    // The point sits before some node; the first model text node from there
    // on (in document order) starts at the point's model offset. A walk, not
    // Range.comparePoint: that costs O(page) per call in some DOMs (jsdom).
    const isText = container.nodeType === 3 || container.nodeType === 4 || container.nodeType === 8 || container.nodeType === 7;
    const first = !isText && offset < container.childNodes.length ? container.childNodes[offset]! : this.nodeAfter(container);
    const next = this.firstModelNodeFrom(first);
    return next === null ? this.text.length : this.starts[next]!;
  }

  /** The node following `node` and its subtree in document order, within the root. */
  private nodeAfter(node: Node): Node | null {
    let current: Node | null = node;
    while (current && current !== this.root && !current.nextSibling) current = current.parentNode;
    return current && current !== this.root ? current.nextSibling : null;
  }

  /** Index of the first model text node at or after `start` in document order. */
  private firstModelNodeFrom(start: Node | null): number | null {
    let node = start;
    while (node) {
      if (node.nodeType === 3) {
        const index = this.indexOfNode.get(node as Text);
        if (index !== undefined) return index;
      }
      if (node.firstChild && !(node.nodeType === 1 && isSkippedElement(node as Element))) {
        node = node.firstChild;
        continue;
      }
      node = this.nodeAfter(node);
    }
    return null;
  }

  /**
   * The DOM position of a model offset. `edge: 'start'` gives the point just
   * before model character `offset` (a range start); `'end'` the point just
   * after character `offset - 1` (a range end). Both skip layout characters,
   * so ranges built from them are tight around the text. Null when the model
   * is empty or the offset is out of bounds.
   */
  pointAt(offset: number, edge: 'start' | 'end'): TextPoint | null {
    if (offset < 0 || offset > this.text.length || this.text.length === 0) return null;
    if (edge === 'end') {
      if (offset === 0) return this.pointAt(0, 'start');
      const point = this.charPoint(offset - 1);
      return point && { node: point.node, offset: point.offset + 1 };
    }
    if (offset === this.text.length) {
      const point = this.charPoint(offset - 1);
      return point && { node: point.node, offset: point.offset + 1 };
    }
    return this.charPoint(offset);
  }

  /**
   * The text between two model offsets as the reader sees it: the DOM text
   * (skipped subtrees excluded) with each white-space run collapsed to one
   * space, trimmed. What a quote shows in the popup and the export.
   */
  displayText(start: number, end: number): string {
    if (end <= start) return '';
    const from = this.pointAt(start, 'start');
    const to = this.pointAt(end, 'end');
    if (!from || !to) return '';
    const first = this.indexOfNode.get(from.node)!;
    const last = this.indexOfNode.get(to.node)!;
    let raw = '';
    for (let i = first; i <= last; i++) {
      const data = this.nodes[i]!.data;
      raw += data.slice(i === first ? from.offset : 0, i === last ? to.offset : data.length);
    }
    return collapseLayout(raw);
  }

  /** The (node, index) of model character `offset` (0 <= offset < text.length). */
  private charPoint(offset: number): TextPoint | null {
    // Largest i with starts[i] <= offset; for offset < text.length that node
    // contains the character (a node with no model characters cannot be last).
    let lo = 0;
    let hi = this.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    while (lo > 0 && this.ends[lo]! <= offset) lo -= 1; // defensive; see above
    const node = this.nodes[lo];
    if (!node || this.ends[lo]! <= offset) return null;
    let remaining = offset - this.starts[lo]!;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (isLayoutChar(data.charCodeAt(i))) continue;
      if (remaining === 0) return { node, offset: i };
      remaining -= 1;
    }
    return null;
  }
}

/** Number of model characters in data[0, offset). */
function modelCharsBefore(data: string, offset: number): number {
  let count = 0;
  const stop = Math.min(offset, data.length);
  for (let i = 0; i < stop; i++) if (!isLayoutChar(data.charCodeAt(i))) count += 1;
  return count;
}

/** Collapse each run of layout characters to one space (invisible ones to nothing) and trim. */
export function collapseLayout(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLayoutChar(code)) {
      // Zero-width characters are not spaces to the reader.
      const invisible = (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
      if (!invisible) pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += text[i];
  }
  return out;
}
