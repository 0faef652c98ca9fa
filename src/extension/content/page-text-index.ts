// The page's visible text as one string, with a way back to DOM positions, so
// a formulation from the analysis can be found and shown in the page even when
// it spans several text nodes (bold runs, links) or the page writes it
// differently. Both sides are folded the way the engine compares
// formulations (core/slogans/match-text.ts): white space dropped, ASCII
// punctuation read as full-width, and the optional separators (、，quotes,
// book-title marks, middle dots) dropped, so the engine's
// "中国共产党为什么能、马克思主义为什么行" finds the page's
// "中国共产党为什么“能”、马克思主义为什么“行”", and "碳达峰、碳中和" finds
// "碳达峰碳中和". Folding is per character, so each kept character still
// points at one place in one text node.
import { OPTIONAL_SEPARATORS, toMatchingText } from '../../core/slogans/match-text.ts';

/** Elements whose text the reader never sees as article text. */
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'CANVAS', 'IFRAME']);

/**
 * One character's matching form, or '' when matching ignores it. Beyond the
 * engine's folding: full-width letters and digits read as ASCII, letters in
 * lower case (pages mix "２０２４" and "2024", "ＡＩ" and "AI").
 */
export function foldChar(char: string): string {
  const canonical = toMatchingText(char);
  if (canonical === '' || OPTIONAL_SEPARATORS.has(canonical)) return '';
  const code = canonical.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e && /[０-９Ａ-Ｚａ-ｚ]/.test(canonical)) {
    return String.fromCharCode(code - 0xfee0).toLowerCase();
  }
  return canonical.toLowerCase();
}

/** Fold a whole string the same way the page text is folded. */
export function foldText(text: string): string {
  let folded = '';
  for (const char of text) folded += foldChar(char);
  return folded;
}

export interface PageTextIndex {
  /** Folded text of the page, white space removed. */
  text: string;
  /** For each character of `text`: the text node it came from. */
  nodeOf: Text[];
  /** For each character of `text`: its UTF-16 offset inside that node. */
  offsetOf: Uint32Array;
}

/** Collect the text of `root`'s subtree, skipping scripts, styles and form controls. */
export function buildPageTextIndex(root: Node): PageTextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && SKIPPED_ELEMENTS.has((node as Element).tagName.toUpperCase())
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  const nodeOf: Text[] = [];
  const offsets: number[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const textNode = node as Text;
    const data = textNode.data;
    for (let offset = 0; offset < data.length; offset += 1) {
      const folded = foldChar(data.charAt(offset));
      if (folded === '') continue;
      parts.push(folded);
      nodeOf.push(textNode);
      offsets.push(offset);
    }
  }
  return { text: parts.join(''), nodeOf, offsetOf: Uint32Array.from(offsets) };
}

/** Every occurrence of `phrase` in the indexed text, as DOM Ranges in page order. */
export function findOccurrences(index: PageTextIndex, phrase: string): Range[] {
  const needle = foldText(phrase);
  if (needle.length === 0) return [];
  const ranges: Range[] = [];
  for (let at = index.text.indexOf(needle); at !== -1; at = index.text.indexOf(needle, at + needle.length)) {
    const last = at + needle.length - 1;
    const startNode = index.nodeOf[at];
    const endNode = index.nodeOf[last];
    const startOffset = index.offsetOf[at];
    const endOffset = index.offsetOf[last];
    if (!startNode || !endNode || startOffset === undefined || endOffset === undefined) continue;
    const range = startNode.ownerDocument.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset + 1);
    ranges.push(range);
  }
  return ranges;
}
