import { describe, expect, it } from 'vitest';
import { findExactMatches, matchQuote, maxErrorsFor } from '../../../src/annotate/match-quote.ts';

// A text where the same formulation recurs with different surroundings, as
// in the genre's commentaries.
const PHRASE = '不忘初心、牢记使命';
const SENTENCES = [
  '全党同志要始终坚持',
  '主题教育的根本任务是',
  '各级党组织要把',
  '广大党员干部要做到',
  '新时代共产党人必须',
];
const TEXT = SENTENCES.map((s, i) => `${s}${PHRASE}，第${i + 1}次强调这一要求。`).join('');
const occurrences = findExactMatches(TEXT, PHRASE);

describe('findExactMatches', () => {
  it('finds every occurrence, overlapping ones too', () => {
    expect(occurrences).toHaveLength(5);
    expect(findExactMatches('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(findExactMatches('abc', '')).toEqual([]);
  });
});

describe('matchQuote', () => {
  it('picks the occurrence whose prefix and suffix match, not the first', () => {
    const at = occurrences[3]!;
    const match = matchQuote(TEXT, PHRASE, {
      prefix: TEXT.slice(at - 10, at),
      suffix: TEXT.slice(at + PHRASE.length, at + PHRASE.length + 10),
    })!;
    expect(match.start).toBe(at);
    expect(match.errors).toBe(0);
  });

  it('picks the right occurrence even when the stored position is stale and nearer another one', () => {
    const at = occurrences[2]!;
    const match = matchQuote(TEXT, PHRASE, {
      prefix: TEXT.slice(at - 8, at),
      suffix: TEXT.slice(at + PHRASE.length, at + PHRASE.length + 8),
      hint: occurrences[3]!,
    })!;
    expect(match.start).toBe(at);
  });

  it('breaks ties between identical contexts by nearness to the old position', () => {
    const text = '-'.repeat(50) + ('来源：人民日报' + '-'.repeat(40)).repeat(6);
    const starts = findExactMatches(text, '来源：人民日报');
    for (const [i, at] of starts.entries()) {
      const match = matchQuote(text, '来源：人民日报', { prefix: '-'.repeat(10), suffix: '-'.repeat(10), hint: at + 3 })!;
      expect(match.start, `occurrence ${i}`).toBe(at);
    }
  });

  it('finds a quote an editor changed by a few characters, at its old place', () => {
    const at = occurrences[1]!;
    const quote = '主题教育的根本任务是不忘初心、牢记使命';
    const quoteStart = at - '主题教育的根本任务是'.length;
    const edited = TEXT.replace('主题教育的根本任务是', '主题教育的首要任务是');
    const match = matchQuote(edited, quote, { prefix: edited.slice(quoteStart - 10, quoteStart), hint: quoteStart })!;
    expect(match.errors).toBeGreaterThan(0);
    expect(match.start).toBe(quoteStart);
    expect(match.end).toBe(quoteStart + quote.length);
  });

  it('prefers the edited original over an unedited copy elsewhere when the context says so', () => {
    const copy = '党员要' + PHRASE + '。';
    const page = copy + '中间'.repeat(1500) + '甲乙丙丁戊己' + '不忘初心、牢记的使命' + '庚辛壬癸子丑';
    const at = page.indexOf('不忘初心、牢记的使命');
    const match = matchQuote(page, PHRASE, { prefix: '甲乙丙丁戊己', suffix: '庚辛壬癸子丑', hint: at })!;
    expect(match.start).toBe(at);
    expect(match.errors).toBe(1);
  });

  it('returns null when nothing is close enough', () => {
    expect(matchQuote(TEXT, '完全无关的一句话内容在这里')).toBeNull();
    expect(matchQuote(TEXT, '')).toBeNull();
    // A short quote with no context is never matched approximately.
    expect(matchQuote(TEXT, '初x')).toBeNull();
  });

  it('bounds the error rate', () => {
    expect(maxErrorsFor(10)).toBe(5);
    expect(maxErrorsFor(10_000)).toBe(256);
  });
});
