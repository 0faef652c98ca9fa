// The in-page UI as a reader reaches it: text selected with a real mouse
// drag (the toolbar follows a real mouseup), and the geometry of the panel
// shown next to it, for layout checks and screenshots.
import type { Page } from 'playwright-core';
import { toolbarOf, type Box, type InPageUi } from './closed-ui.ts';
import { selectText } from './highlights.ts';

export type { Box };
export const toolbarHost = toolbarOf;

/** Drag the mouse from the start of `from` to the end of `to` (as selectText finds them); returns the selected text. */
export async function dragSelect(page: Page, from: string, to: string = from, occurrence = 0): Promise<string> {
  await selectText(page, from, to, occurrence);
  const ends = await page.evaluate(() => {
    const selection = getSelection()!;
    const range = selection.getRangeAt(0);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
    const first = rects[0]!;
    const last = rects[rects.length - 1]!;
    selection.removeAllRanges();
    return { x0: first.left + 1, y0: first.top + first.height / 2, x1: last.right - 1, y1: last.top + last.height / 2 };
  });
  await page.mouse.move(ends.x0, ends.y0);
  await page.mouse.down();
  await page.mouse.move((ends.x0 + ends.x1) / 2, (ends.y0 + ends.y1) / 2, { steps: 4 });
  await page.mouse.move(ends.x1, ends.y1, { steps: 4 });
  await page.mouse.up();
  return page.evaluate(() => getSelection()!.toString());
}

/** The shown panel's box (`selector` in the UI's closed root) and the current selection's line boxes, in viewport coordinates. */
export async function panelAndSelection(ui: InPageUi, selector = '.panel'): Promise<{ panel: Box; selection: Box[] }> {
  const box = (await ui.waitFor(selector)).box!;
  const selection = await ui.page.evaluate(() => {
    const current = getSelection();
    if (!current || current.rangeCount === 0) return [];
    return [...current.getRangeAt(0).getClientRects()]
      .filter((rect) => rect.width > 0 && rect.height > 0)
      .map((rect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }));
  });
  return { panel: box, selection };
}

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
