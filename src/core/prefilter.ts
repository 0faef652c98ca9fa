// isCandidatePage: a cheap first look that lets the content script skip pages
// that cannot be a Chinese article (English sites, web apps, empty shells)
// without walking the page. It reads <title>, two meta tags and a bounded
// sample of the first text in <body>; it never reads the whole text, so it
// costs the same on a 10 MB page as on a small one. The <html lang> attribute
// is not trusted: many Chinese CMS templates ship lang="en".
import { countHanChars } from './text/normalize.ts';

/** Text sampled from the start of <body>: enough to see past a navigation bar. */
const SAMPLE_CHARS = 2000;
const SAMPLE_TEXT_NODES = 400;
/** Han characters that make a page plausibly Chinese. */
const MIN_HAN_IN_HEAD = 4;
const MIN_HAN_IN_SAMPLE = 30;

// By localName, lower case in HTML and XHTML alike: no case conversion per text node.
const NOT_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template']);

function sampleBodyText(doc: Document): string {
  const body = doc.body;
  if (body === null) return '';
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let sample = '';
  for (let i = 0; i < SAMPLE_TEXT_NODES && sample.length < SAMPLE_CHARS; i += 1) {
    const node = walker.nextNode();
    if (node === null) break;
    const parent = node.parentElement;
    if (parent !== null && NOT_TEXT_PARENTS.has(parent.localName)) continue;
    sample += (node as Text).data;
  }
  return sample;
}

export function isCandidatePage(doc: Document): boolean {
  if (doc.body === null || doc.body.firstChild === null) return false;
  let head = doc.head?.getElementsByTagName('title')[0]?.textContent ?? '';
  const metas = doc.head?.getElementsByTagName('meta');
  for (let i = 0; metas !== undefined && i < metas.length && i < 40; i += 1) {
    const name = (metas[i]!.getAttribute('name') ?? '').toLowerCase();
    if (name === 'description' || name === 'keywords') head += metas[i]!.getAttribute('content') ?? '';
  }
  if (countHanChars(head) >= MIN_HAN_IN_HEAD) return true;
  return countHanChars(sampleBodyText(doc)) >= MIN_HAN_IN_SAMPLE;
}
