import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSpans, normalizeForSearch, parseSearchTerms } from '../../../src/store/query/index.ts';

const marked = (text: string, query: string) => matchSpans(text, parseSearchTerms(query)).map(([s, e]) => text.slice(s, e));

describe('matchSpans', () => {
  it('finds every occurrence of every term, as the search does (substring, no segmentation)', () => {
    expect(marked('坚持党的全面领导，加强党的全面领导', '全面领导')).toEqual(['全面领导', '全面领导']);
    expect(marked('勇于自我革命是我们党区别于其他政党的显著标志', '自我革命 政党')).toEqual(['自我革命', '政党']);
  });

  it('marks the displayed characters when the search matched their normalised form', () => {
    // Full-width Latin and digits (common in Chinese typesetting) and case.
    expect(marked('推动ＡＩ赋能２０２４年工作', 'ai 2024')).toEqual(['ＡＩ', '２０２４']);
    // One character that normalises to two (the ﬁ ligature) is marked whole.
    expect(marked('a ﬁle', 'fi')).toEqual(['ﬁ']);
    // Astral characters keep their surrogate pairs together.
    expect(marked('𠀀党建𠀀', '党建')).toEqual(['党建']);
  });

  it('merges overlapping and touching matches into one span', () => {
    expect(matchSpans('两个确立两个维护', ['两个确立', '确立两个'])).toEqual([[0, 6]]);
    expect(matchSpans('aaaa', ['aa'])).toEqual([[0, 4]]);
  });

  it('marks nothing without terms or text', () => {
    expect(matchSpans('党建', [])).toEqual([]);
    expect(matchSpans('', ['党建'])).toEqual([]);
    expect(matchSpans('党建', [''])).toEqual([]);
  });

  it('every span holds a term, and a term the text contains is marked (property)', () => {
    const chars = fc.constantFrom('党', '建', '领', '导', 'a', 'B', 'Ａ', 'ｂ', '１', '1', ' ', '“', '”', '𠀀');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), fc.array(chars, { minLength: 1, maxLength: 3 }), (textChars, termChars) => {
        const text = textChars.join('');
        const terms = parseSearchTerms(termChars.join(''));
        const spans = matchSpans(text, terms);
        for (const [start, end] of spans) {
          expect(start).toBeLessThan(end);
          const inside = normalizeForSearch(text.slice(start, end));
          expect(terms.some((term) => inside.includes(term))).toBe(true);
        }
        const found = terms.some((term) => normalizeForSearch(text).includes(term));
        expect(spans.length > 0).toBe(found);
      }),
    );
  });
});
