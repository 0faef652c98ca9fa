// One bounded pass over a page that cuts its visible text into blocks the way
// a browser lays it out: a block is a run of inline content between block
// boundaries (a <div> holding text, then a nested <p>, then more text, gives
// three blocks). Body scoring, page-kind checks and metadata-label search all
// read these blocks, so the page is walked once.
import { DEFAULT_MAX_NODES, DEFAULT_MAX_TEXT_CHARS, newWorkMeter, type WorkMeter } from '../budget.ts';
import { isBlockTag, isHiddenByAttributes, isNonContentTag } from './dom.ts';
import { emptyLandmarks, noteHeadLandmarks, noteLandmark, noteMetadataElement, type PageLandmarks } from './landmarks.ts';

export { DEFAULT_MAX_NODES } from '../budget.ts';

export interface TextBlock {
  /** Nearest block-level ancestor that holds this run of inline content. */
  owner: Element;
  /** Raw text; <br> becomes "\n". Not yet whitespace-collapsed. */
  text: string;
  /** Non-whitespace characters in the block. */
  chars: number;
  /** Non-whitespace characters inside links. */
  linkChars: number;
  /** Position in document order. */
  index: number;
}

export interface TextBlockScan {
  blocks: TextBlock[];
  /** Elements visited; the walk stops at the node budget. */
  elementsVisited: number;
  /** Visible characters of text read; the walk stops at the text budget. */
  textChars: number;
  /** True when the node or text budget cut the walk short. */
  truncated: boolean;
  /** Headline candidates, source slots and encyclopedia furniture met on the way. */
  landmarks: PageLandmarks;
}

/** Characters other than white space (ASCII, NBSP, U+3000) and zero-width marks. */
export function visibleCharCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x200b && c <= 0x200d) || c === 0xfeff) continue;
    n += 1;
  }
  return n;
}

/** Line breaks of the HTML source: spaces to a reader (only <br> breaks a line). */
const SOURCE_LINE_BREAK = /[\t\n\r\f]/g;

/** Raw text (indentation included) read at most, as a multiple of the visible-text budget. */
export const RAW_TEXT_FACTOR = 4;

export interface TextWalkLimits {
  /** Most visible characters of text read (default DEFAULT_MAX_TEXT_CHARS). */
  maxTextChars?: number;
  /** Counts what the walk read. */
  meter?: WorkMeter;
}

/**
 * @param maxNodes most elements visited (the <head> has its own small cap).
 */
export function collectTextBlocks(root: Element, maxNodes: number = DEFAULT_MAX_NODES, limits: TextWalkLimits = {}): TextBlockScan {
  const maxTextChars = limits.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  const meter = limits.meter ?? newWorkMeter();
  const blocks: TextBlock[] = [];
  let owner: Element | null = null;
  let parts: string[] = [];
  let chars = 0;
  let linkChars = 0;
  let visited = 0;
  /** Visible characters read, against the text budget. */
  let textRead = 0;
  /** Characters read with white space: source indentation is read too, so it has a (looser) cap of its own. */
  let rawRead = 0;
  const maxRawChars = maxTextChars * RAW_TEXT_FACTOR;
  let truncated = false;
  const landmarks = emptyLandmarks();
  // <head> first, so the metadata elements are listed in document order.
  const head = root.ownerDocument.head;
  if (head !== null && head !== root && !head.contains(root)) noteHeadLandmarks(head, landmarks, meter);

  const flush = (): void => {
    if (owner !== null && chars > 0) {
      blocks.push({ owner, text: parts.join(''), chars, linkChars, index: blocks.length });
    }
    owner = null;
    parts = [];
    chars = 0;
    linkChars = 0;
  };

  /** Adds a run of text to the current block; returns its visible characters. */
  const append = (text: string, blockOwner: Element, inLink: boolean): number => {
    if (owner !== blockOwner) {
      flush();
      owner = blockOwner;
    }
    parts.push(text);
    const n = visibleCharCount(text);
    chars += n;
    if (inLink) linkChars += n;
    return n;
  };

  const visit = (parent: Node, blockOwner: Element, inLink: boolean): void => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (truncated) return;
      if (child.nodeType === 3) {
        // A text node's length is known without copying its text: a node
        // holding megabytes (a data dump in a <pre>) is read only up to the budget.
        const text = child as Text;
        const room = Math.min(maxTextChars - textRead, maxRawChars - rawRead);
        const data = text.length <= room ? text.data : text.substringData(0, room);
        rawRead += data.length;
        // Source-code line breaks are spaces to a reader; only <br> breaks a line.
        textRead += append(data.includes('\n') ? data.replace(SOURCE_LINE_BREAK, ' ') : data, blockOwner, inLink);
        if (textRead >= maxTextChars || rawRead >= maxRawChars) {
          truncated = true;
          return;
        }
        continue;
      }
      if (child.nodeType !== 1) continue;
      visited += 1;
      if (visited > maxNodes) {
        truncated = true;
        return;
      }
      const el = child as Element;
      const tag = el.tagName;
      if (isNonContentTag(tag)) {
        noteMetadataElement(el, tag, landmarks);
        continue;
      }
      // Most elements of a page have no attributes: asked once, not by each check.
      const hasAttributes = el.hasAttributes();
      if (hasAttributes && isHiddenByAttributes(el)) continue;
      noteLandmark(el, tag, landmarks, hasAttributes);
      if (tag === 'BR') {
        if (owner === blockOwner) parts.push('\n');
      } else if (isBlockTag(tag)) {
        flush();
        visit(el, el, inLink);
        flush();
      } else {
        visit(el, blockOwner, inLink || tag === 'A');
      }
    }
  };

  visit(root, root, false);
  flush();
  const elementsVisited = Math.min(visited, maxNodes);
  meter.elements += elementsVisited;
  meter.textChars += rawRead;
  return { blocks, elementsVisited, textChars: textRead, truncated, landmarks };
}
