import { describe as suite, expect, it } from 'vitest';
import { anchor, anchorInModel } from '../../../src/annotate/anchor.ts';
import { describe, selectorOfType } from '../../../src/annotate/selectors.ts';
import { TextModel } from '../../../src/annotate/text-model.ts';
import { rangeToSpan } from '../../../src/annotate/text-range.ts';
import type { Selector } from '../../../src/store/model.ts';
import { documentOf, rangeOver } from './dom.ts';

const PHRASE = '两个维护';
const PARAGRAPHS = [
  '党员干部要增强“四个意识”，坚决做到两个维护，这是根本政治要求。',
  '各级党组织要把两个维护作为最高政治原则，落实到工作各方面。',
  '检验理论学习成效，关键看是否真正做到两个维护并付诸行动。',
  '新时代党的建设必须以两个维护为统领，推动全面从严治党向纵深发展。',
];
const html = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');

function saved(occurrence: number): { selectors: Selector[]; text: string } {
  const doc = documentOf(html);
  const selectors = describe(doc.body, rangeOver(doc.body, PHRASE, occurrence));
  return { selectors, text: TextModel.build(doc.body).text };
}

function anchoredSpan(doc: Document, selectors: Selector[]) {
  const model = TextModel.build(doc.body);
  const result = anchorInModel(model, selectors);
  return result && { ...result, context: model.text.slice(result.span.start - 6, result.span.end + 4) };
}

suite('anchor', () => {
  it('uses the stored position on an unchanged page', () => {
    const { selectors } = saved(2);
    const doc = documentOf(html);
    const result = anchoredSpan(doc, selectors)!;
    expect(result.method).toBe('position');
    expect(result.range.toString()).toBe(PHRASE);
    expect(result.context).toContain('真正做到两个维护并付诸');
  });

  it('finds the highlighted repeat (not the first) after paragraphs were inserted above it', () => {
    const { selectors } = saved(2);
    const doc = documentOf('<div class="ad"><p>广告：两个维护学习专题，点击进入。</p></div>' + html.replace('<p>', '<p class="new">'));
    const result = anchoredSpan(doc, selectors)!;
    expect(['quote', 'structure']).toContain(result.method);
    expect(result.context).toContain('真正做到两个维护并付诸');
  });

  it('uses the structural selector when the position is stale but the element is the same', () => {
    const { selectors } = saved(1);
    const doc = documentOf(html.replace('党员干部要', '全体党员干部都要'));
    const result = anchoredSpan(doc, selectors)!;
    expect(result.method).toBe('structure');
    expect(result.context).toContain('要把两个维护作为');
  });

  it('places an edited quote approximately', () => {
    const doc0 = documentOf(html);
    const range = rangeOver(doc0.body, '各级党组织要把两个维护作为最高政治原则');
    const selectors = describe(doc0.body, range);
    const doc = documentOf(html.replace('最高政治原则', '最高的政治原则'));
    const result = anchoredSpan(doc, selectors)!;
    expect(result.method).toBe('fuzzy');
    expect(result.range.toString()).toBe('各级党组织要把两个维护作为最高的政治原则');
  });

  it('returns null for an orphan whose text is gone', () => {
    const { selectors } = saved(3);
    const doc = documentOf('<p>页面内容已经完全改写，没有原来的句子。</p>');
    expect(anchor(doc.body, selectors)).toBeNull();
  });

  it('anchors with a quote alone, and with a position alone', () => {
    const { selectors } = saved(1);
    const doc = documentOf(html);
    const quoteOnly = selectors.filter((s) => s.type === 'TextQuoteSelector');
    const span = rangeToSpan(TextModel.build(doc.body), anchor(doc.body, quoteOnly)!)!;
    expect(span).toEqual({ start: selectorOfType(selectors, 'TextPositionSelector')!.start, end: selectorOfType(selectors, 'TextPositionSelector')!.end });
    const positionOnly = selectors.filter((s) => s.type === 'TextPositionSelector');
    expect(anchor(doc.body, positionOnly)!.toString()).toBe(PHRASE);
    expect(anchor(doc.body, [])).toBeNull();
  });
});
