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
 * prose, never less). Tested with one native regular expression: most text
 * a walk reads (links, labels, dates) has none, and then no character of it
 * is looked at in JS, where a per-character loop cost the walk a third of
 * its time on an archive of long posts.
 */
const CLAUSE_MARK = /[，。；！？,;!?]/;

/** Han characters of the text when it is prose (has clause punctuation), else 0. */
export function proseHan(text: string): number {
  if (!CLAUSE_MARK.test(text)) return 0;
  let han = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (isHan(text.charCodeAt(i))) han += 1;
  }
  return han;
}
