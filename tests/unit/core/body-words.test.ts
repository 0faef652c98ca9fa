import { describe, expect, it } from 'vitest';
import { bodyWords } from '../../../src/core/summary/body-words.ts';

describe('bodyWords', () => {
  it('numbers two-character words in order of first sight and counts every use', () => {
    // 党建 党建 | 党建 建工 工作 | 党建 建引 引领: 党建 four times, the rest once.
    const { frequency, words, start } = bodyWords(['党建，党建', '党建工作', 'abc', '党建引领']);
    expect([...frequency]).toEqual([4, 1, 1, 1, 1]);
    const sentence = (i: number) => [...words.subarray(start[i], start[i + 1])];
    expect(sentence(0)).toEqual([0]); // distinct: 党建 once though used twice
    expect(sentence(1)).toEqual([0, 1, 2]);
    expect(sentence(2)).toEqual([]);
    expect(sentence(3)).toEqual([0, 3, 4]);
  });
  it('keeps words with an ideograph outside the BMP apart from the others', () => {
    const { frequency } = bodyWords(['𠀀中国', '中国']);
    // 𠀀 is two UTF-16 units: (hi lo), (lo 中), (中 国); 中国 again in the second sentence.
    expect([...frequency]).toEqual([1, 1, 2]);
  });
  it('numbers thousands of distinct words without collisions', () => {
    const text = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const { frequency } = bodyWords([text, text]);
    expect(frequency.length).toBe(2999);
    expect(frequency.every((f) => f === 2)).toBe(true);
  });
});
