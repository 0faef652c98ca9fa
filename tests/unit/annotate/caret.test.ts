import { describe, expect, it } from 'vitest';
import { caretPointFromPoint } from '../../../src/annotate/caret.ts';
import { documentOf } from './dom.ts';

describe('caretPointFromPoint', () => {
  it('uses the standard caretPositionFromPoint when present', () => {
    const doc = documentOf('<p>文字</p>');
    const text = doc.querySelector('p')!.firstChild!;
    Object.assign(doc, { caretPositionFromPoint: (x: number) => ({ offsetNode: text, offset: x }) });
    expect(caretPointFromPoint(doc, 1, 5)).toEqual({ node: text, offset: 1 });
  });

  it('falls back to caretRangeFromPoint', () => {
    const doc = documentOf('<p>文字</p>');
    const text = doc.querySelector('p')!.firstChild!;
    Object.assign(doc, {
      caretRangeFromPoint: () => {
        const r = doc.createRange();
        r.setStart(text, 2);
        return r;
      },
    });
    expect(caretPointFromPoint(doc, 0, 0)).toEqual({ node: text, offset: 2 });
  });

  it('returns null where neither exists (jsdom) or nothing is under the point', () => {
    const doc = documentOf('<p>文字</p>');
    expect(caretPointFromPoint(doc, 0, 0)).toBeNull();
    Object.assign(doc, { caretPositionFromPoint: () => null });
    expect(caretPointFromPoint(doc, 0, 0)).toBeNull();
  });
});
