import { describe, expect, it } from 'vitest';
import { quoteWithCitation } from '../../../src/store/formats/quote-citation.ts';

const article = {
  title: '坚持和加强党的全面领导',
  source: '示例日报',
  author: '理论评论员',
  publishedAt: '2024-03-01',
  url: 'https://news.example.cn/theory/2024/leadership.html',
};

describe('quoteWithCitation', () => {
  it('the quote, then title, 来源, 作者 and date as Chinese readers write them, then the URL on its own line', () => {
    expect(quoteWithCitation('深刻领悟“两个确立”的决定性意义', article)).toBe(
      '深刻领悟“两个确立”的决定性意义\n——《坚持和加强党的全面领导》，来源：示例日报，作者：理论评论员，2024年3月1日\nhttps://news.example.cn/theory/2024/leadership.html',
    );
  });

  it('dates a date-time by its Beijing day (a UTC evening is the next morning in Beijing)', () => {
    const text = quoteWithCitation('引文', { ...article, publishedAt: '2024-02-29T18:30:00Z' });
    expect(text.split('\n')[1]).toBe('——《坚持和加强党的全面领导》，来源：示例日报，作者：理论评论员，2024年3月1日');
  });

  it('leaves out what the page lacks, and a title that is only the address', () => {
    const bare = { title: article.url, source: null, author: null, publishedAt: null, url: article.url };
    expect(quoteWithCitation('  引文  ', bare)).toBe(`引文\n${article.url}`);
    expect(quoteWithCitation('引文', { ...bare, author: '张三' })).toBe(`引文\n——作者：张三\n${article.url}`);
  });

  it('keeps every credit on one line and nests a title’s own book-title marks', () => {
    const text = quoteWithCitation('引文', { ...article, title: '学习《党章》\n的体会', source: '示例\n日报' });
    expect(text.split('\n')).toHaveLength(3);
    expect(text).toContain('——《学习〈党章〉 的体会》，来源：示例 日报');
  });
});
