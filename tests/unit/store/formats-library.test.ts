import { describe, expect, it } from 'vitest';
import { exportFilename, localDateStamp } from '../../../src/store/formats/export-file.ts';
import { filterLibrary, groupByPage, pageLibrary } from '../../../src/store/formats/library.ts';
import type { StoredAnnotation } from '../../../src/store/model.ts';
import { EXPORT_NOW, sampleAnnotation, sampleLibrary, samplePage } from './formats-sample-library.ts';

function at(a: StoredAnnotation, start: number | null, created: string): StoredAnnotation {
  const copy = structuredClone(a);
  copy.created = created;
  copy.target.selector = copy.target.selector.filter((s) => s.type !== 'TextPositionSelector');
  if (start !== null) copy.target.selector.push({ type: 'TextPositionSelector', start, end: start + 5 });
  return copy;
}

describe('export file names', () => {
  it('carry the local date', () => {
    expect(localDateStamp(EXPORT_NOW)).toBe('2026-11-24');
    expect(exportFilename('md', EXPORT_NOW)).toBe('党建批注-2026-11-24.md');
  });

  it('take a hint (one page title) without characters file systems refuse', () => {
    expect(exportFilename('html', EXPORT_NOW, '  论"两个确立"/的 <决定性> 意义？ ')).toBe('党建批注-论 两个确立 的 决定性 意义？-2026-11-24.html');
    expect(exportFilename('csv', EXPORT_NOW, '...')).toBe('党建批注-2026-11-24.csv');
    expect(exportFilename('json', EXPORT_NOW, '长'.repeat(100))).toBe(`党建批注-${'长'.repeat(40)}-2026-11-24.json`);
  });
});

describe('groupByPage', () => {
  const [p0, p1] = [samplePage(0), samplePage(1)];

  it('keeps the library page order, then pages only annotations know, each in reading order', () => {
    const orphanUrl = 'https://other.example/only-annotated.html';
    const a = at(sampleAnnotation(0, 1, p0!.url), 500, '2026-01-01T00:00:00Z');
    const b = at(sampleAnnotation(0, 2, p0!.url), 20, '2026-01-03T00:00:00Z');
    const c = at(sampleAnnotation(0, 3, p0!.url), 20, '2026-01-02T00:00:00Z');
    const noPosition = at(sampleAnnotation(0, 4, p0!.url), null, '2025-01-01T00:00:00Z');
    const orphan = at(sampleAnnotation(5, 1, orphanUrl), 0, '2026-01-01T00:00:00Z');
    const groups = groupByPage({ pages: [p1!, p0!], annotations: [orphan, a, noPosition, b, c] });
    expect(groups.map((g) => [g.url, g.page?.url ?? null])).toEqual([
      [p1!.url, p1!.url],
      [p0!.url, p0!.url],
      [orphanUrl, null],
    ]);
    expect(groups[0]!.annotations).toEqual([]);
    expect(groups[1]!.annotations.map((x) => x.id)).toEqual([c.id, b.id, a.id, noPosition.id]);
  });
});

describe('export scopes', () => {
  const library = sampleLibrary(4, 6);

  it('current filter: matching annotations and only the pages they are on', () => {
    const red = filterLibrary(library, (a) => a.body.some((b) => b.purpose === 'highlighting' && b.value === 'red'));
    expect(red.annotations.length).toBeGreaterThan(0);
    expect(red.annotations.every((a) => a.body.some((b) => b.value === 'red'))).toBe(true);
    expect(red.pages.map((p) => p.url).sort()).toEqual([...new Set(red.annotations.map((a) => a.target.source))].sort());
    expect(filterLibrary(library, () => false)).toEqual({ pages: [], annotations: [] });
  });

  it('one page: its record and its annotations', () => {
    const url = library.pages[2]!.url;
    const one = pageLibrary(library, url);
    expect(one.pages).toEqual([library.pages[2]]);
    expect(one.annotations).toHaveLength(6);
    expect(one.annotations.every((a) => a.target.source === url)).toBe(true);
  });
});
