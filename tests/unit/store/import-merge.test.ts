import { describe, expect, it } from 'vitest';
import { acceptChanges, mergePageRecords, planMerge, validateImportFile } from '../../../src/store/import/index.ts';
import type { PageRecord, StoredAnnotation } from '../../../src/store/model.ts';
import { sampleAnnotation, samplePage } from './formats-sample-library.ts';
import { importInto, memoryStore, noPause } from './import-test-store.ts';
import { issuesText, issueText } from './import-issue-text.ts';

function withModified(a: StoredAnnotation, modified: string, note?: string): StoredAnnotation {
  const copy = structuredClone(a);
  copy.modified = modified;
  if (note !== undefined) copy.body = [{ type: 'TextualBody', purpose: 'commenting', value: note }];
  return copy;
}

describe('merge planning: annotations', () => {
  const page = samplePage(0);
  const [a, b, c] = [0, 1, 2].map((n) => withModified(sampleAnnotation(0, n, page.url), '2026-03-01T10:00:00Z'));

  it('adds new ids, holds a newer different copy for the reader to choose, skips when it is older or the same age', () => {
    const existing = memoryStore({ pages: [page], annotations: [a!, b!, c!] });
    const newer = withModified(a!, '2026-03-02T00:00:00Z', '更新后的批注');
    const older = withModified(b!, '2026-02-01T00:00:00Z', '旧批注');
    const sameAge = withModified(c!, '2026-03-01T10:00:00Z', '同时修改的另一版本');
    const fresh = withModified(sampleAnnotation(0, 9, page.url), '2026-03-05T00:00:00Z');
    const plan = planMerge(existing, { annotations: [newer, older, sameAge, fresh], pages: [] });
    expect(plan.summary).toEqual({ added: 1, updated: 0, skipped: 2, kept: 0, refused: 0 });
    expect(plan.toWrite.annotations).toEqual([fresh]);
    expect(plan.changes).toEqual([{ stored: a, incoming: newer }]);
    // The reader accepts it: then, and only then, it is written.
    const accepted = acceptChanges(plan, new Set([a!.id]));
    expect(accepted.summary).toEqual({ added: 1, updated: 1, skipped: 2, kept: 0, refused: 0 });
    expect(accepted.toWrite.annotations).toEqual([fresh, newer]);
    // The reader keeps theirs.
    const kept = acceptChanges(plan, new Set());
    expect(kept.summary).toEqual({ added: 1, updated: 0, skipped: 2, kept: 1, refused: 0 });
    expect(kept.toWrite.annotations).toEqual([fresh]);
  });

  it('compares instants, not strings: 10:00+08:00 is earlier than 03:00Z', () => {
    const stored = withModified(a!, '2026-03-01T03:00:00Z');
    const incoming = withModified(a!, '2026-03-01T10:00:00+08:00', '东八区 10 点 = UTC 2 点，更早');
    const plan = planMerge(memoryStore({ pages: [page], annotations: [stored] }), { annotations: [incoming], pages: [] });
    expect(plan.summary).toEqual({ added: 0, updated: 0, skipped: 1, kept: 0, refused: 0 });
    expect(plan.changes).toEqual([]);
  });

  it('does not touch the existing records it is given', () => {
    const existing = memoryStore({ pages: [page], annotations: [a!] });
    const before = structuredClone(existing);
    planMerge(existing, { annotations: [withModified(a!, '2027-01-01T00:00:00Z', 'x')], pages: [samplePage(1)] });
    expect(existing).toStrictEqual(before);
  });
});

describe('merge planning: pages', () => {
  const stored: PageRecord = {
    ...samplePage(0),
    metadata: { ...samplePage(0).metadata, author: '原作者', editor: null },
    firstSavedAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-10T00:00:00Z',
  };

  it('takes each field from the newer record, keeping what the newer one lacks', () => {
    const incoming: PageRecord = {
      ...stored,
      metadata: { ...stored.metadata, title: '新标题', author: null, editor: '新编辑' },
      partyBuilding: !stored.partyBuilding,
      slogans: [],
      keyPoints: ['新要点'],
      firstSavedAt: '2025-12-01T00:00:00Z',
      updatedAt: '2026-02-01T00:00:00Z',
    };
    const merged = mergePageRecords(stored, incoming);
    expect(merged.metadata.title).toBe('新标题');
    expect(merged.metadata.author).toBe('原作者');
    expect(merged.metadata.editor).toBe('新编辑');
    expect(merged.partyBuilding).toBe(incoming.partyBuilding);
    expect(merged.slogans).toEqual(stored.slogans);
    expect(merged.keyPoints).toEqual(['新要点']);
    expect(merged.firstSavedAt).toBe('2025-12-01T00:00:00Z');
    expect(merged.updatedAt).toBe('2026-02-01T00:00:00Z');
  });

  it('keeps the stored record when the incoming one is older, only filling its gaps', () => {
    const incoming: PageRecord = { ...stored, metadata: { ...stored.metadata, title: '旧标题', editor: '补上的编辑' }, updatedAt: '2025-06-01T00:00:00Z' };
    const merged = mergePageRecords(stored, incoming);
    expect(merged.metadata.title).toBe(stored.metadata.title);
    expect(merged.metadata.editor).toBe('补上的编辑');
  });

  it('counts pages added, updated and skipped', () => {
    const existing = memoryStore({ pages: [stored, samplePage(1)], annotations: [] });
    const plan = planMerge(existing, {
      annotations: [],
      pages: [{ ...stored, keyPoints: ['新'], updatedAt: '2026-05-01T00:00:00Z' }, samplePage(1), samplePage(2)],
    });
    expect(plan.pageSummary).toEqual({ added: 1, updated: 1, skipped: 1 });
    expect(plan.toWrite.pages.map((p) => p.url)).toEqual([stored.url, samplePage(2).url]);
  });

  it('gives bare annotations a page record from their snapshot when the page is unknown', async () => {
    const url = 'https://w3c.example/article.html';
    const text = JSON.stringify([
      { type: 'Annotation', id: 'urn:1', created: '2026-01-02T00:00:00Z', modified: '2026-01-03T00:00:00Z', page: { title: '旧快照', source: null, author: null, publishedAt: null }, target: { source: url, selector: { type: 'TextQuoteSelector', exact: '甲' } } },
      { type: 'Annotation', id: 'urn:2', created: '2026-01-01T00:00:00Z', modified: '2026-01-05T00:00:00Z', page: { title: '新快照', source: '某报', author: '某人', publishedAt: '2021-05-15' }, target: { source: url, selector: { type: 'TextQuoteSelector', exact: '乙' } } },
    ]);
    const result = await validateImportFile(text, { pause: noPause });
    if (!result.ok) throw new Error(issueText(result.errors[0]));
    const plan = planMerge(memoryStore({ pages: [], annotations: [] }), result);
    expect(plan.toWrite.pages).toHaveLength(1);
    const page = plan.toWrite.pages[0]!;
    expect(page.url).toBe(url);
    expect(page.metadata).toMatchObject({ title: '新快照', source: '某报', author: '某人', publishedAt: '2021-05-15', editor: null });
    expect(page.firstSavedAt).toBe('2026-01-01T00:00:00Z');
    expect(page.updatedAt).toBe('2026-01-05T00:00:00Z');
  });

  it('imports the same file twice: the second time everything is skipped', async () => {
    const { exportJson } = await import('../../../src/store/formats/json.ts');
    const { sampleLibrary, EXPORT_NOW } = await import('./formats-sample-library.ts');
    const text = exportJson(sampleLibrary(3, 5), { now: EXPORT_NOW }).content;
    const store = memoryStore({ pages: [], annotations: [] });
    const first = await importInto(store, text);
    expect(first.plan?.summary).toEqual({ added: 15, updated: 0, skipped: 0, kept: 0, refused: 0 });
    expect(first.plan?.pageSummary).toEqual({ added: 3, updated: 0, skipped: 0 });
    const second = await importInto(store, text);
    expect(second.plan?.summary).toEqual({ added: 0, updated: 0, skipped: 15, kept: 0, refused: 0 });
    expect(second.plan?.toWrite).toEqual({ annotations: [], pages: [] });
  });
});
