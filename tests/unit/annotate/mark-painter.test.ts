import { describe, expect, it } from 'vitest';
import { MarkPainter } from '../../../src/annotate/mark-painter.ts';
import { TextModel } from '../../../src/annotate/text-model.ts';
import { spanToRange } from '../../../src/annotate/text-range.ts';
import { documentOf } from './dom.ts';

const HTML = '<div><p>\u3000\u3000坚持和加强<b>党的全面领导</b>，是新时代党的建设的根本要求。</p>\n<ul>\n<li>第一条</li>\n<li>第二条</li>\n</ul><p>全面从严治党永远在路上。</p></div>';

function rangeOf(doc: Document, text: string, occurrence = 0) {
  const model = TextModel.build(doc.body);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = model.text.indexOf(text, at + 1);
  return spanToRange(model, { start: at, end: at + text.length })!;
}

const textNodeCount = (doc: Document) => {
  let n = 0;
  const walker = doc.createTreeWalker(doc.body, 0x4);
  while (walker.nextNode()) n += 1;
  return n;
};

describe('MarkPainter', () => {
  it('wraps the text of a range spanning elements and paragraphs, skipping list white space', () => {
    const doc = documentOf(HTML);
    const painter = new MarkPainter(doc);
    painter.paintAll([{ id: 'a', range: rangeOf(doc, '要求。第一条第二'), color: 'red' }]);
    const marks = Array.from(doc.querySelectorAll('mark[data-dj-annotation="a"]'));
    expect(marks.map((m) => m.textContent)).toEqual(['要求。', '第一条', '第二']);
    expect(marks.every((m) => m.className === 'dj-red')).toBe(true);
    expect(doc.querySelector('ul > mark')).toBeNull();
    // The page text is unchanged: the model is the same.
    expect(TextModel.build(doc.body).text).toBe(TextModel.build(documentOf(HTML).body).text);
  });

  it('restores the DOM exactly on removal, including text nodes it split', () => {
    const doc = documentOf(HTML);
    const before = doc.body.innerHTML;
    const nodes = textNodeCount(doc);
    const painter = new MarkPainter(doc);
    painter.paintAll([
      { id: 'a', range: rangeOf(doc, '加强党的全面'), color: 'yellow' },
      { id: 'b', range: rangeOf(doc, '全面领导，是新时代'), color: 'blue' }, // overlaps a
      { id: 'c', range: rangeOf(doc, '党的建设'), color: 'green' },
    ]);
    expect(doc.body.innerHTML).not.toBe(before);
    painter.remove('a');
    painter.remove('c');
    painter.remove('b');
    expect(doc.body.innerHTML).toBe(before);
    expect(textNodeCount(doc)).toBe(nodes);
  });

  it('paints every range of a batch even though wrapping moves the text they point into', () => {
    const doc = documentOf('<p>一二三四五六七八九十</p>');
    const painter = new MarkPainter(doc);
    painter.paintAll([
      { id: 'a', range: rangeOf(doc, '二三'), color: 'yellow' },
      { id: 'b', range: rangeOf(doc, '五六七'), color: 'yellow' },
      { id: 'c', range: rangeOf(doc, '三四五'), color: 'red' },
    ]);
    const text = (id: string) => Array.from(doc.querySelectorAll(`mark[data-dj-annotation="${id}"]`)).map((m) => m.textContent).join('');
    expect([text('a'), text('b'), text('c')]).toEqual(['二三', '五六七', '三四五']);
  });

  it('hit-tests, recolours, focuses and gives a range for scrolling', () => {
    const doc = documentOf(HTML);
    const painter = new MarkPainter(doc);
    painter.paintAll([
      { id: 'outer', range: rangeOf(doc, '坚持和加强党的全面领导'), color: 'yellow' },
      { id: 'inner', range: rangeOf(doc, '党的全面'), color: 'red' },
    ]);
    const innerText = doc.querySelector('mark[data-dj-annotation="inner"]')!.firstChild!;
    expect(painter.annotationsAt(innerText, 1)).toEqual(['inner', 'outer']);
    expect(painter.annotationsAt(doc.querySelectorAll('p')[1]!.firstChild!, 0)).toEqual([]);
    painter.recolor('outer', 'purple');
    expect(doc.querySelector('mark[data-dj-annotation="outer"]')!.className).toBe('dj-purple');
    painter.focus('inner');
    expect(doc.querySelectorAll('mark[data-dj-focus]')).toHaveLength(1);
    painter.focus(null);
    expect(doc.querySelectorAll('mark[data-dj-focus]')).toHaveLength(0);
    expect(painter.rangeOf('outer')!.toString()).toBe('坚持和加强党的全面领导');
    expect(painter.rangeOf('missing')).toBeNull();
  });
});
