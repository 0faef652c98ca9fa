// The page's visible text as one string, with a way back to DOM positions, so
// a formulation from the analysis can be found and shown in the page even when
// it spans several text nodes (bold runs, links) or the page spaces it
// differently. Characters are folded one-to-one (see foldChar) and white space
// is dropped, so "不忘初心，牢记使命" in the analysis finds "不忘初心, 牢记使命"
// in a page typed with ASCII punctuation.

/** Elements whose text the reader never sees as article text. */
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'CANVAS', 'IFRAME']);

const WHITESPACE = /[\s\u00A0\u3000\u200B-\u200D\u2060\uFEFF]/;

/** Punctuation that pages type either way; folded to one form for matching. */
const EQUIVALENT_PUNCTUATION: Readonly<Record<string, string>> = {
  '、': ',', '，': ',', '：': ':', '；': ';', '。': '.', '！': '!', '？': '?',
  '“': '"', '”': '"', '‘': '"', '’': '"', '「': '"', '」': '"', '『': '"', '』': '"', "'": '"',
  '（': '(', '）': ')', '—': '-', '－': '-', '–': '-',
};

/** Fold one character to its matching form: full-width ASCII to ASCII, Chinese/ASCII punctuation alike, lower case. */
export function foldChar(char: string): string {
  const mapped = EQUIVALENT_PUNCTUATION[char];
  if (mapped !== undefined) return mapped;
  const code = char.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  return char.toLowerCase();
}

/** Fold a whole string the same way the page text is folded (white space dropped). */
export function foldText(text: string): string {
  let folded = '';
  for (const char of text) if (!WHITESPACE.test(char)) folded += foldChar(char);
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
      const char = data.charAt(offset);
      if (WHITESPACE.test(char)) continue;
      parts.push(foldChar(char));
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
