import { describe, expect, it } from 'vitest';
import { highlightName, highlightStylesheetText, installHighlightStyles } from '../../../src/annotate/highlight-styles.ts';
import { HIGHLIGHT_COLORS } from '../../../src/store/model.ts';
import { documentOf } from './dom.ts';

describe('highlight styles', () => {
  it('has a ::highlight rule and a <mark> rule for every colour', () => {
    const css = highlightStylesheetText();
    for (const color of HIGHLIGHT_COLORS) {
      expect(css).toContain(`::highlight(${highlightName(color)})`);
      expect(css).toContain(`mark[data-dj-annotation].${highlightName(color)}`);
    }
  });

  it('installs the stylesheet once per document, outside the page body', () => {
    const doc = documentOf('<p>正文</p>');
    installHighlightStyles(doc);
    installHighlightStyles(doc);
    const adopted = (doc as Document & { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets ?? [];
    const styles = doc.querySelectorAll('style[data-dj-ui]');
    expect(styles.length + adopted.length).toBe(1);
    expect(doc.body.innerHTML).toBe('<p>正文</p>');
  });
});
