import { describe, expect, it } from 'vitest';
import { TextModel } from '../../../src/annotate/text-model.ts';
import { rangeToSpan, spanToRange } from '../../../src/annotate/text-range.ts';
import { documentOf, rangeOver } from './dom.ts';

describe('rangeToSpan / spanToRange', () => {
  const doc = documentOf('<p id="a">\u3000\u3000坚持和加强党的全面领导。</p>\n<p id="b">全面从严治党永远在路上。</p>');
  const model = TextModel.build(doc.body);

  it('maps a range inside one text node', () => {
    const range = rangeOver(doc.body, '党的全面领导');
    expect(rangeToSpan(model, range)).toEqual({ start: 5, end: 11 });
  });

  it('maps a triple-click style range (element to element) to whole paragraphs', () => {
    const range = doc.createRange();
    range.setStart(doc.getElementById('a')!, 0);
    range.setEnd(doc.getElementById('b')!, 0);
    const span = rangeToSpan(model, range)!;
    expect(model.text.slice(span.start, span.end)).toBe('坚持和加强党的全面领导。');
  });

  it('builds tight ranges whose text is the model slice, also across paragraphs', () => {
    const span = { start: 9, end: 15 };
    const range = spanToRange(model, span)!;
    expect(range.toString().replace(/\s/g, '')).toBe(model.text.slice(9, 15));
    expect(range.toString().startsWith('领')).toBe(true);
    expect(rangeToSpan(model, range)).toEqual(span);
  });

  it('returns null for empty or out-of-bounds spans', () => {
    expect(spanToRange(model, { start: 3, end: 3 })).toBeNull();
    expect(spanToRange(model, { start: 0, end: model.text.length + 1 })).toBeNull();
  });

  it('returns null for a range outside the root', () => {
    const range = doc.createRange();
    range.selectNodeContents(doc.head);
    expect(rangeToSpan(model, range)).toBeNull();
  });
});
