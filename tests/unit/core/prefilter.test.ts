import { describe, expect, it } from 'vitest';
import { isCandidatePage } from '../../../src/core/prefilter.ts';
import { loadFixture, page } from './fixtures.ts';

describe('isCandidatePage', () => {
  it('accepts Chinese pages by their <title> or description', () => {
    expect(isCandidatePage(loadFixture('people-style.html'))).toBe(true);
    expect(isCandidatePage(page('<p>x</p>', '<title>x</title><meta name="description" content="党建工作动态与理论学习">'))).toBe(true);
  });

  it('accepts a Chinese page whose template says lang="en" and whose title is English', () => {
    const text = '全市各级党组织深入学习贯彻党的二十大精神，推动党建工作高质量发展。'.repeat(3);
    const doc = page(`<p>${text}</p>`, '<title>News</title>');
    doc.documentElement.setAttribute('lang', 'en');
    expect(isCandidatePage(doc)).toBe(true);
  });

  it('rejects English pages and empty documents', () => {
    expect(isCandidatePage(page('<p>The quick brown fox jumps over the lazy dog.</p>', '<title>English news</title>'))).toBe(false);
    expect(isCandidatePage(page(''))).toBe(false);
  });

  it('does not count script text as page text', () => {
    const doc = page('<script>var s = "党建党建党建党建党建党建党建党建党建党建党建党建党建党建党建党建";</script><p>Hello</p>', '<title>App</title>');
    expect(isCandidatePage(doc)).toBe(false);
  });
});
