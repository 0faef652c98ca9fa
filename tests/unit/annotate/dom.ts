// Test helper: a jsdom document from HTML (scripts are never run).
import { JSDOM } from 'jsdom';

export function documentOf(bodyHtml: string): Document {
  return new JSDOM(`<!DOCTYPE html><html><head></head><body>${bodyHtml}</body></html>`).window.document;
}

/** The first text node whose data contains `needle`. */
export function textNodeContaining(root: Node, needle: string): Text {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.includes(needle)) return node as Text;
  }
  throw new Error(`no text node contains ${needle}`);
}

/** A Range over the first occurrence of `needle` inside a single text node. */
export function rangeOver(root: Node, needle: string, occurrence = 0): Range {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let at = data.indexOf(needle); at !== -1; at = data.indexOf(needle, at + 1)) {
      if (seen++ === occurrence) {
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        return range;
      }
    }
  }
  throw new Error(`occurrence ${occurrence} of ${needle} not found`);
}
