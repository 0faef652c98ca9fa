// The same metadata printed the other ways Chinese pages print it (bracketed
// labels, 稿源, the full-width bar, spaced separators), on small pages with
// the hard negatives around them: 来源 and 编辑 in the body's prose, a
// related-links list with its own 来源 lines, a footer with a copyright date.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.ts';
import { page } from './fixtures.ts';

const BODY = [
  '为深入学习贯彻党的二十大精神，某某街道党工委近日组织开展主题党日活动，各支部党员代表参加。',
  '活动中，大家认真学习了相关文件精神。有同志谈到，力量来源：人民群众的实践，这一点必须牢记。',
  '街道负责同志表示，要编辑好学习简报，把学习成果转化为推动工作的实际成效，切实为群众办实事。',
  '与会党员纷纷表示，将以此次活动为契机，立足岗位作贡献，以实际行动践行初心使命，服务基层群众。',
].map((p) => `<p>${p}</p>`).join('');

const RELATED = '<ul class="c9"><li><a href="/a">另一篇报道的标题在这里</a> 来源：其他晚报</li><li><a href="/b">第二篇相关报道的标题</a> 来源：另一家报纸</li></ul>';
const FOOTER = '<div class="c10">Copyright 2019-2024 某某网 版权所有 2019年1月1日</div>';

function article(metaLine: string): Document {
  return page(
    `<div class="c1"><h1>某某街道党工委开展主题党日活动</h1><div class="c2">${metaLine}</div>${BODY}</div>${RELATED}${FOOTER}`,
    '<meta charset="utf-8"><title>某某街道党工委开展主题党日活动_某某网</title>',
  );
}

describe('metadata printed with other label forms and separators', () => {
  it('reads 【来源】 and 【作者】 and a 【发布时间】', () => {
    const m = analyze(article('【来源】光明日报 【作者】张三 【发布时间】2024-05-13 10:20')).metadata;
    expect([m.source, m.author, m.publishedAt?.slice(0, 10)]).toEqual(['光明日报', '张三', '2024-05-13']);
  });

  it('reads 稿源 and items separated by a full-width bar', () => {
    const m = analyze(article('稿源：光明日报 ｜ 文｜张三 ｜ 2024年5月13日')).metadata;
    expect([m.source, m.author, m.publishedAt?.slice(0, 10)]).toEqual(['光明日报', '张三', '2024-05-13']);
  });

  it('ends values at spaced slashes and middle dots', () => {
    const slash = analyze(article('来源：光明日报 / 作者：张三 / 2024/05/13')).metadata;
    expect([slash.source, slash.author, slash.publishedAt?.slice(0, 10)]).toEqual(['光明日报', '张三', '2024-05-13']);
    const dot = analyze(article('来源：光明日报 · 2024.05.13 · 责任编辑：李四')).metadata;
    expect([dot.source, dot.editor, dot.publishedAt?.slice(0, 10)]).toEqual(['光明日报', '李四', '2024-05-13']);
  });

  it('reads 作者 followed only by a space, and takes nothing from prose, related links or the footer', () => {
    const m = analyze(article('2024-05-13 10:20&nbsp;&nbsp;作者 张三')).metadata;
    expect([m.source, m.author, m.editor, m.publishedAt?.slice(0, 10)]).toEqual([null, '张三', null, '2024-05-13']);
  });
});

describe('what templates print around the values', () => {
  const body = BODY + RELATED + FOOTER;

  it('drops the site name a template prints after the source, but keeps a source that is the site', () => {
    const head = '<meta charset="utf-8"><meta property="og:site_name" content="某某网"><title>某某街道党工委开展主题党日活动_某某网</title>';
    const after = page(`<h1>某某街道党工委开展主题党日活动</h1><div>来源：光明日报 <a href="/">某某网</a> 2024-05-13</div>${body}`, head);
    expect(analyze(after).metadata.source).toBe('光明日报');
    const same = page(`<h1>某某街道党工委开展主题党日活动</h1><div>来源：某某网 2024-05-13</div>${body}`, head);
    expect(analyze(same).metadata.source).toBe('某某网');
  });

  it('reads a date after 时间 glued to the publisher, and no event time from the body', () => {
    const glued = page(`<h1>某某街道党工委开展主题党日活动</h1><div>发布者:某某网站时间:2024-05-13 浏览次数:12</div>${body}`);
    expect(analyze(glued).metadata.publishedAt?.slice(0, 10)).toBe('2024-05-13');
    const event = page(`<h1>某某街道党工委开展主题党日活动</h1><p>会议时间：2024年6月1日上午，会议地点：街道二楼会议室，请各支部准时参加。</p>${body}`);
    expect(analyze(event).metadata.publishedAt).toBeNull();
  });

  it('takes a plain line above the body that starts <title> as the headline, not <title> with its unannounced suffix', () => {
    const head = '<meta charset="utf-8"><title>某某街道党工委开展主题党日活动 某某市人民医院</title>';
    const doc = page(`<div>首页</div><div>某某街道党工委开展主题党日活动</div><div>2024-05-13</div>${BODY}`, head);
    expect(analyze(doc).metadata.title).toBe('某某街道党工委开展主题党日活动');
    const column = page(`<div>党建工作</div><div>2024-05-13</div>${BODY}`, '<meta charset="utf-8"><title>党建工作 某某街道党工委开展主题党日活动</title>');
    expect(analyze(column).metadata.title).not.toBe('党建工作');
  });
});

describe('broken or chrome-laden values', () => {
  it('reads the whole headline from <title> when an unescaped quote cut og:title, and keeps a clean og:title over a spaced <title> suffix', () => {
    const cut = '<meta charset="utf-8"><meta property="og:title" content="男孩不想上补习班 写"救命啊"纸团引来警察"><title>男孩不想上补习班 写"救命啊"纸团引来警察_某某新闻</title>';
    expect(analyze(page(`<div>首页</div>${BODY}`, cut)).metadata.title).toBe('男孩不想上补习班 写"救命啊"纸团引来警察');
    const clean = '<meta charset="utf-8"><meta property="og:title" content="某某街道党工委开展主题党日活动"><title>某某街道党工委开展主题党日活动 某某网</title>';
    expect(analyze(page(`<div>首页</div>${BODY}`, clean)).metadata.title).toBe('某某街道党工委开展主题党日活动');
  });

  it('reads 稿源 alone on its line, and drops a button printed after the source', () => {
    const alone = analyze(article('2024-05-13<br>稿源：光明日报')).metadata;
    expect(alone.source).toBe('光明日报');
    const button = analyze(article('2024-05-13 16:28 来源: <a href="/">光明日报</a> <a href="/r">举报</a>')).metadata;
    expect(button.source).toBe('光明日报');
  });
});
