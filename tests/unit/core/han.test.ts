import { describe, expect, it } from 'vitest';
import { countHanChars, hanBigrams, hanUnits, isHanCode } from '../../../src/core/text/han.ts';

const HAN = /^\p{Script=Han}$/u;

describe('isHanCode', () => {
  it('agrees with the engine\'s \\p{Script=Han} on every BMP code outside the surrogates', () => {
    const disagreeing: string[] = [];
    for (let c = 0; c < 0x10000; c += 1) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isHanCode(c) !== HAN.test(String.fromCharCode(c))) disagreeing.push(c.toString(16));
    }
    expect(disagreeing).toEqual([]);
  });
});

describe('hanUnits', () => {
  it('counts Han UTF-16 units, an ideograph outside the BMP as two', () => {
    expect(hanUnits('2021年是“十四五”开局之年, ABC')).toBe(9);
    expect(hanUnits('𠀀中国')).toBe(4);
    expect(countHanChars('𠀀中国')).toBe(3);
  });
});

describe('hanBigrams', () => {
  it('pairs adjacent ideographs inside a run, never across punctuation or Latin', () => {
    // 十四, 四五 | 开局, 局之, 之年: five pairs; 年是 and 是十 are cut by the quote.
    const grams = hanBigrams('“十四五”开局之年, AB中');
    expect(grams).toHaveLength(5);
    expect(new Set(grams).size).toBe(5);
  });
  it('gives the same pair the same key wherever it stands, and different pairs different keys', () => {
    const [a] = hanBigrams('党建');
    expect(hanBigrams('抓党建促发展')).toContain(a);
    expect(hanBigrams('建党')).not.toContain(a);
  });
  it('keeps pairs with an ideograph outside the BMP apart from BMP pairs', () => {
    const astral = hanBigrams('𠀀中国');
    expect(astral).toHaveLength(3);
    expect(astral).toContain(hanBigrams('中国')[0]);
    expect(new Set([...astral, ...hanBigrams('丂中')]).size).toBe(4);
  });
});
