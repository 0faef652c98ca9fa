import { describe, expect, it } from 'vitest';
import { displayReadingMinutes, formatCount, formatPublishedAt, formatScore } from '../../../src/ui/shared/format.ts';

describe('display formatting', () => {
  it('shows dates as the page states them, with the clock time when there is one', () => {
    expect(formatPublishedAt('2021-05-15')).toBe('2021-05-15');
    expect(formatPublishedAt('2021-05-15T10:20:00+08:00')).toBe('2021-05-15 10:20');
    expect(formatPublishedAt('May 2021')).toBe('May 2021');
  });

  it('shows the score as a clamped percentage', () => {
    expect(formatScore(0.8234)).toBe('82%');
    expect(formatScore(1.2)).toBe('100%');
    expect(formatScore(-0.1)).toBe('0%');
  });

  it('groups large counts the reader\'s way', () => {
    expect(formatCount(12345, 'zh-CN')).toBe('12,345');
    expect(formatCount(12345, 'not a locale!')).toBe('12345');
  });

  it('never says "0 minutes" for a text that has characters', () => {
    expect(displayReadingMinutes(0.2, 100)).toBe(1);
    expect(displayReadingMinutes(4.6, 2300)).toBe(5);
    expect(displayReadingMinutes(0, 0)).toBe(0);
  });
});
