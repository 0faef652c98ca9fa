// One bounded pass over a page that cuts its visible text into blocks the way
// a browser lays it out: a block is a run of inline content between block
// boundaries (a <div> holding text, then a nested <p>, then more text, gives
// three blocks). Body scoring, page-kind checks and metadata-label search all
// read these blocks, so the page is walked once.
import { isBlock, isHiddenByMarkup, isNonContent } from './dom.ts';
import { emptyLandmarks, noteLandmark, type PageLandmarks } from './landmarks.ts';

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
  /** True when the node budget cut the walk short. */
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

/** Default node budget: a long article page has 2-5k elements; portals 10-30k. */
export const DEFAULT_MAX_NODES = 20_000;

export function collectTextBlocks(root: Element, maxNodes: number = DEFAULT_MAX_NODES): TextBlockScan {
  const blocks: TextBlock[] = [];
  let owner: Element | null = null;
  let parts: string[] = [];
  let chars = 0;
  let linkChars = 0;
  let visited = 0;
  let truncated = false;
  const landmarks = emptyLandmarks();

  const flush = (): void => {
    if (owner !== null && chars > 0) {
      blocks.push({ owner, text: parts.join(''), chars, linkChars, index: blocks.length });
    }
    owner = null;
    parts = [];
    chars = 0;
    linkChars = 0;
  };

  const append = (text: string, blockOwner: Element, inLink: boolean): void => {
    if (owner !== blockOwner) {
      flush();
      owner = blockOwner;
    }
    parts.push(text);
    const n = visibleCharCount(text);
    chars += n;
    if (inLink) linkChars += n;
  };

  const visit = (parent: Node, blockOwner: Element, inLink: boolean): void => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (truncated) return;
      if (child.nodeType === 3) {
        // Source-code line breaks are spaces to a reader; only <br> breaks a line.
        const data = (child as Text).data;
        append(data.includes('\n') ? data.replace(/[\t\n\r\f]/g, ' ') : data, blockOwner, inLink);
        continue;
      }
      if (child.nodeType !== 1) continue;
      visited += 1;
      if (visited > maxNodes) {
        truncated = true;
        return;
      }
      const el = child as Element;
      if (isNonContent(el) || isHiddenByMarkup(el)) continue;
      const tag = el.tagName;
      noteLandmark(el, tag, landmarks);
      if (tag === 'BR') {
        if (owner === blockOwner) parts.push('\n');
      } else if (isBlock(el)) {
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
  return { blocks, elementsVisited: visited, truncated, landmarks };
}
