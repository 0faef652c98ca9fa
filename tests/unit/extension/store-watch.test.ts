// Which storage changes make a page repaint: the store's real records for
// this page (written by the real repository) do, other pages' do not.
import { describe, expect, it } from 'vitest';
import { ANNOTATION_KEY_PREFIX, PAGE_INDEX_KEY_PREFIX, changesTouchPage } from '../../../src/extension/content/store-watch.ts';
import { createAnnotation, withNote } from '../../../src/store/annotations.ts';
import { MemoryStorageArea } from '../../../src/store/memory-storage.ts';
import { KEY_PREFIX } from '../../../src/store/migrations.ts';
import type { StorageArea } from '../../../src/store/storage-area.ts';
import { AnnotationRepository } from '../../../src/store/repository.ts';

const PAGE = 'http://127.0.0.1/a.html';
const OTHER = 'http://127.0.0.1/b.html';
const quote = (exact: string) => [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }];

/** A storage area that records each write as the storage.onChanged event it causes. */
function recording(): { storage: StorageArea; events: Record<string, { newValue?: unknown }>[] } {
  const inner = new MemoryStorageArea();
  const events: Record<string, { newValue?: unknown }>[] = [];
  return {
    events,
    storage: {
      get: (keys) => inner.get(keys),
      async set(items) {
        await inner.set(items);
        events.push(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: structuredClone(v) }])));
      },
      async remove(keys) {
        await inner.remove(keys);
        events.push(Object.fromEntries([keys].flat().map((k) => [k, {}])));
      },
    },
  };
}

describe('changesTouchPage', () => {
  it('uses the store key prefixes', () => {
    expect(ANNOTATION_KEY_PREFIX).toBe(KEY_PREFIX.annotation);
    expect(PAGE_INDEX_KEY_PREFIX).toBe(KEY_PREFIX.pageIndex);
  });

  it('repaints for a new, edited or deleted highlight of this page, not for another page', async () => {
    const { storage, events } = recording();
    const repository = new AnnotationRepository(storage);
    const first = await repository.saveAnnotation(createAnnotation({ url: PAGE, selectors: quote('两个确立') }));
    if (!first.ok) throw new Error(first.message);
    const known = new Map([[first.value.id, first.value.modified]]);
    // The page painted `first`: its own save event changes nothing it does not know.
    expect(changesTouchPage(events.at(-1)!, PAGE, known)).toBe(false);

    await repository.saveAnnotation(createAnnotation({ url: OTHER, selectors: quote('四个意识') }));
    expect(changesTouchPage(events.at(-1)!, PAGE, known)).toBe(false);

    await repository.saveAnnotation(createAnnotation({ url: PAGE, selectors: quote('四个自信') }));
    expect(changesTouchPage(events.at(-1)!, PAGE, known)).toBe(true);

    await repository.updateAnnotation(withNote(first.value, '新批注', new Date(Date.parse(first.value.modified) + 1000)));
    expect(changesTouchPage(events.at(-1)!, PAGE, known)).toBe(true);

    await repository.deleteAnnotation(first.value.id);
    expect(events.slice(-2).some((event) => changesTouchPage(event, PAGE, known))).toBe(true);
  });
});
