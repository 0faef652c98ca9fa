import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/store/formats/index.ts';
import type { Library } from '../../../src/store/formats/library.ts';
import {
  annotationIdsOf,
  buildLibraryIndex,
  EMPTY_FILTER,
  isFilterActive,
  libraryFacets,
  libraryOfResult,
  queryLibrary,
  type ArticleSort,
  type LibraryFilter,
} from '../../../src/store/query/index.ts';
import { generateLibrary } from './query-sample-library.ts';
import { annotationOn, pageAt } from './query-test-records.ts';

const people = pageAt('https://www.people.com.cn/n1/2021/0701/c1.html', {
  title: '中国共产党百年奋斗的历史经验',
  publishedAt: '2021-07-01T10:00:00+08:00',
  slogans: [['两个确立', 5], ['全面从严治党', 2]],
});
const wechat = pageAt('https://mp.weixin.qq.com/s?__biz=MzA&mid=1&idx=1&sn=abc', {
  title: '支部书记讲党课：阿拉山口的坚守',
  publishedAt: '2023-03-15',
  partyBuilding: true,
  slogans: [['三会一课', 3]],
});
const culture = pageAt('https://www.gov.cn/xinwen/2024/05/20/c2.htm', {
  title: '博物馆里的春天',
  publishedAt: null,
  partyBuilding: false,
  slogans: [],
});
const library: Library = {
  pages: [people, wechat, culture],
  annotations: [
    annotationOn(people.url, 'p1', { quote: '深刻领悟两个确立的决定性意义', color: 'red', tags: ['重点'], created: '2025-02-10T04:00:00Z', start: 10 }),
    annotationOn(people.url, 'p2', { quote: '勇于自我革命', color: 'yellow', created: '2025-06-01T04:00:00Z', start: 5 }),
    annotationOn(wechat.url, 'w1', { quote: '严格落实三会一课制度', color: 'red', tags: ['党课素材'], created: '2025-03-03T04:00:00Z' }),
    annotationOn(culture.url, 'c1', { quote: '春天的展览', color: 'green', created: '2025-04-04T04:00:00Z' }),
  ],
};
const index = buildLibraryIndex(library);

function run(filter: Partial<LibraryFilter>, sort: ArticleSort = 'saved') {
  const result = queryLibrary(index, { ...EMPTY_FILTER, ...filter }, sort);
  return Object.fromEntries(result.articles.map((m) => [m.article.url, m.annotations.map((a) => a.annotation.id)]));
}

describe('filters', () => {
  it('colour and tag pick passages and drop articles left without any', () => {
    expect(run({ colors: ['red'] })).toEqual({ [people.url]: ['p1'], [wechat.url]: ['w1'] });
    expect(run({ colors: ['red', 'green'], tags: ['党课素材'] })).toEqual({ [wechat.url]: ['w1'] });
  });

  it('site keeps whole articles by host name, www. ignored', () => {
    expect(run({ sites: ['people.com.cn'] })).toEqual({ [people.url]: ['p2', 'p1'] });
    expect(run({ sites: ['mp.weixin.qq.com', 'gov.cn'] })).toEqual({ [wechat.url]: ['w1'], [culture.url]: ['c1'] });
  });

  it('party-building only drops the articles not detected as such', () => {
    expect(Object.keys(run({ partyBuildingOnly: true })).sort()).toEqual([people.url, wechat.url].sort());
  });

  it('published range compares the page\'s own calendar day, inclusive; pages without a date fall outside', () => {
    expect(Object.keys(run({ dateRange: { field: 'published', from: '2021-07-01', to: '2021-07-01' } }))).toEqual([people.url]);
    expect(Object.keys(run({ dateRange: { field: 'published', from: '2022-01-01', to: null } }))).toEqual([wechat.url]);
  });

  it('saved range picks passages by the day they were saved', () => {
    expect(run({ dateRange: { field: 'saved', from: '2025-02-01', to: '2025-03-31' } })).toEqual({ [wechat.url]: ['w1'], [people.url]: ['p1'] });
  });

  it('formulation: passages quoting it, and articles whose key formulations include it even with no such passage', () => {
    expect(run({ formulation: '两个确立' })).toEqual({ [people.url]: ['p1'] });
    expect(run({ formulation: '全面从严治党' })).toEqual({ [people.url]: [] });
    expect(run({ formulation: '三会一课', colors: ['yellow'] })).toEqual({});
  });

  it('criteria combine (AND)', () => {
    expect(run({ query: '三会一课', sites: ['people.com.cn'] })).toEqual({});
    expect(run({ query: '决定性', colors: ['red'], partyBuildingOnly: true })).toEqual({ [people.url]: ['p1'] });
  });

  it('knows when a filter is active', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, query: ' \u3000' })).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, query: '党' })).toBe(true);
    expect(isFilterActive({ ...EMPTY_FILTER, dateRange: { field: 'saved', from: null, to: null } })).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, tags: ['重点'] })).toBe(true);
  });
});

describe('sorting', () => {
  it('by title in Chinese dictionary (pinyin) order', () => {
    // 博 bo < 支 zhi < 中 zhong
    expect(Object.keys(run({}, 'title'))).toEqual([culture.url, wechat.url, people.url]);
  });

  it('by date published, newest first, undated last', () => {
    expect(Object.keys(run({}, 'published'))).toEqual([wechat.url, people.url, culture.url]);
  });

  it('by date saved: the newest passage of each article, newest first', () => {
    expect(Object.keys(run({}, 'saved'))).toEqual([people.url, culture.url, wechat.url]);
  });

  it('passages stay in reading order within an article', () => {
    expect(run({})[people.url]).toEqual(['p2', 'p1']);
  });
});

describe('facets and the current-filter export scope', () => {
  it('offers the tags, sites and colours in use with their counts', () => {
    const facets = libraryFacets(index);
    expect(facets.tags).toEqual([{ value: '党课素材', count: 1 }, { value: '重点', count: 1 }]);
    expect(facets.colors).toEqual([{ value: 'yellow', count: 1 }, { value: 'red', count: 2 }, { value: 'green', count: 1 }]);
    expect(facets.sites.map((s) => s.value).sort()).toEqual(['gov.cn', 'mp.weixin.qq.com', 'people.com.cn']);
    expect(facets.formulations).toEqual([{ value: '两个确立', count: 1 }, { value: '全面从严治党', count: 1 }, { value: '三会一课', count: 1 }].sort((a, b) => new Intl.Collator('zh-CN', { numeric: true }).compare(a.value, b.value)));
  });

  it('exports the listed articles in the order shown, with only the passages shown', () => {
    const result = queryLibrary(index, { ...EMPTY_FILTER, colors: ['red'] }, 'title');
    const scoped = libraryOfResult(result);
    expect(scoped.pages.map((p) => p.url)).toEqual([wechat.url, people.url]);
    expect(annotationIdsOf(result)).toEqual(['w1', 'p1']);
    const csv = exportCsv(scoped, { now: new Date('2026-01-01T00:00:00Z') }).content;
    expect(csv).toContain('严格落实三会一课制度');
    expect(csv).not.toContain('勇于自我革命');
  });
});

describe('filters on a generated library agree with a direct reading of the records', () => {
  const generated = generateLibrary(200, 2000, 3);
  const bigIndex = buildLibraryIndex(generated);
  const pageOf = new Map(generated.pages.map((p) => [p.url, p]));

  it('red passages on people.com.cn saved in May 2025', () => {
    const result = queryLibrary(
      bigIndex,
      { ...EMPTY_FILTER, colors: ['red'], sites: ['people.com.cn'], dateRange: { field: 'saved', from: '2025-05-01', to: '2025-05-31' } },
      'saved',
    );
    const expected = generated.annotations
      .filter((a) => a.body.some((b) => b.purpose === 'highlighting' && b.value === 'red'))
      .filter((a) => new URL(a.target.source).hostname === 'www.people.com.cn')
      .filter((a) => {
        const d = new Date(a.created);
        return d.getFullYear() === 2025 && d.getMonth() === 4;
      })
      .map((a) => a.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(annotationIdsOf(result).sort()).toEqual(expected);
  });

  it('party-building only keeps exactly the detected pages', () => {
    const result = queryLibrary(bigIndex, { ...EMPTY_FILTER, partyBuildingOnly: true }, 'published');
    const expected = generated.pages.filter((p) => p.partyBuilding).map((p) => p.url).sort();
    expect(result.articles.map((m) => m.article.url).sort()).toEqual(expected);
    expect(result.articles.every((m) => pageOf.get(m.article.url)?.partyBuilding)).toBe(true);
  });
});
