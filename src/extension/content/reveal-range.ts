// Show the reader where a formulation is: scroll it into view and flash it.
// The flash uses the CSS Custom Highlight API, which paints a Range without
// touching the page's DOM (no wrapper elements, so nothing the page's own
// scripts or our later highlight anchoring could trip over). Its colour comes
// from content.css, which the browser injects as an extension style sheet.
// Where the API is missing (Firefox before 140), the Range becomes the
// selection instead: also visible, also DOM-free.

export const REVEAL_HIGHLIGHT_NAME = 'dangjian-annotator-reveal';

/** On, off, on, off, on, then gone: long enough to catch the eye, short enough not to linger. */
const FLASH_STEPS_MS = [0, 250, 500, 750, 1000, 2200];

let pendingTimers: number[] = [];

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function highlightRegistry(): { registry: HighlightRegistry; create: (range: Range) => unknown } | null {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || typeof HighlightClass !== 'function') return null;
  return { registry, create: (range) => new HighlightClass(range) };
}

export function scrollRangeIntoView(range: Range): void {
  const element =
    range.startContainer.nodeType === Node.ELEMENT_NODE
      ? (range.startContainer as Element)
      : range.startContainer.parentElement;
  if (!element) return;
  const view = element.ownerDocument.defaultView;
  const reduceMotion = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
}

export function flashRange(range: Range): void {
  for (const timer of pendingTimers) clearTimeout(timer);
  pendingTimers = [];
  const highlights = highlightRegistry();
  if (highlights) {
    const highlight = highlights.create(range);
    FLASH_STEPS_MS.forEach((delay, step) => {
      const on = step % 2 === 0 && step < FLASH_STEPS_MS.length - 1;
      pendingTimers.push(
        setTimeout(() => {
          if (on) highlights.registry.set(REVEAL_HIGHLIGHT_NAME, highlight);
          else highlights.registry.delete(REVEAL_HIGHLIGHT_NAME);
        }, delay) as unknown as number,
      );
    });
    return;
  }
  const selection = range.startContainer.ownerDocument?.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
