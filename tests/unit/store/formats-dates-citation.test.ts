import { describe, expect, it } from 'vitest';
import { citationOf } from '../../../src/store/formats/citation.ts';
import { libraryFilename } from '../../../src/store/formats/export-file.ts';
import { chineseDate, chineseDateTime, isoDay, numericDateTime } from '../../../src/store/formats/reader-dates.ts';
import { groupByPage } from '../../../src/store/formats/library.ts';
import { filterWordsOf } from '../../../src/store/query/filter-words.ts';
import { EMPTY_FILTER } from '../../../src/store/query/filters.ts';
import { EXPORT_NOW, sampleAnnotation, samplePage } from './formats-sample-library.ts';

describe('dates as readers write them (Beijing time)', () => {
  it('writes a bare date as it is and a date-time in Beijing time', () => {
    expect(chineseDate('2020-01-03')).toBe('2020年1月3日');
    expect(chineseDateTime('2020-01-03')).toBe('2020年1月3日');
    expect(chineseDateTime('2020-01-03T18:13:00+08:00')).toBe('2020年1月3日 18:13');
    // 20:30 UTC is 04:30 the next morning in Beijing.
    expect(chineseDateTime('2020-01-03T20:30:00Z')).toBe('2020年1月4日 04:30');
    expect(numericDateTime('2020-12-31T16:30:00.000Z')).toBe('2021-01-01 00:30');
    expect(numericDateTime('2020-01-03T18:13')).toBe('2020-01-03 18:13');
    expect(isoDay('2020-01-03T20:30:00Z')).toBe('2020-01-04');
  });

  it('leaves text that is not a date as it is', () => {
    expect(chineseDate('去年春天')).toBe('去年春天');
    expect(numericDateTime('')).toBe('');
    expect(isoDay('2020-13-40')).toBeNull();
  });
});

describe('GB/T 7714 reference line', () => {
  it('cites author, title [EB/OL], source, publication and access dates, URL', () => {
    const page = samplePage(1);
    page.metadata.author = '张三';
    page.metadata.publishedAt = '2022-07-01T10:20:00+08:00';
    page.firstSavedAt = '2026-01-01T17:00:00Z'; // 2 January in Beijing
    const [group] = groupByPage({ pages: [page], annotations: [] });
    expect(citationOf(group!, EXPORT_NOW)).toBe(`张三. 以党的自我革命引领社会革命（第 2 篇）[EB/OL]. 人民网-理论频道, 2022-07-01[2026-01-02]. ${page.url}.`);
  });

  it('leaves out what the page lacks', () => {
    const page = samplePage(3);
    page.metadata.author = null;
    page.metadata.source = null;
    page.metadata.publishedAt = null;
    const [group] = groupByPage({ pages: [page], annotations: [] });
    expect(citationOf(group!, EXPORT_NOW)).toBe(`以党的自我革命引领社会革命（第 4 篇）[EB/OL]. [2026-01-04]. ${page.url}.`);
  });
});

describe('library export names', () => {
  const page = samplePage(0);
  const annotations = [0, 1, 2].map((n) => sampleAnnotation(0, n, page.url));
  annotations[0]!.created = '2026-02-01T01:00:00Z';
  annotations[1]!.created = '2026-03-05T20:00:00Z'; // 6 March in Beijing
  annotations[2]!.created = '2026-02-10T08:00:00+08:00';

  it('names a library export by the days its passages were saved', () => {
    expect(libraryFilename('docx', { pages: [page], annotations }, EXPORT_NOW)).toBe('党建批注-2026-02-01至2026-03-06.docx');
    expect(libraryFilename('md', { pages: [], annotations: [] }, EXPORT_NOW)).toBe('党建批注-2026-11-24.md');
  });

  it('says which filter a filtered export holds', () => {
    const words = filterWordsOf({ ...EMPTY_FILTER, query: '钉钉子精神', colors: ['red'], tags: ['主题教育'], dateRange: { field: 'saved', from: '2026-02-01', to: null } });
    expect(words).toEqual(['钉钉子精神', '红色', '主题教育', '保存2026-02-01至']);
    expect(libraryFilename('csv', { pages: [page], annotations: annotations.slice(0, 1) }, EXPORT_NOW, words)).toBe('党建批注-筛选 钉钉子精神 红色 主题教育 保存2026-02-01至-2026-02-01.csv');
  });
});
