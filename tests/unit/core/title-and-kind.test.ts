// The headline and page-kind rules of the extraction issue, each on a small
// page written for it: chrome <title>s, run-on metadata, breadcrumb titles,
// short articles under a link-heavy template, archives and search pages.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.ts';
import { page } from './fixtures.ts';

const PROSE = '各地持续推进基层治理创新，社区工作者走访居民，收集意见建议，帮助解决停车难、加装电梯等实际问题，群众满意度明显提升。';
const head = (title: string): string => `<meta charset="utf-8"><title>${title}</title>`;
const nav = Array.from({ length: 30 }, (_, i) => `<li><a href="/c${i}.html">栏目链接第${i}条新闻标题</a></li>`).join('');

describe('titles', () => {
  it('a greeting <title> gives way to the headline cell above the body', () => {
    const doc = page(`<table><tr><td align="center"><b>某地召开基层治理工作推进会</b></td></tr></table><div>${PROSE.repeat(3)}</div>`, head('欢迎访问某某网'));
    expect(analyze(doc).metadata.title).toBe('某地召开基层治理工作推进会');
  });

  it('a headline element that runs on into the account and 发布时间 is cut back to <title>', () => {
    const doc = page(`<div class="title_box"><h2>社区加装电梯惠及千户居民</h2><span>某某账号</span> 发布时间：10-08 12:00</div><div class="article">${PROSE.repeat(3)}</div>`, head('社区加装电梯惠及千户居民'));
    expect(analyze(doc).metadata.title).toBe('社区加装电梯惠及千户居民');
  });

  it('a breadcrumb <title> ends with the headline', () => {
    const doc = page(`<div>${PROSE.repeat(3)}</div>`, head('某某博客 » 社区治理的几点体会'));
    expect(analyze(doc).metadata.title).toBe('社区治理的几点体会');
  });

  it('a dash inside the headline is kept when the page shows the whole headline', () => {
    const doc = page(`<table><tr><td>对比试驾—两款小型车测评</td></tr></table><div>${PROSE.repeat(3)}</div>`, head('对比试驾—两款小型车测评'));
    expect(analyze(doc).metadata.title).toBe('对比试驾—两款小型车测评');
  });

  it('icon-font glyphs and notification counters are not part of a title', () => {
    const doc = page(`<h1>社区治理的几点体会\uE004</h1><div>${PROSE.repeat(3)}</div>`, head('(3 条消息) 社区治理的几点体会_某某网'));
    expect(analyze(doc).metadata.title).toBe('社区治理的几点体会');
  });

  it('a list page keeps its channel name from <title>, a site-name <title> gives none', () => {
    const list = Array.from({ length: 20 }, (_, i) => `<li><a href="/a${i}.html">某地推进基层治理工作之${i}</a><span>2024-05-${10 + (i % 9)}</span></li>`).join('');
    expect(analyze(page(`<ul>${list}</ul>`, head('国内新闻_某某新闻中心'))).metadata.title).toBe('国内新闻');
    expect(analyze(page(`<ul>${list}</ul>`, head('某某新闻网'))).metadata.title).toBeNull();
  });
});

describe('isArticle', () => {
  it('a two-sentence brief under its headline and date is an article, even in a link-heavy template', () => {
    const doc = page(
      `<ul>${nav}</ul><div class="article"><h2>五月贷款市场报价利率保持不变</h2><div class="info">本文来源于某某日报 2024-05-20 09:47:48</div>` +
        `<div class="content"><p>某某日报讯（记者 张三）5月20日，贷款市场报价利率公布，1年期为3.45%，5年期以上为3.95%，均与上月持平，市场人士认为后续仍有下调空间。</p></div></div><ul>${nav}</ul>`,
      head('五月贷款市场报价利率保持不变_经济_某某网'),
    );
    expect(analyze(doc).isArticle).toBe(true);
  });

  it('a blog archive showing several posts, each closed by the same footer, is not an article', () => {
    const posts = Array.from({ length: 4 }, (_, i) =>
      `<div class="post"><h3>随笔之${i}</h3><p>${PROSE.repeat(3)}</p><div class="footer">由某某张贴 @ 2005-06-1${i} 03:25:55 (37${i}) 共 ${i + 1} 篇评论</div></div>`).join('');
    const r = analyze(page(posts, head('某某 | 某某博客')));
    expect(r.isArticle).toBe(false);
    expect(r.metadata.title).toBe('某某');
  });

  it('a page whose <title> names it a search is not an article', () => {
    const doc = page(`<h2><a href="/q1">基层治理</a></h2><div>${PROSE.repeat(4)}</div>`, head('基层治理 - 搜索结果 - 某某问答'));
    expect(analyze(doc).isArticle).toBe(false);
  });
});
