// Where our in-page panels (selection toolbar, note form, highlight popover)
// go: beside the text they are about, never over it. The panel is measured
// after it is in the document (its real size in this language and font, not
// a guess), then put below the text when it fits in the viewport, else above
// it; either way outside the text's bounding box, so it covers none of the
// selected lines. Only when the text fills the whole viewport height does the
// panel sit inside the viewport over it (there is no outside left to use).

const MARGIN = 8;
const GAP = 8;

/** The visible area: its size without scroll bars, and how far the page is scrolled. */
export interface Viewport {
  width: number;
  height: number;
  scrollX: number;
  scrollY: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above' | 'over';
}

/** The position (page coordinates) for a `width` x `height` panel next to `anchor` (viewport coordinates). */
export function placeOutside(anchor: DOMRect, width: number, height: number, view: Viewport): Placement {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - height;
  const roomBelow = view.height - MARGIN - below >= height;
  const roomAbove = above >= MARGIN;
  let top: number;
  let side: Placement['side'];
  if (roomBelow) [top, side] = [below, 'below'];
  else if (roomAbove) [top, side] = [above, 'above'];
  else if (anchor.bottom < view.height || anchor.top > 0) {
    // Partly off screen on one side: outside the text on the side that still shows.
    [top, side] = anchor.top > 0 ? [above, 'above'] : [below, 'below'];
  } else {
    [top, side] = [view.height - MARGIN - height, 'over'];
  }
  const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, view.width - width - MARGIN));
  return { left: left + view.scrollX, top: top + view.scrollY, side };
}

/** Measure `panel` (absolutely positioned, already in the document) and move it next to `anchor`. */
export function placePanel(panel: HTMLElement, anchor: DOMRect, view: Window): Placement {
  const { width, height } = panel.getBoundingClientRect();
  // The scrolling element's clientWidth/Height (<html>, or <body> in quirks
  // mode) leave out the scroll bars, which innerWidth/Height include.
  const root = view.document.scrollingElement ?? view.document.documentElement;
  const viewport = { width: root.clientWidth || view.innerWidth, height: root.clientHeight || view.innerHeight, scrollX: view.scrollX, scrollY: view.scrollY };
  const place = placeOutside(anchor, width, height, viewport);
  panel.style.left = `${place.left}px`;
  panel.style.top = `${place.top}px`;
  panel.dataset.side = place.side;
  return place;
}
