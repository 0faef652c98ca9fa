// Properties of the importer over generated libraries (fast-check):
// export then import gives the library back; a malformed file changes no
// stored data; a record that would move a stored annotation to another page
// is refused alone, never taking the rest of the file with it; a file's
// newer versions of stored annotations are written only when accepted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/store/formats/index.ts';
import type { Library } from '../../../src/store/formats/library.ts';
import { acceptChanges, planMerge } from '../../../src/store/import/index.ts';
import type { StoredAnnotation } from '../../../src/store/model.ts';
import { EXPORT_NOW, sampleLibrary } from './formats-sample-library.ts';
import { importInto, memoryStore } from './import-test-store.ts';
import { issuesText, issueText } from './import-issue-text.ts';

const libraryShape = fc.record({ pages: fc.integer({ min: 1, max: 4 }), perPage: fc.integer({ min: 1, max: 6 }) });

/** A sample library whose notes are arbitrary text (the generator's strings, non-empty). */
const libraries = fc
  .tuple(libraryShape, fc.array(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ''), { minLength: 1, maxLength: 8 }))
  .map(([shape, notes]): Library => {
    const library = sampleLibrary(shape.pages, shape.perPage);
    library.annotations.forEach((annotation, i) => {
      const note = notes[i % notes.length]!;
      annotation.body = annotation.body.map((body) => (body.purpose === 'commenting' ? { ...body, value: note } : body));
    });
    return library;
  });

const byId = (annotations: Iterable<StoredAnnotation>) => [...annotations].sort((a, b) => a.id.localeCompare(b.id));

describe('import properties', () => {
  it('import(export(x)) gives x back, and importing it again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(libraries, async (library) => {
        const store = memoryStore({ pages: [], annotations: [] });
        const file = exportJson(library, { now: EXPORT_NOW }).content;
        const { plan } = await importInto(store, file);
        expect(plan?.summary.added).toBe(library.annotations.length);
        expect(byId(store.annotations.values())).toEqual(byId(library.annotations));
        expect([...store.pages.keys()].sort()).toEqual(library.pages.map((p) => p.url).sort());
        const again = await importInto(store, file);
        expect(again.plan?.toWrite).toEqual({ annotations: [], pages: [] });
        expect(again.plan?.changes).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('a file with one malformed record changes no stored data', async () => {
    const breakages: ((record: Record<string, unknown>) => void)[] = [
      (r) => void (r.id = 42),
      (r) => void ((r.target as Record<string, unknown>).source = 'javascript:alert(1)'),
      (r) => void delete r.target,
      (r) => void (r.modified = '昨天'),
      (r) => void (r.body = 'not a list'),
    ];
    await fc.assert(
      fc.asyncProperty(libraries, fc.nat(), fc.integer({ min: 0, max: breakages.length - 1 }), async (library, at, how) => {
        const existing = sampleLibrary(1, 2);
        const store = memoryStore(existing);
        const before = structuredClone(store);
        const doc = JSON.parse(exportJson(library, { now: EXPORT_NOW }).content) as { first: { items: Record<string, unknown>[] } };
        breakages[how]!(doc.first.items[at % doc.first.items.length]!);
        const { result, plan } = await importInto(store, JSON.stringify(doc));
        expect(result.ok).toBe(false);
        expect(plan).toBeNull();
        expect(store).toStrictEqual(before);
      }),
      { numRuns: 40 },
    );
  });

  it('a record whose id is stored on another page is refused alone, with where it is; every other record is written', async () => {
    await fc.assert(
      fc.asyncProperty(libraries, fc.nat(), async (library, pick) => {
        // The reader has one annotation of the library; the file has all of them, that one on another page.
        const index = pick % library.annotations.length;
        const mine = library.annotations[index]!;
        const store = memoryStore({ pages: [], annotations: [mine] });
        const file = structuredClone(library);
        file.annotations[index] = { ...mine, target: { ...mine.target, source: 'https://elsewhere.example.cn/other.html' } };
        const { plan } = await importInto(store, exportJson(file, { now: EXPORT_NOW }).content);
        expect(plan?.summary).toMatchObject({ added: library.annotations.length - 1, refused: 1 });
        expect(plan?.refused).toHaveLength(1);
        expect(plan?.refused[0]?.problem.id).toBe('MovedAcrossPages');
        expect(issueText(plan?.refused[0])).toMatch(/^第 \d+ 条标注：target\.source 与库中同一 id 的标注不在同一页面/);
        expect(store.annotations.get(mine.id)).toEqual(mine);
        expect(byId(store.annotations.values())).toEqual(byId(library.annotations));
        expect(store.pages.has('https://elsewhere.example.cn/other.html')).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('newer, different versions of stored annotations are written only when the reader accepts them', () => {
    fc.assert(
      fc.property(libraries, fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), (library, choices) => {
        const store = memoryStore(library);
        const edited = library.annotations.map((a) => ({ ...a, modified: '2030-01-01T00:00:00.000Z', body: a.body.filter((b) => b.purpose !== 'tagging') }));
        const changed = edited.filter((a, i) => JSON.stringify(a.body) !== JSON.stringify(library.annotations[i]!.body));
        const plan = planMerge(store, { annotations: edited, pages: [] });
        expect(plan.changes.map((c) => c.incoming)).toEqual(changed);
        expect(plan.toWrite.annotations).toEqual([]);
        const accepted = new Set(changed.filter((_, i) => choices[i % choices.length]).map((a) => a.id));
        const chosen = acceptChanges(plan, accepted);
        expect(chosen.toWrite.annotations.map((a) => a.id).sort()).toEqual([...accepted].sort());
        expect(chosen.summary).toMatchObject({ updated: accepted.size, kept: changed.length - accepted.size });
      }),
      { numRuns: 30 },
    );
  });
});
