import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.ts';
import { collectTextBlocks } from '../../../src/core/body/index.ts';
import { loadFixture, page } from './fixtures.ts';

describe('analyze', () => {
  it('composes body, metadata, formulations, verdict and summary for an article', () => {
    const result = analyze(loadFixture('wechat-article.html'), 'https://mp.weixin.qq.com/s/abc');
    expect(result.url).toBe('https://mp.weixin.qq.com/s/abc');
    expect(result.isArticle).toBe(true);
    expect(result.summary.paragraphs).toBeGreaterThanOrEqual(5);
    expect(result.summary.charCount).toBeGreaterThan(200);
    expect(result.slogans.map((s) => s.text)).toContain('三会一课');
    expect(result.partyBuilding.detected).toBe(true);
  });

  it('returns the empty analysis, not detected, for a list page', () => {
    const result = analyze(loadFixture('list-page.html'));
    expect(result).toMatchObject({ isArticle: false, slogans: [], partyBuilding: { detected: false } });
    expect(result.summary.keyPoints).toEqual([]);
  });

  it('bails out on non-Chinese pages', () => {
    const result = analyze(page('<article><p>The quick brown fox jumps over the lazy dog. '.repeat(20) + '</p></article>', '<title>Fox</title>'));
    expect(result.isArticle).toBe(false);
    expect(result.url).toBeNull();
  });

  it('stops walking a huge page at the node budget and still answers', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<div class="item"><a href="/n${i}.html">第${i}条新闻标题</a><span>2024-01-01</span></div>`).join('');
    const doc = page(`<div class="list">${rows}</div>`, '<meta charset="utf-8"><title>新闻列表_某某网</title>');
    const scan = collectTextBlocks(doc.body!, 500);
    expect(scan.truncated).toBe(true);
    expect(scan.elementsVisited).toBeLessThanOrEqual(501);
    expect(analyze(doc, undefined, { maxNodes: 500 }).isArticle).toBe(false);
  });

  it('reads the article at the top of a page whose tail exceeds the budget', () => {
    const doc = loadFixture('people-style.html');
    const filler = doc.createElement('div');
    for (let i = 0; i < 2000; i += 1) filler.appendChild(doc.createElement('span')).textContent = '广告';
    doc.body.appendChild(filler);
    const result = analyze(doc, undefined, { maxNodes: 300 });
    expect(result.isArticle).toBe(true);
    expect(result.metadata.title).toBe('推动基层党建工作提质增效（新时代新征程）');
  });
});
