import { describe, expect, it } from 'vitest';
import { MemoryStorageArea } from '../../../src/store/memory-storage.ts';
import { migrateRecord, migrateStorage, recordKindOfKey, type Migration } from '../../../src/store/migrations.ts';
import { SCHEMA_VERSION } from '../../../src/store/model.ts';

/** A record as the version-0 prototype stored it: colour, note and tags as top-level properties. */
const LEGACY_ANNOTATION = {
  id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
  type: 'Annotation',
  created: '2023-01-01T00:00:00.000Z',
  modified: '2023-01-02T00:00:00.000Z',
  color: 'red',
  note: '重要表述',
  tags: ['党课', ' 学习 '],
  target: { source: 'https://x.cn/a', selector: [{ type: 'TextQuoteSelector', exact: '两个维护', prefix: '', suffix: '' }] },
};

describe('migrateRecord', () => {
  it('turns a v0 annotation (top-level colour, note, tags) into the W3C shape of v1', () => {
    const { record, changed, newer } = migrateRecord('annotation', LEGACY_ANNOTATION);
    expect(changed).toBe(true);
    expect(newer).toBe(false);
    expect(record).toEqual({
      id: LEGACY_ANNOTATION.id,
      type: 'Annotation',
      motivation: 'commenting',
      created: LEGACY_ANNOTATION.created,
      modified: LEGACY_ANNOTATION.modified,
      body: [
        { type: 'TextualBody', purpose: 'highlighting', value: 'red' },
        { type: 'TextualBody', purpose: 'commenting', value: '重要表述', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: '党课' },
        { type: 'TextualBody', purpose: 'tagging', value: '学习' },
      ],
      target: LEGACY_ANNOTATION.target,
      schemaVersion: 1,
    });
  });

  it('gives v0 pages a firstSavedAt and leaves current records alone', () => {
    const page = migrateRecord('page', { url: 'https://x.cn/a', updatedAt: '2023-05-01T00:00:00.000Z' });
    expect(page.record).toMatchObject({ firstSavedAt: '2023-05-01T00:00:00.000Z', schemaVersion: 1 });
    const current = { schemaVersion: SCHEMA_VERSION, url: 'u', ids: ['a'] };
    expect(migrateRecord('pageIndex', current)).toEqual({ record: current, changed: false, newer: false });
  });

  it('never rewrites a record from a newer version of the extension', () => {
    const future = { schemaVersion: SCHEMA_VERSION + 1, shape: 'unknown' };
    expect(migrateRecord('annotation', future)).toEqual({ record: future, changed: false, newer: true });
  });

  it('chains migrations in order and refuses a gap', () => {
    const chain: Migration[] = [
      { from: 0, describe: 'a', migrate: (_k, r) => ({ ...r, steps: ['0->1'] }) },
      { from: 1, describe: 'b', migrate: (_k, r) => ({ ...r, steps: [...(r.steps as string[]), '1->2'] }) },
    ];
    expect(migrateRecord('page', {}, chain, 2).record).toEqual({ steps: ['0->1', '1->2'], schemaVersion: 2 });
    expect(() => migrateRecord('page', {}, chain.slice(1), 2)).toThrow(/No migration from schema version 0/);
  });
});

describe('migrateStorage', () => {
  it('rewrites the old records at startup, in batches, and nothing else', async () => {
    const storage = new MemoryStorageArea();
    const legacy = Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [`anno:${i}`, { ...LEGACY_ANNOTATION, id: String(i) }]),
    );
    await storage.set({ ...legacy, 'settings:toolbar': { on: true }, 'pageIndex:u': { schemaVersion: 1, url: 'u', ids: [] } });
    const writesBefore = storage.writes;
    expect(await migrateStorage(storage, 2)).toEqual({ migrated: 5 });
    expect(storage.writes - writesBefore).toBe(3);
    const all = await storage.get(null);
    expect((all['anno:3'] as { schemaVersion: number; color?: string }).schemaVersion).toBe(1);
    expect(all['anno:3']).not.toHaveProperty('color');
    expect(all['settings:toolbar']).toEqual({ on: true });
    expect(await migrateStorage(storage)).toEqual({ migrated: 0 });
  });

  it('knows record kinds by key prefix', () => {
    expect(['anno:x', 'page:https://a', 'pageIndex:https://a', 'settings'].map(recordKindOfKey)).toEqual([
      'annotation',
      'page',
      'pageIndex',
      null,
    ]);
  });
});
