// The shared plausibility checks and the general extraction rules of issue 9,
// on small pages written for these tests.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyze } from '../../../src/core/index.ts';
import { implausibility } from '../../../src/core/metadata/plausibility.ts';
import { cleanAuthor } from '../../../src/core/metadata/names.ts';
import { parseDateInText } from '../../../src/core/metadata/dates.ts';

const PROSE = '这是一段用于测试的正文，讲述基层工作的开展情况，内容充实，句子完整。'.repeat(4);

function page(header: string, bodyEnd = '', headTags = ''): Document {
  const html = `<html><head><meta charset="utf-8">${headTags}<title>测试标题_某网</title></head><body>
    <div class="nav"><a href="/">首页</a> <a href="/a">新闻</a></div>
    <h1>测试标题</h1>${header}
    <div class="content"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>${bodyEnd}</div>
  </body></html>`;
  return new JSDOM(html).window.document;
}

describe('plausibility checks', () => {
  it('drops markup, URLs, label words and placeholders', () => {
    expect(implausibility('author', 'size="20"')).toBe('含网页标记');
    expect(implausibility('source', 'www.example.cn')).toBe('含网址或邮箱');
    expect(implausibility('author', '作者')).toBe('含标签词');
    for (const placeholder of ['佚名', '网络整理', '转载文章', '互联网', '本站', 'name']) {
      expect(implausibility('source', placeholder), placeholder).toBe('占位词，不是真实名称');
    }
  });

  it('keeps persons to names and sources to outlets', () => {
    expect(implausibility('author', '世界经济研究部部长')).toBe('是职务或头衔，不是姓名');
    expect(implausibility('author', '管不饿关注')).toBe('含网站按钮或欢迎语');
    expect(implausibility('source', '在人间下载客户端独家抢先看')).toBe('含网站按钮或欢迎语');
    expect(implausibility('author', '本刊评论员')).toBeNull();
    expect(implausibility('source', '央视新闻客户端')).toBeNull();
    expect(implausibility('source', '人民群众的实践，这一点必须牢记')).toBe('是句子');
    expect(implausibility('author', '张三，李四')).toBeNull();
    expect(implausibility('author', '作者 张三')).toBe('含标签词');
    expect(implausibility('author', '克里斯蒂娜·莫拉莱斯')).toBeNull();
  });

  it('keeps dates in the years of the Chinese web', () => {
    expect(implausibility('date', '1980-01-01')).not.toBeNull();
    expect(implausibility('date', '2024-05-10')).toBeNull();
  });
});

describe('author cleaning', () => {
  it('takes the name after a job title and drops photo credits and datelines', () => {
    expect(cleanAuthor('某某大学教授 张三')).toBe('张三');
    expect(cleanAuthor('研究部部长、研究员徐占忱')).toBe('徐占忱');
    expect(cleanAuthor('惠禾 摄')).toBeNull();
    expect(cleanAuthor('姚峰 上海报道')).toBe('姚峰');
  });
});

describe('dates as English-locale servers print them', () => {
  it('reads month-first and month-name dates', () => {
    expect(parseDateInText('发布日期： 9/17/2004 5:54:13 AM')).toBe('2004-09-17T05:54:13+08:00');
    expect(parseDateInText('Saturday, September 10th, 2005 10:56 am')).toBe('2005-09-10T10:56:00+08:00');
  });
});

describe('extraction rules on pages written for the test', () => {
  it('skips a placeholder source and takes the end-of-body credit', () => {
    const a = analyze(page('<div class="info">2024-05-10 08:13 来源：转载文章</div>', '<p>转自《某某科技报》</p>'));
    expect(a.metadata.source).toBe('《某某科技报》');
    expect(a.metadata.publishedAt?.slice(0, 10)).toBe('2024-05-10');
  });

  it('takes the outlet beside the header date and a self-media account beside its follow button', () => {
    expect(analyze(page('<div class="meta">2024-05-09 22:30·某某社</div>')).metadata.source).toBe('某某社');
    expect(analyze(page('<div class="name">某某号</div><div class="btn">关注</div><div class="t">2024-05-08 23:23</div>')).metadata.source).toBe('某某号');
  });

  it('reads names signing the dateline or closing the body in brackets', () => {
    const dateline = page('<div class="t">2024-05-20</div>').body.innerHTML.replace(PROSE, `某某社北京5月19日电（刘一、杨二）${PROSE}`);
    expect(analyze(new JSDOM(`<html><head><title>测试标题</title></head><body>${dateline}</body></html>`).window.document).metadata.author).toBe('刘一、杨二');
    const closing = page('<div class="t">2024-05-20</div>', `<p>${PROSE}（姚某 上海报道）</p>`);
    expect(analyze(closing).metadata.author).toBe('姚某');
  });

  it('completes a yearless visible date from a machine timestamp of the same day, and reads nothing else', () => {
    const withMeta = page('<div class="t">发布时间：10-08 12:00</div>', '', '<meta name="dateUpdate" content="2019-10-08 12:00:57">');
    expect(analyze(withMeta).metadata.publishedAt?.slice(0, 10)).toBe('2019-10-08');
    expect(analyze(page('<div class="t">发布时间：10-08 12:00</div>')).metadata.publishedAt).toBeNull();
  });

  it('returns null rather than template markup', () => {
    const a = analyze(page('<div class="info">作者： size="20" 来源： size="20" 发布日期： 7/5/2005 9:23:57 PM</div>'));
    expect(a.metadata.author).toBeNull();
    expect(a.metadata.source).toBeNull();
    expect(a.metadata.publishedAt?.slice(0, 10)).toBe('2005-07-05');
  });
});
