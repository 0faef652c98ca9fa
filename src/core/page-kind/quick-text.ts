// How the early verdict's walks read one text node: is it page text at all,
// is it a link's, is it prose. Shared by the walk over the page
// (quick-link-list.ts) and the sample of a list's rows (quick-repeated-items.ts),
// so the two count alike.

// Element names by localName, which is lower case in HTML and XHTML alike and,
// unlike tagName, needs no case conversion in the browser: the walk reads one
// per text node.
/** Elements whose text the reader does not see as page text. */
export const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'option', 'select', 'button', 'title']);
/** A link's text may sit in a <span> or <font> inside the <a>: ancestors above the parent looked at for one. */
const LINK_DEPTH = 2;

/** The text whose parent is `parent` is a link's (the <a> itself or up to two inline levels above). */
export function isLinkText(parent: Element): boolean {
  if (parent.localName === 'a') return true;
  let el = parent.parentElement;
  for (let k = 0; k < LINK_DEPTH && el !== null; k += 1, el = el.parentElement) {
    if (el.localName === 'a') return true;
  }
  return false;
}

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/**
 * Clause punctuation that marks a sentence: ，。；！？ and the ASCII , ; ! ?
 * some older sites type in Chinese text (counting those only finds more
 * prose, never less).
 */
export function isClauseMark(code: number): boolean {
  return (
    code === 0xff0c || code === 0x3002 || code === 0xff1b || code === 0xff01 || code === 0xff1f ||
    code === 0x2c || code === 0x3b || code === 0x21 || code === 0x3f
  );
}

/** Han characters of the text when it is prose (has clause punctuation), else 0. */
export function proseHan(text: string): number {
  let han = 0;
  let clauses = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isHan(code)) han += 1;
    else if (isClauseMark(code)) clauses += 1;
  }
  return clauses > 0 ? han : 0;
}
