// Element <-> simple XPath, for the structural RangeSelector
// (/html[1]/body[1]/div[2]/p[3]: each step a lower-case element name and its
// 1-based index among same-named element siblings). Only this subset is
// produced and accepted: it is what survives in exports and is cheap to
// resolve by walking children, without document.evaluate (slow on large
// pages, absent in some test DOMs, and namespace-sensitive on XHTML pages).

/** The path of an element from the document element: "/html[1]/body[1]/div[2]/p[3]". */
export function xpathFromElement(element: Element): string {
  const steps: string[] = [];
  for (let el: Element | null = element; el; el = el.parentElement) {
    const name = el.localName.toLowerCase();
    let index = 1;
    for (let sibling = el.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.localName.toLowerCase() === name) index += 1;
    }
    steps.push(`${name}[${index}]`);
  }
  return '/' + steps.reverse().join('/');
}

const STEP = /^([a-z][\w.-]*)(?:\[(\d+)\])?$/i;

/** The element a path from xpathFromElement names, or null when the page no longer has it. */
export function elementFromXPath(doc: Document, path: string): Element | null {
  if (!path.startsWith('/')) return null;
  const steps = path.slice(1).split('/');
  let current: Element | null = null;
  for (const step of steps) {
    const match = STEP.exec(step);
    if (!match) return null;
    const name = match[1]!.toLowerCase();
    const wanted = match[2] ? Number(match[2]) : 1;
    if (current === null) {
      const top = doc.documentElement;
      if (!top || top.localName.toLowerCase() !== name || wanted !== 1) return null;
      current = top;
      continue;
    }
    let seen = 0;
    let next: Element | null = null;
    for (let child: Element | null = current.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName.toLowerCase() === name && ++seen === wanted) {
        next = child;
        break;
      }
    }
    if (!next) return null;
    current = next;
  }
  return current;
}
