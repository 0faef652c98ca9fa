import { describe, expect, it } from 'vitest';
import { collapseWhitespace, countHanChars, stripWhitespace } from '../../../src/core/text/normalize.ts';

describe('collapseWhitespace', () => {
  it('treats NBSP, U+3000 and zero-width characters as layout', () => {
    expect(collapseWhitespace('\u3000\u3000两个\u00A0维护\u200B \n 三个表率 ')).toBe('两个 维护 三个表率');
  });
});

describe('stripWhitespace', () => {
  it('removes every kind of space', () => {
    expect(stripWhitespace('王乐文 方\u3000敏\u00A0')).toBe('王乐文方敏');
  });
});

describe('countHanChars', () => {
  it('counts ideographs only, not Latin letters, digits or punctuation', () => {
    expect(countHanChars('2021年是“十四五”开局之年, ABC')).toBe(9);
  });
  it('counts an ideograph outside the BMP once', () => {
    expect(countHanChars('𠀀中国')).toBe(3);
    expect(countHanChars('a𠀀b')).toBe(1);
  });
  it('is zero for empty or non-Chinese text', () => {
    expect(countHanChars('')).toBe(0);
    expect(countHanChars('Party building')).toBe(0);
  });
});
