import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.ts';
import { loadFixture, page } from './fixtures.ts';

const metadataOf = (doc: Document) => analyze(doc).metadata;

describe('metadata of real-layout fixtures', () => {
  it('people.cn layout: headline without channel suffix, space-padded byline, source link, 责编, numeric meta author ignored', () => {
    expect(metadataOf(loadFixture('people-style.html'))).toMatchObject({
      title: '推动基层党建工作提质增效（新时代新征程）',
      source: '人民网－人民日报',
      author: '张 华 刘晓明',
      editor: '王小红、陈刚',
      publishedAt: '2024-05-10',
    });
  });

  it('xinhuanet layout: values in the next element, dateline byline, date beside the source', () => {
    expect(metadataOf(loadFixture('xinhuanet-style.html'))).toMatchObject({
      title: '欧洲多国遭遇强降雨天气',
      source: '新华网',
      author: '王立新',
      editor: '周晓明',
      publishedAt: '2019-12-10T07:57:40+08:00',
    });
  });

  it('WeChat article: account name as source, var ct as Beijing time, closing author line', () => {
    expect(metadataOf(loadFixture('wechat-article.html'))).toMatchObject({
      title: '坚持把党的政治建设摆在首位',
      source: '某某市委组织部',
      author: '王明远',
      editor: '李丽',
      publishedAt: '2021-05-15T10:20:00+08:00',
    });
  });

  it('labels run together: the page date (发布时间) wins over the source line date; publisher read', () => {
    expect(metadataOf(loadFixture('labels-run-together.html'))).toMatchObject({
      title: '扎实推进机关党支部标准化规范化建设',
      source: '某某日报',
      author: '刘建国 陈思',
      publishedAt: '2022-11-05',
      publisher: '学院党委办公室',
    });
  });

  it('government 信息公开 table: 发布日期 over 成文日期, issuing organ as source, no author', () => {
    expect(metadataOf(loadFixture('gov-xxgk.html'))).toMatchObject({
      source: '某某省人民政府',
      author: null,
      publishedAt: '2022-10-28',
    });
  });

  it('never takes a "today" widget for the publish date', () => {
    expect(metadataOf(loadFixture('render-date-only.html'))).toMatchObject({
      title: '社区开展垃圾分类宣传活动',
      publishedAt: null,
      source: null,
      author: null,
    });
  });

  it('returns all-null metadata on portal and encyclopedia pages', () => {
    for (const name of ['portal-home.html', 'wiki-page.html']) {
      const m = metadataOf(loadFixture(name));
      expect(Object.values(m).every((v) => v === null)).toBe(true);
    }
  });

  it('keeps only a list page\'s own name from <title> ("党建动态_某某大学党委" gives "党建动态")', () => {
    for (const name of ['list-page.html', 'list-with-summaries.html']) {
      const m = metadataOf(loadFixture(name));
      expect(m.title).toBe('党建动态');
      expect(Object.entries(m).filter(([k]) => k !== 'title').every(([, v]) => v === null)).toBe(true);
    }
  });
});

describe('metadata of more label layouts', () => {
  it('qstheory layout: magazine issue dropped from the source, date after wide gaps', () => {
    expect(metadataOf(loadFixture('qstheory-style.html'))).toMatchObject({
      source: '《求是》', author: '某某某', editor: '张三', publishedAt: '2024-05-16T09:00:00+08:00',
    });
  });

  it('12371 layout: the date after a bar separator is the page date', () => {
    expect(metadataOf(loadFixture('dangyuan-style.html'))).toMatchObject({
      source: '人民日报', editor: '李四', publishedAt: '2024-05-10T08:02:11+08:00', author: null,
    });
  });

  it('gov.cn layout: source before the font-size tool, firstpublishedtime meta', () => {
    expect(metadataOf(loadFixture('govcn-style.html'))).toMatchObject({
      title: '国务院常务会议研究部署相关工作', source: '新华社', editor: '王洋', publishedAt: '2024-05-10T19:00:01+08:00',
    });
  });

  it('university news layout: 作者/来源/发布时间 spans', () => {
    expect(metadataOf(loadFixture('university-style.html'))).toMatchObject({
      title: '学校召开党纪学习教育动员部署会', source: '党委宣传部', author: '王五', publishedAt: '2024-04-26', editor: null,
    });
  });

  it('sina layout: unlabelled source slot; article:author that repeats the source is not an author', () => {
    expect(metadataOf(loadFixture('sina-style.html'))).toMatchObject({
      title: '中央纪委国家监委通报典型问题', source: '中央纪委国家监委网站', author: null, editor: '张玉',
      publishedAt: '2024-05-10T09:37:01+08:00',
    });
  });
});

const PROSE = `<p>会议强调，要深入学习贯彻党的二十大精神，坚持稳中求进工作总基调，推动各项工作落地见效，确保各项任务圆满完成。</p>
  <p>会议要求，各级党组织要切实履行管党治党政治责任，以高质量党建引领保障高质量发展，推动全面从严治党向纵深发展。</p>
  <p>会议指出，要坚持问题导向，聚焦群众急难愁盼，扎实办好民生实事，不断增强人民群众的获得感、幸福感、安全感。</p>`;

describe('metadata rules on small pages', () => {
  it('prefers the on-page headline that is the longest prefix of <title> over a promo h1', () => {
    const doc = page(
      `<h1>全新首页 焕新登场</h1><div class="article-title">某某区召开党建工作会议</div><div class="content">${PROSE}</div>`,
      '<meta charset="utf-8"><title>某某区召开党建工作会议_某某新闻网</title>',
    );
    expect(metadataOf(doc).title).toBe('某某区召开党建工作会议');
  });

  it('cuts the site suffix from <title> when the page has no headline element', () => {
    const doc = page(`<div class="content">${PROSE}</div>`, '<meta charset="utf-8"><title>某某区召开党建工作会议-某某网</title>');
    expect(metadataOf(doc).title).toBe('某某区召开党建工作会议');
  });

  it('ignores a second <title> inside the body', () => {
    const doc = page(
      `<h1>某某区召开党建工作会议</h1><div class="content">${PROSE}</div><svg><title>无标题文档</title></svg>`,
      '<meta charset="utf-8"><title>某某区召开党建工作会议</title>',
    );
    expect(metadataOf(doc).title).toBe('某某区召开党建工作会议');
  });

  it('never gives the editor as author, even from meta author', () => {
    const doc = page(
      `<h1>某某区召开党建工作会议</h1><div class="content">${PROSE}</div><div class="editor">责任编辑：崔宁宁</div>`,
      '<meta charset="utf-8"><title>某某区召开党建工作会议</title><meta name="author" content="青网校园崔宁宁">',
    );
    expect(metadataOf(doc)).toMatchObject({ author: null, editor: '崔宁宁' });
  });

  it('ignores a meta author that is the site itself', () => {
    const doc = page(
      `<h1>某某区召开党建工作会议</h1><div class="content">${PROSE}</div>`,
      '<meta charset="utf-8"><title>某某区召开党建工作会议_网易新闻</title><meta name="author" content="网易">',
    );
    expect(metadataOf(doc).author).toBeNull();
  });

  it('takes a plausible meta author and article:published_time when the page prints none', () => {
    const doc = page(
      `<h1>某某区召开党建工作会议</h1><div class="content">${PROSE}</div>`,
      `<meta charset="utf-8"><title>某某区召开党建工作会议</title><meta name="author" content="张三">
       <meta property="article:published_time" content="2023-05-01T02:00:00Z">`,
    );
    expect(metadataOf(doc)).toMatchObject({ author: '张三', publishedAt: '2023-05-01T10:00:00+08:00' });
  });

  it('reads JSON-LD headline, date and author', () => {
    const doc = page(
      `<div class="content">${PROSE}</div>
       <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"某某区召开党建工作会议",
       "datePublished":"2023-06-01T08:00:00+08:00","author":{"@type":"Person","name":"李四"}}</script>`,
      '<meta charset="utf-8"><title>某某区召开党建工作会议 | 某某网</title>',
    );
    expect(metadataOf(doc)).toMatchObject({ title: '某某区召开党建工作会议', author: '李四', publishedAt: '2023-06-01T08:00:00+08:00' });
  });

  it('finds the headline when <title> puts the site first', () => {
    const doc = page(
      `<h1>某某区召开党建工作会议部署全年任务</h1><div class="content">${PROSE}</div>`,
      '<meta charset="utf-8"><title>某某网_某某区召开党建工作会议部署全年任务</title>',
    );
    expect(metadataOf(doc).title).toBe('某某区召开党建工作会议部署全年任务');
    const noHeadline = page(`<div class="content">${PROSE}</div>`, '<meta charset="utf-8"><title>某某网_某某区召开党建工作会议部署全年任务</title>');
    expect(metadataOf(noHeadline).title).toBe('某某区召开党建工作会议部署全年任务');
  });

  it('does not take a chart caption (数据来源) or a copyright line for the source', () => {
    const doc = page(
      `<h1>某某区召开党建工作会议</h1><div class="content">${PROSE}<p>数据来源：国家统计局</p></div>
       <div class="footer">转载请注明来源：某某网 版权所有</div>`,
      '<meta charset="utf-8"><title>某某区召开党建工作会议</title>',
    );
    expect(metadataOf(doc).source).toBeNull();
  });

  it('falls back to the date in a news URL, and to WeChat createTime', () => {
    const doc = page(`<h1>某某区召开党建工作会议</h1><div class="content">${PROSE}</div>`, '<meta charset="utf-8"><title>某某区召开党建工作会议</title>');
    expect(analyze(doc, 'http://www.example.cn/2024-05/10/c_1130140.htm').metadata.publishedAt).toBe('2024-05-10');
    expect(analyze(doc, 'https://www.example.gov.cn/art/t20230301_4567.html').metadata.publishedAt).toBe('2023-03-01');
    const wechat = page(
      `<h1>某某区召开党建工作会议</h1><span id="js_name">某某发布</span><div id="js_content">${PROSE}</div>
       <script>var createTime = '2024-03-08 18:30';</script>`,
      '<meta charset="utf-8"><title>某某区召开党建工作会议</title>',
    );
    expect(metadataOf(wechat)).toMatchObject({ publishedAt: '2024-03-08T18:30:00+08:00', source: '某某发布' });
  });

  it('takes the first <h1> when the page has no <title> and no meta title', () => {
    const doc = page(`<h1 class="rich_media_title">某某区召开党建工作会议</h1><div class="content">${PROSE}</div>`, '<meta charset="utf-8">');
    expect(metadataOf(doc).title).toBe('某某区召开党建工作会议');
  });

  it('keeps a short headline before a long site name in <title>, and skips a site name placed first', () => {
    const first = page(`<div class="content">${PROSE}</div>`, '<meta charset="utf-8"><title>两会观察 - 某某省人民政府门户网站</title>');
    expect(metadataOf(first).title).toBe('两会观察');
    const siteFirst = page(`<div class="content">${PROSE}</div>`, '<meta charset="utf-8"><title>某某新闻网_两会观察</title>');
    expect(metadataOf(siteFirst).title).toBe('两会观察');
  });

  it('takes a headline-length <h1> when <title> is only the site name', () => {
    const doc = page(`<h1>某某区召开党建工作会议部署全年任务</h1><div class="content">${PROSE}</div>`, '<meta charset="utf-8"><title>某某新闻网</title>');
    expect(metadataOf(doc).title).toBe('某某区召开党建工作会议部署全年任务');
  });

  it('does not take labels from a related-news list after the article', () => {
    const doc = page(
      `<h1>某某区召开党建工作会议</h1><div class="content">${PROSE}</div>
       <div class="related-news"><div class="item"><a href="/1.html">另一篇文章的标题</a><span>作者：张三</span><span>来源：某某日报</span></div></div>`,
      '<meta charset="utf-8"><title>某某区召开党建工作会议</title>',
    );
    expect(metadataOf(doc)).toMatchObject({ author: null, source: null });
  });

  it('reads the editor of record right after the body even in a box named like chrome, and nothing else there', () => {
    const doc = page(
      `<h1>某某区召开党建工作会议</h1><div class="content">${PROSE}<p>编辑/倪某某</p></div>
       <div class="post-statement">责任编辑：李某某_NN1234 来源：某某号</div>`,
      '<meta charset="utf-8"><title>某某区召开党建工作会议</title>',
    );
    expect(metadataOf(doc)).toMatchObject({ editor: '李某某', source: null });
  });

  it('does not read an editor from chrome further after the body', () => {
    const filler = Array.from({ length: 4 }, (_, i) => `<div class="sidebar"><a href="/${i}.html">另一篇文章的标题${i}</a></div>`).join('');
    const doc = page(
      `<h1>某某区召开党建工作会议</h1><div class="content">${PROSE}</div>${filler}<div class="sidebar">责任编辑：李某某</div>`,
      '<meta charset="utf-8"><title>某某区召开党建工作会议</title>',
    );
    expect(metadataOf(doc).editor).toBeNull();
  });

  it('dates a headline inside the body cell by the line next to it, not a clock widget at the top of the cell', () => {
    const doc = page(
      `<table><tr><td>
         <p>2006年12月27日（京港台时间）</p>
         <p>Saturday, September 10th, 2005 &nbsp; 10:56 am</p>
         <p align="center"><font size="5">某某区召开党建工作会议</font></p>
         ${PROSE}
       </td></tr></table>`,
      '<meta charset="utf-8"><title>某某区召开党建工作会议 - 某某博客</title>',
    );
    expect(metadataOf(doc).publishedAt).toBe('2005-09-10T10:56:00+08:00');
  });

  it('reads an unlabelled month-first date line under the headline', () => {
    const doc = page(
      `<h1>某某区召开党建工作会议</h1><div>9/17/2004 5:54:13 PM</div><div class="content">${PROSE}</div>`,
      '<meta charset="utf-8"><title>某某区召开党建工作会议</title>',
    );
    expect(metadataOf(doc).publishedAt).toBe('2004-09-17T17:54:13+08:00');
  });
});
