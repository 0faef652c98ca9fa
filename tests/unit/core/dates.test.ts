import { describe, expect, it } from 'vitest';
import { formatBeijing, isRenderDateWidget, parseDateInText, parseMachineDate, stripDate } from '../../../src/core/metadata/dates.ts';

describe('parseDateInText', () => {
  it.each([
    ['2021年5月15日', '2021-05-15'],
    ['2021-05-15 10:20', '2021-05-15T10:20:00+08:00'],
    ['2021.05.15', '2021-05-15'],
    ['2021/5/15', '2021-05-15'],
    ['新华网河北频道 ( 2012-06-04 09:20:26 )', '2012-06-04T09:20:26+08:00'],
    ['2024年05月10日06:58 | 来源：', '2024-05-10T06:58:00+08:00'],
    ['时间：2019年10月31日 23:00  浏览：', '2019-10-31T23:00:00+08:00'],
  ])('reads %s', (text, iso) => {
    expect(parseDateInText(text)).toBe(iso);
  });

  it('rejects impossible dates and text without a year', () => {
    expect(parseDateInText('2021-13-40')).toBeNull();
    expect(parseDateInText('1-10月德清县固定资产投资')).toBeNull();
    expect(parseDateInText('被控受贿超5.26亿')).toBeNull();
  });

  it('checks the day against the real calendar', () => {
    expect(parseDateInText('2021-02-30')).toBeNull();
    expect(parseDateInText('2021年2月29日')).toBeNull();
    expect(parseDateInText('2023/4/31')).toBeNull();
    expect(parseDateInText('2100-02-29')).toBeNull(); // a century year is a leap year only when divisible by 400
    expect(parseDateInText('2024年2月29日')).toBe('2024-02-29');
    expect(parseDateInText('2000-02-29')).toBe('2000-02-29');
    expect(parseDateInText('2023-04-30')).toBe('2023-04-30');
    expect(parseDateInText('2023.12.31')).toBe('2023-12-31');
    // A machine date goes through the same check.
    expect(parseMachineDate('2021-06-31 10:00:00')).toBeNull();
  });
});

describe('machine dates', () => {
  it('converts zoned ISO strings to Beijing time', () => {
    expect(parseMachineDate('2019-09-09T16:19:28+08:00')).toBe('2019-09-09T16:19:28+08:00');
    expect(parseMachineDate('2017-04-01T13:06:59Z')).toBe('2017-04-01T21:06:59+08:00');
    expect(parseMachineDate('2023-12-31T20:00:00Z')).toBe('2024-01-01T04:00:00+08:00');
  });

  it('reads Unix seconds (WeChat var ct) as Beijing time', () => {
    expect(parseMachineDate('1621045200')).toBe('2021-05-15T10:20:00+08:00');
    expect(formatBeijing(0)).toBe('1970-01-01T08:00:00+08:00');
  });

  it('reads the CMS forms of PubDate/publishdate', () => {
    expect(parseMachineDate('2016-11-22 09:53')).toBe('2016-11-22T09:53:00+08:00');
    expect(parseMachineDate('2024-05-10')).toBe('2024-05-10');
  });
});

describe('helpers', () => {
  it('recognises a render-date widget by its weekday', () => {
    expect(isRenderDateWidget('2024年4月28日 星期日')).toBe(true);
    expect(isRenderDateWidget('发布时间：2024年4月28日')).toBe(false);
  });

  it('strips a publication date from a source value', () => {
    expect(stripDate('《旗帜》 2021-04-23')).toBe('《旗帜》');
    expect(stripDate('人民日报')).toBe('人民日报');
  });
});
