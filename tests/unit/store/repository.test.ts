import { describe, expect, it } from 'vitest';
import { createAnnotation, noteOf, withNote, type Clock } from '../../../src/store/annotations.ts';
import { MemoryStorageArea } from '../../../src/store/memory-storage.ts';
import type { Annotation, PageRecord, Selector } from '../../../src/store/model.ts';
import { AnnotationRepository } from '../../../src/store/repository.ts';
import { WriteQueue } from '../../../src/store/write-queue.ts';

const URL_A = 'https://www.12371.cn/2024/03/01/ARTI1.shtml';
const URL_B = 'https://mp.weixin.qq.com/s?__biz=MzA&mid=1&idx=1&sn=abc';

let counter = 0;
const clock: Clock = {
  now: () => new Date(Date.UTC(2024, 2, 1, 8, 0, counter)),
  uuid: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
};

function annotation(url: string, start: number, note?: string): Annotation {
  const selectors: Selector[] = [
    { type: 'TextQuoteSelector', exact: `引文${start}`, prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start, end: start + 4 },
  ];
  return createAnnotation(note === undefined ? { url, selectors } : { url, selectors, note }, clock);
}

function page(url: string, title: string): PageRecord {
  return {
    schemaVersion: 1,
    url,
    metadata: { title, source: '人民日报', author: null, editor: null, publishedAt: '2024-03-01', siteName: null, publisher: null },
    partyBuilding: true,
    slogans: [{ text: '两个维护', count: 3, kind: 'lexicon' }],
    keyPoints: [],
    firstSavedAt: '2024-03-01T00:00:00.000Z',
    updatedAt: '2024-03-01T00:00:00.000Z',
  };
}

/** Storage whose every operation waits a macrotask, so concurrent callers interleave like two tabs do. */
const slowStorage = () => new MemoryStorageArea({ delay: () => new Promise((r) => setTimeout(r, 0)) });

describe('AnnotationRepository', () => {
  it('stores one record per annotation and per page (with schemaVersion), in one write per save', async () => {
    const storage = new MemoryStorageArea();
    const repo = new AnnotationRepository(storage);
    const a = annotation(`${URL_A}?utm_source=wx#p3`, 30);
    const result = await repo.saveAnnotation(a, page(URL_A, '标题'));
    expect(result.ok).toBe(true);
    expect(storage.writes).toBe(1);
    const all = await storage.get(null);
    expect(Object.keys(all).sort()).toEqual([`anno:${a.id}`, `page:${URL_A}`, `pageIndex:${URL_A}`]);
    expect(all[`pageIndex:${URL_A}`]).toEqual({ schemaVersion: 1, url: URL_A, ids: [a.id] });
    expect(all[`anno:${a.id}`]).toMatchObject({ schemaVersion: 1, target: { source: URL_A } });
  });

  it('lists a page in reading order, by any form of its URL', async () => {
    const repo = new AnnotationRepository(new MemoryStorageArea());
    const later = annotation(URL_A, 500);
    const earlier = annotation(URL_A, 20);
    await repo.saveAnnotation(later);
    await repo.saveAnnotation(earlier);
    await repo.saveAnnotation(annotation(URL_B, 1));
    const listed = await repo.listForPage(`${URL_A}#comments`);
    expect(listed.map((a) => a.id)).toEqual([earlier.id, later.id]);
    expect(await repo.listForPage('https://unknown.cn/')).toEqual([]);
  });

  it('keeps every annotation when two tabs save 100 each at the same time', async () => {
    const storage = slowStorage();
    const repo = new AnnotationRepository(storage);
    const tab1 = Array.from({ length: 100 }, (_, i) => repo.saveAnnotation(annotation(URL_A, i)));
    const tab2 = Array.from({ length: 100 }, (_, i) => repo.saveAnnotation(annotation(URL_A, 1000 + i)));
    const results = await Promise.all([...tab1, ...tab2]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await repo.listForPage(URL_A)).toHaveLength(200);
  });

  it('(why the queue matters) two unserialised writers on the same storage lose index entries', async () => {
    const storage = slowStorage();
    const writers = [new AnnotationRepository(storage, new WriteQueue()), new AnnotationRepository(storage, new WriteQueue())];
    await Promise.all(Array.from({ length: 20 }, (_, i) => writers[i % 2]!.saveAnnotation(annotation(URL_A, i))));
    expect((await writers[0]!.listForPage(URL_A)).length).toBeLessThan(20);
  });

  it('two repositories over the same storage share its queue (highlight and library handlers in one worker)', async () => {
    const storage = slowStorage();
    const writers = [new AnnotationRepository(storage), new AnnotationRepository(storage)];
    await Promise.all(Array.from({ length: 20 }, (_, i) => writers[i % 2]!.saveAnnotation(annotation(URL_A, i))));
    expect(await writers[0]!.listForPage(URL_A)).toHaveLength(20);
  });

  it('loses nothing acknowledged when the service worker restarts (a new repository over the same storage)', async () => {
    const storage = slowStorage();
    const before = new AnnotationRepository(storage);
    const saved = await Promise.all(Array.from({ length: 10 }, (_, i) => before.saveAnnotation(annotation(URL_A, i))));
    const pendingSave = before.saveAnnotation(annotation(URL_A, 99)); // in flight when the worker "stops"
    const after = new AnnotationRepository(storage);
    const listed = (await after.listForPage(URL_A)).map((a) => a.id);
    for (const r of saved) expect(r.ok && listed.includes(r.value.id)).toBe(true);
    await pendingSave;
  });

  it('reports a full quota as a typed error, writes nothing, and keeps working afterwards', async () => {
    const storage = new MemoryStorageArea({ quotaBytes: 4000 });
    const repo = new AnnotationRepository(storage);
    expect((await repo.saveAnnotation(annotation(URL_A, 1), page(URL_A, '标题'))).ok).toBe(true);
    const big = withNote(annotation(URL_A, 2), '长'.repeat(5000));
    const failed = await repo.saveAnnotation(big);
    expect(failed).toMatchObject({ ok: false, error: 'quota' });
    expect(!failed.ok && failed.message).toMatch(/QUOTA/);
    expect(await repo.listForPage(URL_A)).toHaveLength(1);
    expect((await repo.saveAnnotation(annotation(URL_A, 3))).ok).toBe(true);
  });

  it('reports other write failures as write-failed', async () => {
    const storage = new MemoryStorageArea();
    const repo = new AnnotationRepository(storage);
    storage.failNextWrite(new Error('IO error'));
    expect(await repo.saveAnnotation(annotation(URL_A, 1))).toEqual({ ok: false, error: 'write-failed', message: 'IO error' });
    expect(await repo.listForPage(URL_A)).toEqual([]);
  });

  it('updates an annotation, and refuses one that does not exist', async () => {
    const repo = new AnnotationRepository(new MemoryStorageArea());
    const a = annotation(URL_A, 1);
    await repo.saveAnnotation(a);
    const edited = withNote(a, '新的笔记');
    expect((await repo.updateAnnotation(edited)).ok).toBe(true);
    expect(noteOf((await repo.getAnnotation(a.id))!)).toBe('新的笔记');
    expect(await repo.updateAnnotation(annotation(URL_A, 2))).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('deletes with undo: the last annotation takes its page along, and restore brings both back', async () => {
    const storage = new MemoryStorageArea();
    const repo = new AnnotationRepository(storage);
    const first = annotation(URL_A, 1);
    const second = annotation(URL_A, 2);
    await repo.saveAnnotation(first, page(URL_A, '标题'));
    await repo.saveAnnotation(second);
    const pageBefore = await repo.getPage(URL_A);

    const d1 = await repo.deleteAnnotation(first.id);
    expect(d1.ok && d1.value.page).toBeNull();
    expect((await repo.listForPage(URL_A)).map((a) => a.id)).toEqual([second.id]);

    const d2 = await repo.deleteAnnotation(second.id);
    expect(d2.ok && d2.value.page).toEqual(pageBefore);
    expect(await storage.get(null)).toEqual({});
    expect(await repo.deleteAnnotation(second.id)).toMatchObject({ ok: false, error: 'not-found' });

    if (!d2.ok || !d1.ok) throw new Error('unreachable');
    await repo.restore(d2.value);
    await repo.restore(d1.value);
    expect((await repo.listForPage(URL_A)).map((a) => a.id)).toEqual([first.id, second.id]);
    expect((await repo.getPage(URL_A))?.firstSavedAt).toBe(pageBefore?.firstSavedAt);
    expect((await repo.getPage(URL_A))?.metadata.title).toBe('标题');
  });

  it('creates a page record from the snapshot when the page has none, and keeps firstSavedAt on updates', async () => {
    const times = [new Date('2024-03-01T00:00:00Z'), new Date('2024-03-05T00:00:00Z')];
    const repo = new AnnotationRepository(new MemoryStorageArea(), undefined, () => times[0]!);
    const a = createAnnotation(
      { url: URL_B, selectors: [], page: { title: '公众号文章', source: '某公众号', author: null, publishedAt: null } },
      clock,
    );
    await repo.saveAnnotation(a);
    expect((await repo.getPage(URL_B))?.metadata).toMatchObject({ title: '公众号文章', source: '某公众号' });
    const later = new AnnotationRepository(new MemoryStorageArea(), undefined, () => times[1]!);
    await later.upsertPage({ ...page(URL_B, '旧'), firstSavedAt: '2024-03-01T00:00:00.000Z' });
    await later.upsertPage({ ...page(URL_B, '新'), firstSavedAt: '2024-03-05T00:00:00.000Z' });
    expect(await later.getPage(URL_B)).toMatchObject({ firstSavedAt: '2024-03-01T00:00:00.000Z', updatedAt: '2024-03-05T00:00:00.000Z' });
  });

  it('lists pages with their counts and returns everything for export', async () => {
    const repo = new AnnotationRepository(new MemoryStorageArea());
    await repo.saveAnnotation(annotation(URL_A, 1), page(URL_A, 'A'));
    await repo.saveAnnotation(annotation(URL_A, 2));
    await repo.saveAnnotation(annotation(URL_B, 1), page(URL_B, 'B'));
    const pages = await repo.listPages();
    expect(pages.map((p) => [p.page.metadata.title, p.annotationCount]).sort()).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
    const all = await repo.getAll();
    expect(all.annotations).toHaveLength(3);
    expect(all.pages).toHaveLength(2);
  });

  it('reads records of an old schema in the current shape', async () => {
    const storage = new MemoryStorageArea();
    await storage.set({
      'anno:old': { id: 'old', type: 'Annotation', created: 'c', modified: 'm', color: 'blue', target: { source: URL_A, selector: [] } },
      [`pageIndex:${URL_A}`]: { url: URL_A, ids: ['old'] },
    });
    const [old] = await new AnnotationRepository(storage).listForPage(URL_A);
    expect(old).toMatchObject({ schemaVersion: 1, body: [{ purpose: 'highlighting', value: 'blue' }] });
  });
});

describe('AnnotationRepository.importMany', () => {
  it('writes validated records in batches with their page indexes', async () => {
    const storage = new MemoryStorageArea();
    const repo = new AnnotationRepository(storage);
    const existing = annotation(URL_A, 1);
    await repo.saveAnnotation(existing);
    const incoming = [...Array.from({ length: 450 }, (_, i) => annotation(URL_A, 10 + i)), annotation(URL_B, 5)];
    const result = await repo.importMany({ annotations: incoming, pages: [page(URL_A, 'A'), page(URL_B, 'B')] }, 200);
    expect(result).toEqual({ ok: true, value: { annotations: 451, pages: 2, batches: 4, refusedMoves: [] } });
    expect(await repo.listForPage(URL_A)).toHaveLength(451);
    expect(await repo.listForPage(URL_B)).toHaveLength(1);
  });

  it('never moves a stored annotation to another page: that record is refused and reported, the rest written', async () => {
    const repo = new AnnotationRepository(new MemoryStorageArea());
    const a = annotation(URL_A, 1);
    const stored = await repo.saveAnnotation(a);
    const other = annotation(URL_B, 2);
    const result = await repo.importMany({ annotations: [{ ...a, target: { ...a.target, source: URL_B }, modified: '2030-01-01T00:00:00Z' }, other], pages: [] });
    expect(result).toEqual({ ok: true, value: { annotations: 1, pages: 0, batches: 1, refusedMoves: [a.id] } });
    expect(await repo.listForPage(URL_A)).toEqual([stored.ok && stored.value]);
    expect((await repo.listForPage(URL_B)).map((x) => x.id)).toEqual([other.id]);
  });

  it('writes nothing when any record is malformed', async () => {
    const storage = new MemoryStorageArea();
    const repo = new AnnotationRepository(storage);
    const broken = { ...annotation(URL_A, 2), target: { source: '', selector: [] } };
    const result = await repo.importMany({ annotations: [annotation(URL_A, 1), broken], pages: [] });
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    expect(!result.ok && result.message).toContain('annotations[1]: target.source missing');
    expect(await storage.get(null)).toEqual({});
  });

  it('stops at a failed batch and says how much was written', async () => {
    const storage = new MemoryStorageArea({ quotaBytes: 30_000 });
    const repo = new AnnotationRepository(storage);
    const many = Array.from({ length: 200 }, (_, i) => annotation(URL_A, i));
    const result = await repo.importMany({ annotations: many, pages: [] }, 20);
    expect(result).toMatchObject({ ok: false, error: 'quota' });
    const written = (await repo.listForPage(URL_A)).length;
    expect(written % 20).toBe(0);
    expect(!result.ok && result.message).toContain(`written before the failure: ${written} annotations`);
  });
});

describe('AnnotationRepository.deleteMany / restoreMany', () => {
  async function threeOnTwoPages() {
    const storage = new MemoryStorageArea();
    const repo = new AnnotationRepository(storage);
    const a1 = annotation(URL_A, 1, '第一条');
    const a2 = annotation(URL_A, 2);
    const b1 = annotation(URL_B, 1);
    await repo.saveAnnotation(a1, page(URL_A, '甲'));
    await repo.saveAnnotation(a2);
    await repo.saveAnnotation(b1, page(URL_B, '乙'));
    return { storage, repo, a1, a2, b1 };
  }

  it('deletes a batch with one remove and one index write; an emptied page goes with its last annotations', async () => {
    const { storage, repo, a1, a2, b1 } = await threeOnTwoPages();
    const before = await storage.get(null);
    const writesBefore = storage.writes;
    const result = await repo.deleteMany([a1.id, b1.id, 'missing-id', a1.id]);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.map((d) => d.annotation.id)).toEqual([a1.id, b1.id]);
    expect(result.value[0]!.page).toBeNull();
    expect(result.value[1]!.page).toEqual(before[`page:${URL_B}`]);
    expect(storage.writes - writesBefore).toBe(1);
    expect(Object.keys(await storage.get(null)).sort()).toEqual([`anno:${a2.id}`, `page:${URL_A}`, `pageIndex:${URL_A}`]);
    expect((await repo.listForPage(URL_A)).map((a) => a.id)).toEqual([a2.id]);
  });

  it('the removed page record travels once, with the first of its annotations', async () => {
    const { repo, a1, a2 } = await threeOnTwoPages();
    const result = await repo.deleteMany([a2.id, a1.id]);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.map((d) => [d.annotation.id, d.page?.metadata.title ?? null])).toEqual([
      [a2.id, '甲'],
      [a1.id, null],
    ]);
  });

  it('restoreMany puts everything back as it was, in one write, whatever the order', async () => {
    const { storage, repo, a1, a2, b1 } = await threeOnTwoPages();
    const before = await storage.get(null);
    const result = await repo.deleteMany([a1.id, a2.id, b1.id]);
    if (!result.ok) throw new Error(result.message);
    expect(await storage.get(null)).toEqual({});
    const writesBefore = storage.writes;
    const restored = await repo.restoreMany([...result.value].reverse());
    expect(restored.ok).toBe(true);
    expect(storage.writes - writesBefore).toBe(1);
    const after = await storage.get(null);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after[`page:${URL_A}`]).toEqual(before[`page:${URL_A}`]);
    expect(after[`anno:${a1.id}`]).toEqual(before[`anno:${a1.id}`]);
    expect(new Set((await repo.listForPage(URL_A)).map((a) => a.id))).toEqual(new Set([a1.id, a2.id]));
  });

  it('a failed delete removes nothing and says why', async () => {
    const { storage, repo, a1 } = await threeOnTwoPages();
    const before = await storage.get(null);
    storage.failNextWrite();
    expect(await repo.deleteMany([a1.id])).toMatchObject({ ok: false, error: 'write-failed' });
    expect(await storage.get(null)).toEqual(before);
  });

  it('a restore over a full quota is a typed quota error and writes nothing', async () => {
    const { storage, repo, a1 } = await threeOnTwoPages();
    const deleted = await repo.deleteMany([a1.id]);
    if (!deleted.ok) throw new Error(deleted.message);
    const before = await storage.get(null);
    storage.failNextWrite(new Error('QUOTA_BYTES quota exceeded'));
    expect(await repo.restoreMany(deleted.value)).toMatchObject({ ok: false, error: 'quota' });
    expect(await storage.get(null)).toEqual(before);
  });
});
