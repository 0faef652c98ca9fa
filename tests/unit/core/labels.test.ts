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
