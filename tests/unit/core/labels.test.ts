import { describe, expect, it } from 'vitest';
import { parseLabelLine } from '../../../src/core/metadata/labels.ts';

const fields = (line: string) => parseLabelLine(line)?.entries.map((e) => [e.field, e.value]) ?? null;

describe('parseLabelLine', () => {
  it('reads labels run together with no space between them (VSB/博达 pages)', () => {
    expect(fields('来源:某某日报作者:某某发布时间:2022-11-05')).toEqual([
      ['source', '某某日报'],
      ['author', '某某'],
      ['publishDate', '2022-11-05'],
    ]);
    expect(fields('发布者:bat365中国官方网站发布时间:2021-05-15浏览次数:')).toEqual([
      ['publisher', 'bat365中国官方网站'],
      ['publishDate', '2021-05-15'],
      ['other', ''],
    ]);
  });

  it('accepts full-width and ASCII colons, and the slash-like separators of bylines', () => {
    expect(fields('来源：人民日报')).toEqual([['source', '人民日报']]);
    expect(fields('文丨张三')).toEqual([['author', '张三']]);
    expect(fields('医技药剂党支部、药剂科供稿 摄影/张艳 编辑/苏芳')).toEqual([
      ['photo', '张艳'],
      ['editor', '苏芳'],
    ]);
    expect(fields('作者︱李四')).toEqual([['author', '李四']]);
  });

  it('ends an editor value at the next editorial role', () => {
    expect(fields('编辑：张三 审稿：王五 终审：赵六')).toEqual([
      ['editor', '张三'],
      ['other', '王五'],
      ['other', '赵六'],
    ]);
    expect(fields('本文转自：人民日报')).toEqual([['source', '人民日报']]);
  });

  it('prefers the longest label: 责任编辑 over 编辑, 发布时间 over 时间, 信息来源 over 来源', () => {
    expect(fields('责任编辑：王五')).toEqual([['editor', '王五']]);
    expect(fields('发布日期：2016-11-22 浏览次数： 信息来源：省发改委')).toEqual([
      ['publishDate', '2016-11-22'],
      ['other', ''],
      ['source', '省发改委'],
    ]);
  });

  it('keeps the text before the first label as the prefix (a date on news pages)', () => {
    const parsed = parseLabelLine('2019-09-09 16:19:28　来源: 华龙网');
    expect(parsed?.prefix).toBe('2019-09-09 16:19:28');
    expect(parsed?.entries).toEqual([{ label: '来源', field: 'source', value: '华龙网', rest: '' }]);
  });

  it('keeps unlabelled text after a value as its rest (a date after a bar)', () => {
    expect(parseLabelLine('来源：人民日报 | 2024年05月10日 08:02:11')?.entries[0]).toMatchObject({
      value: '人民日报',
      rest: '2024年05月10日 08:02:11',
    });
  });

  it('ends a value at a bar separator or a line break', () => {
    expect(fields('发布时间：2024年05月05日 | 字体放大')).toEqual([['publishDate', '2024年05月05日']]);
    expect(fields('来源：新华社\n更多精彩')).toEqual([['source', '新华社']]);
  });

  it('reads a label without a colon when it opens a short line', () => {
    expect(fields('素材来源 江苏13个设区市党报及官方发布')).toEqual([['source', '江苏13个设区市党报及官方发布']]);
    expect(fields('本报记者  王乐文  方  敏')).toEqual([['author', '王乐文  方  敏']]);
  });

  it('does not take ordinary words for weak labels glued to a preceding character', () => {
    expect(parseLabelLine('会议时间：2024年3月1日')).toBeNull();
    expect(parseLabelLine('全文：共分三个部分')).toBeNull();
    expect(parseLabelLine('这是一段没有任何标签的正文，讲的是党的建设。')).toBeNull();
  });

  it('leaves an empty value when the page puts it in the next element', () => {
    expect(fields('来源：')).toEqual([['source', '']]);
  });
});

describe('parseLabelLine: the other ways pages print the same labels', () => {
  it('reads 稿源 as a source label', () => {
    expect(fields('稿源：新华社 作者：张三')).toEqual([['source', '新华社'], ['author', '张三']]);
  });

  it('reads labels in square brackets: 【来源】, [责任编辑]', () => {
    expect(fields('【来源】光明日报 【作者】李四')).toEqual([['source', '光明日报'], ['author', '李四']]);
    expect(fields('[责任编辑]王五')).toEqual([['editor', '王五']]);
    expect(parseLabelLine('2024-05-13 【来源】光明日报')?.prefix).toBe('2024-05-13');
  });

  it('takes the full-width bar ｜ as a bar, after a byline label and between items', () => {
    expect(fields('文｜张三')).toEqual([['author', '张三']]);
    expect(fields('来源：光明日报 ｜ 2024-05-13 10:20')).toEqual([['source', '光明日报']]);
    expect(parseLabelLine('来源：光明日报 ｜ 2024-05-13 10:20')?.entries[0]?.rest).toBe('2024-05-13 10:20');
  });

  it('ends a value at a spaced slash or middle dot between items, not at one inside a name', () => {
    expect(parseLabelLine('来源：光明日报 / 2024-05-13')?.entries[0]).toMatchObject({ value: '光明日报', rest: '2024-05-13' });
    expect(parseLabelLine('来源：光明日报 · 2024-05-13')?.entries[0]).toMatchObject({ value: '光明日报', rest: '2024-05-13' });
    expect(fields('来源：中国青年报·中青在线')).toEqual([['source', '中国青年报·中青在线']]);
  });

  it('reads 作者/来源 followed only by a space in the middle of a metadata line', () => {
    expect(fields('出版社：团结出版社   作者 罗某某')).toEqual([['author', '罗某某']]);
    expect(fields('2024-05-13 10:20 来源 光明日报')).toEqual([['source', '光明日报']]);
  });

  it('does not take buttons or prose for spaced labels', () => {
    expect(parseLabelLine('点赞 编辑 删除 举报')).toBeNull();
    expect(parseLabelLine('文化自信来源于 人民群众的伟大实践')).toBeNull();
    expect(parseLabelLine('这是作者 在基层调研时的体会')).toBeNull();
  });
});

describe('parseLabelLine: 时间/日期 glued to the value before them', () => {
  it('reads them as the date label after another label when a date follows', () => {
    expect(fields('发布者:某某网站时间:2021-05-15')).toEqual([['publisher', '某某网站'], ['date', '2021-05-15']]);
  });

  it('does not read an event time or a deadline as a label', () => {
    expect(parseLabelLine('会议时间：2024年5月20日上午9时')).toBeNull();
    expect(parseLabelLine('报名时间：2024年5月1日，截止日期：2024年5月10日')).toBeNull();
    expect(fields('来源：某某网 活动时间为2024年5月')).toEqual([['source', '某某网 活动时间为2024年5月']]);
  });
});

describe('parseLabelLine: bar rows with bylines and colons inside', () => {
  it('keeps a byline label and its bar together inside a bar-separated row', () => {
    expect(fields('发表于2014-08-24 21:30| 1164次阅读| 来源某某社区| 0 条评论| 文｜张三')).toContainEqual(['author', '张三']);
    expect(fields('发表于2014-08-24 21:30| 1164次阅读| 来源某某社区| 0 条评论| 作者丨张三')).toContainEqual(['author', '张三']);
  });

  it('reads a segment with its own colon by the colon grammar', () => {
    expect(fields('发表于2014-08-24 21:30| 1164次阅读| 来源于：某某社区| 0 条评论| 作者张三')).toContainEqual(['source', '某某社区']);
    // A time's colon in a segment ("21:30") is not a label's.
    expect(fields('发表于2014-08-24 21:30| 1164次阅读| 来源某某社区| 0 条评论| 记者 张三')).toEqual([
      ['publishDate', '2014-08-24 21:30'], ['source', '某某社区'], ['author', '张三'],
    ]);
  });
});
