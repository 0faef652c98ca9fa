import { describe, expect, it } from 'vitest';
import { quoteOf } from '../../../src/store/annotations.ts';
import type { Library } from '../../../src/store/formats/library.ts';
import { buildFormulationIndex, buildLibraryIndex, filterFormulations } from '../../../src/store/query/index.ts';
import { generateLibrary } from './query-sample-library.ts';
import { annotationOn, pageAt } from './query-test-records.ts';

describe('formulation index on hand-made pages', () => {
  const a = pageAt('https://www.qstheory.cn/a.htm', { title: '甲文', slogans: [['两个确立', 6], ['全面从严治党', 2]] });
  const b = pageAt('https://www.12371.cn/b.shtml', { title: '乙文', slogans: [['两个确立', 1], ['三会一课', 4]] });
  const c = pageAt('https://www.ccdi.gov.cn/c.html', { title: '丙文', slogans: [['全面从严治党', 9]] });
  const library: Library = {
    pages: [a, b, c],
    annotations: [
      annotationOn(a.url, 'a1', { quote: '深刻领悟两个确立的决定性意义，两个确立是……', start: 1 }),
      annotationOn(a.url, 'a2', { quote: '坚定不移推进全面从严治党', start: 9 }),
      // A passage on a page whose analysis did not list the formulation still leads to it.
      annotationOn(c.url, 'c1', { quote: '“两个确立”是新时代最重要的政治成果' }),
      annotationOn(b.url, 'b1', { quote: '严肃党内政治生活' }),
    ],
  };
  const entries = buildFormulationIndex(buildLibraryIndex(library));
  const entry = (text: string) => entries.find((e) => e.text === text);

  it('counts articles and sums occurrences over pages', () => {
    expect(entry('两个确立')).toMatchObject({ articleCount: 2, occurrences: 7 });
    expect(entry('全面从严治党')).toMatchObject({ articleCount: 2, occurrences: 11 });
    expect(entry('三会一课')).toMatchObject({ articleCount: 1, occurrences: 4 });
  });

  it('orders formulations by articles, then occurrences; articles by their count', () => {
    expect(entries.map((e) => e.text)).toEqual(['全面从严治党', '两个确立', '三会一课']);
    expect(entry('全面从严治党')?.articles.map((x) => x.title)).toEqual(['丙文', '甲文']);
  });

  it('leads to the passages quoting it, each passage once, on any page', () => {
    expect(entry('两个确立')?.passageIds).toEqual(['a1', 'c1']);
    expect(entry('全面从严治党')?.passageIds).toEqual(['a2']);
    expect(entry('三会一课')?.passageIds).toEqual([]);
  });

  it('filters formulations by typed text', () => {
    expect(filterFormulations(entries, '从严').map((e) => e.text)).toEqual(['全面从严治党']);
    expect(filterFormulations(entries, ' ')).toHaveLength(3);
  });
});

describe('formulation index on a generated library (200 pages, 2,000 passages)', () => {
  const library = generateLibrary(200, 2000, 11);
  const entries = buildFormulationIndex(buildLibraryIndex(library));

  it('agrees with a direct count over the page records and quotes', () => {
    const texts = new Set(library.pages.flatMap((p) => p.slogans.map((s) => s.text)));
    expect(entries.map((e) => e.text).sort()).toEqual([...texts].sort());
    for (const e of entries) {
      const pages = library.pages.filter((p) => p.slogans.some((s) => s.text === e.text));
      expect(e.articleCount).toBe(pages.length);
      expect(e.occurrences).toBe(pages.reduce((sum, p) => sum + (p.slogans.find((s) => s.text === e.text)?.count ?? 0), 0));
      const quoting = library.annotations.filter((x) => quoteOf(x).includes(e.text)).map((x) => x.id);
      expect([...e.passageIds].sort()).toEqual(quoting.sort());
    }
  });
});
