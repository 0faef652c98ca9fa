// Finds, for the structural rewrites, the two things a rewrite moves: the
// headline element (the smallest element whose text is gold's title) and the
// article body (the deepest element holding most of the page's prose
// paragraphs). Test harness only: it may read gold, the engine may not.
import { normalizeForMatch } from '../corpus-matching.ts';

const HAN = /\p{Script=Han}/gu;
export const hanCount = (text: string): number => text.match(HAN)?.length ?? 0;

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);
/** A paragraph of prose: this many Han characters, not a link. */
const MIN_PARAGRAPH_HAN = 10;
/** The body container holds at least this share of the prose paragraphs' Han. */
const BODY_SHARE = 0.8;

export function findHeadline(doc: Document, titles: readonly (string | null | undefined)[]): Element | null {
  const keys = new Set(titles.filter((t): t is string => typeof t === 'string' && t.length > 0).map(normalizeForMatch));
  if (keys.size === 0 || doc.body === null) return null;
  const longest = Math.max(...[...keys].map((k) => k.length));
  let best: Element | null = null;
  for (const el of doc.body.querySelectorAll('*')) {
    if (SKIPPED.has(el.localName)) continue;
    const text = el.textContent ?? '';
    if (text.length > longest * 4 + 200) continue;
    if (!keys.has(normalizeForMatch(text))) continue;
    if (best === null || best.contains(el)) best = el;
  }
  return best;
}

export interface BodyPlace {
  container: Element;
  /** The prose <p> elements inside the container, in document order. */
  paragraphs: Element[];
}

function proseParagraphs(root: Element): Element[] {
  return [...root.querySelectorAll('p')].filter(
    (p) => p.closest('a, li, header, footer, nav') === null && hanCount(p.textContent ?? '') >= MIN_PARAGRAPH_HAN,
  );
}

/** The deepest element holding most of the prose paragraphs' Han, or null on a page without <p> prose. */
export function findBody(doc: Document): BodyPlace | null {
  if (doc.body === null) return null;
  const all = proseParagraphs(doc.body);
  const weight = new Map(all.map((p) => [p, hanCount(p.textContent ?? '')]));
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  let container: Element = doc.body;
  for (;;) {
    let next: Element | null = null;
    for (const child of container.children) {
      let held = 0;
      for (const [p, w] of weight) if (child.contains(p)) held += w;
      if (held >= total * BODY_SHARE) next = child;
    }
    if (next === null || next.localName === 'p') break;
    container = next;
  }
  return { container, paragraphs: all.filter((p) => container.contains(p)) };
}
