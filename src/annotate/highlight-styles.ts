// The colours of highlights and the stylesheet that paints them: one
// ::highlight(dj-<colour>) rule per colour for the CSS Custom Highlight API,
// and the same colours for the <mark> fallback. Installed once per document,
// as a constructed stylesheet where possible (no node added to the page),
// otherwise as one <style data-dj-ui> element in <head>.

import { HIGHLIGHT_COLORS, type HighlightColor } from '../store/model.ts';
import { UI_ATTRIBUTE } from './text-model.ts';

/** Background of each colour: translucent, so text stays readable on any page background. */
export const HIGHLIGHT_BACKGROUNDS: Readonly<Record<HighlightColor, string>> = {
  yellow: 'rgba(255, 226, 64, 0.5)',
  red: 'rgba(255, 99, 99, 0.4)',
  green: 'rgba(96, 214, 112, 0.4)',
  blue: 'rgba(92, 170, 255, 0.4)',
  purple: 'rgba(186, 120, 255, 0.4)',
};

/** Name of the highlight registered for a colour in CSS.highlights. */
export const highlightName = (color: HighlightColor): string => `dj-${color}`;
/** Name of the highlight marking the focused annotation (hovered, or scrolled to from the popup). */
export const FOCUS_HIGHLIGHT = 'dj-focus';
/** Attribute on fallback <mark> elements: the annotation id. */
export const MARK_ATTRIBUTE = 'data-dj-annotation';
export const MARK_FOCUS_ATTRIBUTE = 'data-dj-focus';

export function highlightStylesheetText(): string {
  const rules: string[] = [];
  for (const color of HIGHLIGHT_COLORS) {
    const background = HIGHLIGHT_BACKGROUNDS[color];
    rules.push(`::highlight(${highlightName(color)}) { background-color: ${background}; }`);
    rules.push(`mark[${MARK_ATTRIBUTE}].${highlightName(color)} { background-color: ${background}; color: inherit; }`);
  }
  // ::highlight() accepts only a few properties (no outline): underline the focused one.
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { text-decoration: underline 2px rgba(200, 30, 30, 0.9); }`);
  rules.push(`mark[${MARK_ATTRIBUTE}][${MARK_FOCUS_ATTRIBUTE}] { text-decoration: underline 2px rgba(200, 30, 30, 0.9); }`);
  rules.push(`mark[${MARK_ATTRIBUTE}] { padding: 0; margin: 0; font: inherit; }`);
  return rules.join('\n');
}

const installed = new WeakSet<Document>();

/** Add the highlight stylesheet to `doc` unless it is already there. */
export function installHighlightStyles(doc: Document): void {
  if (installed.has(doc)) return;
  installed.add(doc);
  const css = highlightStylesheetText();
  const view = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  try {
    // Constructed stylesheets add no node to the page; Firefox content
    // scripts may refuse to adopt one across the Xray boundary: fall back.
    if (view?.CSSStyleSheet && 'adoptedStyleSheets' in doc && 'replaceSync' in view.CSSStyleSheet.prototype) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
    // fall through to a <style> element
  }
  const style = doc.createElement('style');
  style.setAttribute(UI_ATTRIBUTE, 'highlight-styles');
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
}
