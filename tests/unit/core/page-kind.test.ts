import { describe, expect, it } from 'vitest';
import { collectTextBlocks, findArticleBody } from '../../../src/core/body/index.ts';
import { readPage } from '../../../src/core/metadata/index.ts';
import { classifyPage } from '../../../src/core/page-kind/index.ts';
import { loadFixture, page } from './fixtures.ts';

function verdict(doc: Document) {
  const scan = collectTextBlocks(doc.body!);
  const reading = readPage(doc, scan.landmarks);
  const t = reading.title;
  return classifyPage(findArticleBody(doc, { scan, title: t.title }), scan, {
    hasHeadline: t.element !== null, headline: t.element, documentTitle: t.documentTitle,
  });
}

describe('isArticle', () => {
  it.each(['people-style.html', 'xinhuanet-style.html', 'wechat-article.html', 'gov-xxgk.html', 'labels-run-together.html'])(
    '%s is a single article',
    (name) => {
      expect(verdict(loadFixture(name)).isArticle).toBe(true);
    },
  );

  it('a column list of headlines with dates is not an article', () => {
    expect(verdict(loadFixture('list-page.html')).isArticle).toBe(false);
  });

  it('an encyclopedia entry (edit links, TOC, infobox, revision note) is not an article', () => {
    const v = verdict(loadFixture('wiki-page.html'));
    expect(v).toEqual({ isArticle: false, reason: '百科词条' });
  });

  it('a long report with a table of contents alone is still an article', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>第${i + 1}部分阐述了推进中国式现代化的重大原则，强调坚持和加强党的全面领导，坚持以人民为中心的发展思想。</p>`).join('');
    const doc = page(`<div class="toc"><a href="#1">一</a><a href="#2">二</a></div><div class="report">${paragraphs}</div>`);
    expect(verdict(doc).isArticle).toBe(true);
  });

  it('a page with a headline but only a few words of text is not an article', () => {
    expect(verdict(page('<h1>图片新闻</h1><div class="pic"><img src="a.jpg"><p>图为活动现场。</p></div>')).isArticle).toBe(false);
  });

  it('a column page with a blurb under each headline is a list, not an article', () => {
    expect(verdict(loadFixture('list-with-summaries.html'))).toEqual({ isArticle: false, reason: '列表页', title: '党建动态' });
  });

  it('an article closing with a few related-headline lines is still an article', () => {
    const prose = Array.from({ length: 6 }, (_, i) => `<p>第${i + 1}段：各级党组织坚持以党的政治建设为统领，扎实推进基层党组织标准化规范化建设，取得明显成效。</p>`).join('');
    const related = Array.from({ length: 5 }, (_, i) => `<p><a href="/r${i}.html">相关报道之${i + 1}：某地推进党建引领基层治理</a></p>`).join('');
    expect(verdict(page(`<div class="article">${prose}${related}</div>`)).isArticle).toBe(true);
  });

  it('a home page whose only prose is an introduction box is a portal, not an article', () => {
    expect(verdict(loadFixture('portal-home.html'))).toEqual({ isArticle: false, reason: '门户或首页' });
  });
});
