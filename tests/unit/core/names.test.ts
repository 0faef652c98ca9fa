import { describe, expect, it } from 'vitest';
import { cleanAuthor, cleanEditor, cleanOrganisation } from '../../../src/core/metadata/names.ts';

describe('cleanAuthor', () => {
  it('drops role words and keeps the names', () => {
    expect(cleanAuthor('总台央视记者 奚丹霓 张赛')).toBe('奚丹霓 张赛');
    expect(cleanAuthor('记者王敬照')).toBe('王敬照');
    expect(cleanAuthor('职工通讯员 李琴雯 刘会')).toBe('李琴雯 刘会');
    expect(cleanAuthor('记者 张三 通讯员 李四')).toBe('张三 李四');
  });

  it('keeps a byline that is only a role ("本刊评论员")', () => {
    expect(cleanAuthor('本刊评论员')).toBe('本刊评论员');
    expect(cleanAuthor('经济日报评论员')).toBe('经济日报评论员');
  });

  it('cuts the unit after a comma', () => {
    expect(cleanAuthor('王明远，某某市委组织部')).toBe('王明远');
  });

  it('rejects numeric ids, dates and sentences', () => {
    expect(cleanAuthor('105464')).toBeNull();
    expect(cleanAuthor('2023-12-01 14:43')).toBeNull();
    expect(cleanAuthor('这是一个句子。')).toBeNull();
    expect(cleanAuthor('')).toBeNull();
  });
});

describe('cleanEditor', () => {
  it('removes staff codes and brackets', () => {
    expect(cleanEditor('罗崇纬_NB12082')).toBe('罗崇纬');
    expect(cleanEditor('胡永秋、杨光宇)')).toBe('胡永秋、杨光宇');
  });

  it('rejects values that are not a few short names', () => {
    expect(cleanEditor('')).toBeNull();
    expect(cleanEditor('返回搜狐查看更多内容的链接')).toBeNull();
  });
});

describe('cleanOrganisation', () => {
  it('allows digits in organisation names but not ids', () => {
    expect(cleanOrganisation('bat365中国官方网站')).toBe('bat365中国官方网站');
    expect(cleanOrganisation('江苏13个设区市党报及官方发布')).toBe('江苏13个设区市党报及官方发布');
    expect(cleanOrganisation('来源：人民日报')).toBe('人民日报');
    expect(cleanOrganisation('1234567')).toBeNull();
  });
});
