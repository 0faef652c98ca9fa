import { describe as suite, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describe, selectorOfType } from '../../../src/annotate/selectors.ts';
import { TextModel } from '../../../src/annotate/text-model.ts';
import { elementFromXPath } from '../../../src/annotate/xpath.ts';
import { documentOf, rangeOver } from './dom.ts';

suite('describe', () => {
  const filler = '这是一段用于填充上下文的普通文字，内容并不重要。'.repeat(3);
  const doc = documentOf(`<div><p>${filler}坚持和加强党的全面领导，${filler}</p><p>第二段：坚持和加强党的全面领导。</p></div>`);

  it('produces a quote with 32-character context, a position and a structural selector', () => {
    const range = rangeOver(doc.body, '坚持和加强党的全面领导');
    const selectors = describe(doc.body, range);
    const quote = selectorOfType(selectors, 'TextQuoteSelector')!;
    const position = selectorOfType(selectors, 'TextPositionSelector')!;
    const structure = selectorOfType(selectors, 'RangeSelector')!;
    expect(quote.exact).toBe('坚持和加强党的全面领导');
    expect(quote.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(filler.endsWith(quote.prefix)).toBe(true);
    expect(quote.suffix.startsWith('，这是')).toBe(true);
    const model = TextModel.build(doc.body);
    expect(model.text.slice(position.start, position.end)).toBe('坚持和加强党的全面领导');
    expect(structure.startSelector.value).toBe('/html[1]/body[1]/div[1]/p[1]');
    expect(structure.startSelector.refinedBy).toEqual({ type: 'TextPositionSelector', start: filler.length, end: filler.length });
    expect(structure.endSelector.refinedBy?.start).toBe(filler.length + 11);
  });

  it('describes ranges spanning paragraphs with readable spaces in the quote', () => {
    const range = doc.createRange();
    const [p1, p2] = Array.from(doc.querySelectorAll('p'));
    range.setStart(p1!.firstChild!, p1!.textContent!.length - 4);
    range.setEnd(p2!.firstChild!, 3);
    const selectors = describe(doc.body, range);
    const quote = selectorOfType(selectors, 'TextQuoteSelector')!;
    expect(quote.exact).toBe('不重要。第二段');
    const structure = selectorOfType(selectors, 'RangeSelector')!;
    expect(elementFromXPath(doc, structure.endSelector.value)).toBe(p2);
  });

  it('grows the context until prefix + quote + suffix is unique', () => {
    const block = '<p>来源：人民日报 责任编辑：张三 ' + '相同的样板文字，'.repeat(6) + '</p>';
    const page = documentOf(block.repeat(4));
    const range = rangeOver(page.body, '来源：人民日报', 2);
    const quote = selectorOfType(describe(page.body, range), 'TextQuoteSelector')!;
    const model = TextModel.build(page.body);
    const needle = [quote.prefix, quote.exact, quote.suffix].map((s) => s.replace(/\s/g, '')).join('');
    expect(model.text.indexOf(needle)).toBe(model.text.lastIndexOf(needle));
    expect(quote.prefix.replace(/\s/g, '').length).toBeGreaterThan(CONTEXT_LENGTH);
  });

  it('returns nothing for a collapsed or white-space-only range', () => {
    const page = documentOf('<p>甲</p>\n\n<p>乙</p>');
    const range = page.createRange();
    range.setStart(page.body.childNodes[1]!, 0);
    range.setEnd(page.body.childNodes[1]!, 2);
    expect(describe(page.body, range)).toEqual([]);
  });
});
