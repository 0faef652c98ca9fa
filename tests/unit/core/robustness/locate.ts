// Finding, on a saved page, the nodes that hold a gold value: the label text
// node before it, the printed date, the headline element, the metadata line.
// General DOM search by the gold text; nothing here knows any page.
import { normalizeForMatch } from '../corpus-matching.ts';

const SHOW_TEXT = 4;

export function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent !== null && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/u.test(parent.tagName)) continue;
    out.push(n as Text);
  }
  return out;
}

/** The text that follows a point in document order, up to `max` characters. */
export function textAfter(nodes: readonly Text[], index: number, offset: number, max: number): string {
  let out = nodes[index]!.data.slice(offset);
  for (let i = index + 1; i < nodes.length && out.length < max; i += 1) out += nodes[i]!.data;
  return out.slice(0, max);
}

/** Names of a gold author, role words and separators removed: what must follow an author label. */
export function goldNames(author: string): string[] {
  return author
    .normalize('NFKC')
    .replace(/(本报记者|特约记者|实习记者|见习记者|记者|通讯员)/gu, ' ')
    .split(/[、，,;；/\s\u00A0\u3000]+/u)
    .filter((n) => n.length > 0);
}

export interface LabelSpot {
  node: Text;
  /** Where the label (with its brackets and colon) starts and ends in node.data. */
  start: number;
  end: number;
  label: string;
}

/**
 * Label occurrences (`labels`, longest first, followed by a colon) whose next
 * `window` characters hold the value: the spots a label rewrite changes.
 */
export function labelSpotsBefore(doc: Document, labels: readonly string[], value: string, window = 60): LabelSpot[] {
  const sorted = [...labels].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`[【\\[]?(${sorted.join('|')})[】\\]]?[ \\t\\u00A0\\u3000]*[:：]?[ \\t\\u00A0\\u3000]*`, 'gu');
  const key = normalizeForMatch(value);
  const nodes = textNodes(doc.body ?? doc.documentElement);
  const spots: LabelSpot[] = [];
  nodes.forEach((node, i) => {
    for (const m of node.data.matchAll(pattern)) {
      const whole = m[0];
      // A label is followed by its colon (or a bracket, or the value right in the next element).
      const colonOrBracket = /[:：】\]]/u.test(whole);
      const atNodeEnd = (m.index ?? 0) + whole.length === node.data.length;
      if (!colonOrBracket && !atNodeEnd) continue;
      // Not a word inside prose: the label starts the node or follows a separator.
      const before = node.data.slice(0, m.index ?? 0);
      if (/[\p{Script=Han}]$/u.test(before) && !/[:：]\S*$/u.test(before)) continue;
      const after = normalizeForMatch(textAfter(nodes, i, (m.index ?? 0) + whole.length, window));
      if (!after.startsWith(key)) continue;
      spots.push({ node, start: m.index ?? 0, end: (m.index ?? 0) + whole.length, label: m[1] ?? '' });
    }
  });
  return spots;
}

/** The element that holds exactly the headline text: the outermost one with that text, below <body>. */
export function headlineElement(doc: Document, titles: readonly string[]): Element | null {
  const keys = new Set(titles.map(normalizeForMatch));
  const body = doc.body;
  if (body === null) return null;
  for (const el of body.querySelectorAll('h1, h2, h3, h4, div, p, span, strong, td, font, b, a')) {
    if (keys.has(normalizeForMatch(el.textContent ?? ''))) {
      let top: Element = el;
      while (top.parentElement !== null && top.parentElement !== body && normalizeForMatch(top.parentElement.textContent ?? '') === normalizeForMatch(top.textContent ?? '')) {
        top = top.parentElement;
      }
      return top;
    }
  }
  return null;
}

/** The most paragraphs under one parent: where the body's text lives. */
export function bodyContainer(doc: Document): Element | null {
  const counts = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    if ((p.textContent ?? '').trim().length < 20 || p.parentElement === null) continue;
    counts.set(p.parentElement, (counts.get(p.parentElement) ?? 0) + 1);
  }
  let best: Element | null = null;
  let most = 1;
  for (const [el, n] of counts) if (n > most) [best, most] = [el, n];
  return best;
}

/** Most characters a metadata line has; longer is prose or a whole header. */
const MAX_META_LINE = 160;

/**
 * The metadata line around a label spot: the largest ancestor of the label
 * that stays short and holds neither the headline nor a body paragraph.
 */
export function metadataLine(spot: LabelSpot, headline: Element | null): Element | null {
  let line: Element | null = null;
  for (let el = spot.node.parentElement; el !== null && el.tagName !== 'BODY'; el = el.parentElement) {
    const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (text.length > MAX_META_LINE) break;
    if (headline !== null && (el.contains(headline) || headline.contains(el))) break;
    if (el.querySelector('p, h1, h2, h3, img, table, ul, li') !== null && el.tagName !== 'P') break;
    line = el;
  }
  return line;
}
