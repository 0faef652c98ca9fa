import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../../src/core/slogans/aho-corasick.ts';
import { formulationKey, isQuotedSpan, toMatchingText } from '../../../src/core/slogans/match-text.ts';

describe('Aho-Corasick matcher', () => {
  it('finds every occurrence of every pattern, overlapping and nested ones included', () => {
    const automaton = new AhoCorasick(['新发展理念', '贯彻新发展理念', '发展', '理念']);
    const text = '完整准确全面贯彻新发展理念';
    const found = automaton.findAll(text).map((m) => text.slice(m.start, m.end)).sort();
    expect(found).toEqual(['发展', '新发展理念', '理念', '贯彻新发展理念'].sort());
  });

  it('follows failure links across a partial match (两个维 then 两个维护)', () => {
    const automaton = new AhoCorasick(['两个维护', '个维']);
    const text = '两个两个维护';
    expect(automaton.findAll(text).map((m) => [m.id, m.start, m.end])).toEqual([
      [1, 3, 5],
      [0, 2, 6],
    ]);
  });

  it('reads past skippable characters and reports spans in the original text', () => {
    const automaton = new AhoCorasick(['不忘初心牢记使命'], ['、', '“', '”']);
    const text = '巩固“不忘初心、牢记使命”主题教育成果';
    const [match] = automaton.findAll(text);
    expect(text.slice(match!.start, match!.end)).toBe('不忘初心、牢记使命');
  });

  it('finds nothing in text without any pattern', () => {
    expect(new AhoCorasick(['两个维护']).findAll('今天天气晴朗')).toEqual([]);
    expect(new AhoCorasick(['两个维护']).findAll('')).toEqual([]);
  });
});

describe('matching text', () => {
  it('removes layout white space and makes ASCII punctuation full-width', () => {
    expect(toMatchingText('不敢腐、 不能腐、\u3000不想腐,一体推进:')).toBe('不敢腐、不能腐、不想腐，一体推进：');
  });

  it('pairs straight double quotes into curly ones and reads corner brackets as quotes', () => {
    expect(toMatchingText('做到"两个维护",防止「灯下黑」')).toBe('做到“两个维护”，防止“灯下黑”');
  });

  it('gives one key to spellings that differ only in 、, commas and quotes', () => {
    const key = formulationKey('完整、准确、全面贯彻新发展理念');
    expect(formulationKey('完整准确全面贯彻新发展理念')).toBe(key);
    expect(formulationKey('完整,准确,全面贯彻“新发展理念”')).toBe(key);
  });

  it('tells a span set in quotes from one that is not', () => {
    const text = '做到“两个维护”，两个维护';
    expect(isQuotedSpan(text, 3, 7)).toBe(true);
    expect(isQuotedSpan(text, 9, 13)).toBe(false);
  });
});
