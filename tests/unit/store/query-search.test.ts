import { describe, expect, it } from 'vitest';
import { noteOf, quoteOf, tagsOf } from '../../../src/store/annotations.ts';
import type { Library } from '../../../src/store/formats/library.ts';
import type { StoredAnnotation } from '../../../src/store/model.ts';
import {
  buildLibraryIndex,
  EMPTY_FILTER,
  normalizeForSearch,
  parseSearchTerms,
  queryLibrary,
  type QueryResult,
} from '../../../src/store/query/index.ts';
import { generateLibrary } from './query-sample-library.ts';
import { annotationOn, pageAt } from './query-test-records.ts';

const ids = (result: QueryResult): string[] => result.articles.flatMap((m) => m.annotations.map((a) => a.annotation.id)).sort();

/** The reference: what a reader means by "contains", written the slow obvious way. */
function bruteForce(library: Library, query: string): string[] {
  const terms = query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
  const pages = new Map(library.pages.map((p) => [p.url, p]));
  return library.annotations
    .filter((a) => {
      const page = pages.get(a.target.source);
      const fields = [quoteOf(a), noteOf(a), ...tagsOf(a), page?.metadata.title, page?.metadata.source, page?.metadata.author];
      const normalized = fields.map((f) => (f ?? '').normalize('NFKC').toLowerCase());
      return terms.every((term) => normalized.some((f) => f.includes(term)));
    })
    .map((a) => a.id)
    .sort();
}

describe('search terms', () => {
  it('split on ASCII and ideographic spaces, fold full-width and case', () => {
    expect(parseSearchTerms('  两个确立\u3000ＡＩ  赋能 两个确立 ')).toEqual(['两个确立', 'ai', '赋能']);
    expect(normalizeForSearch('２０２４年ＣＰＣ')).toBe('2024年cpc');
    expect(parseSearchTerms(' \u3000 ')).toEqual([]);
  });
});

describe('search over a generated library (1,000 annotations on 100 pages)', () => {
  const library = generateLibrary(100, 1000, 7);
  const index = buildLibraryIndex(library);
  const search = (query: string) => queryLibrary(index, { ...EMPTY_FILTER, query }, 'saved');

  it.each(['钉钉子精神', '两个确立', '两个确立 三会一课', '党课素材', '旗帜', '王建国', '坚持 政治执行力 重点', '（42）'])(
    'finds exactly the passages containing every term of %s',
    (query) => {
      const expected = bruteForce(library, query);
      expect(expected.length).toBeGreaterThan(0);
      expect(ids(search(query))).toEqual(expected);
    },
  );

  it('finds nothing for a term no field contains', () => {
    expect(search('乡村振兴战略').articles).toEqual([]);
  });

  it('an empty query lists every article and every passage', () => {
    const result = search('   ');
    expect(result.articles).toHaveLength(100);
    expect(result.annotationCount).toBe(1000);
  });
});

describe('search on hand-made records', () => {
  const page = pageAt('https://www.12371.cn/2024/03/01/ARTI1.shtml', { title: '推进党的自我革命', source: '共产党员网' });
  const library: Library = {
    pages: [page],
    annotations: [
      annotationOn(page.url, 'a', { quote: '坚持全面从严治', note: '党要管党' }),
      annotationOn(page.url, 'b', { quote: '推动ＡＩ赋能基层党建', tags: ['数字党建'] }),
      annotationOn(page.url, 'c', { quote: '以党的政治建设为统领', note: '' }),
    ],
  };
  const index = buildLibraryIndex(library);
  const search = (query: string) => ids(queryLibrary(index, { ...EMPTY_FILTER, query }, 'saved'));

  it('does not match across the end of one field and the start of the next', () => {
    expect(search('治党')).toEqual([]);
    expect(search('从严治')).toEqual(['a']);
  });

  it('matches full-width Latin against ASCII and ignores case', () => {
    expect(search('ai赋能')).toEqual(['b']);
    expect(search('Ａｉ')).toEqual(['b']);
  });

  it('searches notes, tags and the article title and source', () => {
    expect(search('管党')).toEqual(['a']);
    expect(search('数字党建')).toEqual(['b']);
    expect(search('自我革命')).toEqual(['a', 'b', 'c']);
    expect(search('共产党员网 政治建设')).toEqual(['c']);
  });
});

describe('articles without passages', () => {
  const kept = pageAt('https://www.qstheory.cn/2023/a.htm', { title: '论中国式现代化', author: '李红梅' });
  const library: Library = { pages: [kept], annotations: [] as StoredAnnotation[] };
  const index = buildLibraryIndex(library);

  it('are found by their title or author', () => {
    expect(queryLibrary(index, { ...EMPTY_FILTER, query: '李红梅' }, 'saved').articles.map((m) => m.article.url)).toEqual([kept.url]);
    expect(queryLibrary(index, { ...EMPTY_FILTER, query: '乡村' }, 'saved').articles).toEqual([]);
  });

  it('are left out by a colour or tag filter, which only passages have', () => {
    expect(queryLibrary(index, { ...EMPTY_FILTER, colors: ['red'] }, 'saved').articles).toEqual([]);
  });
});
