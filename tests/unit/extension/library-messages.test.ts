// The library messages the manager and popup send the background: what is
// accepted (records rebuilt from known fields) and what is refused outright.
import { describe, expect, it } from 'vitest';
import { IMPORT_BATCH_SIZE, isStoreResult, parseLibraryRequest } from '../../../src/extension/library-messages.ts';
import { DEFAULT_SETTINGS } from '../../../src/store/settings.ts';
import { sampleLibrary } from '../store/formats-sample-library.ts';

// Messages carry JSON: what arrives is what survives structured cloning.
const library = structuredClone(sampleLibrary(2, 3));
const annotation = library.annotations[0]!;
const page = library.pages[0]!;

describe('library requests', () => {
  it('accepts each request with valid records, rebuilt as stored', () => {
    expect(parseLibraryRequest({ type: 'library-get' })).toEqual({ type: 'library-get' });
    expect(parseLibraryRequest({ type: 'library-get-page', url: page.url })).toEqual({ type: 'library-get-page', url: page.url });
    expect(parseLibraryRequest({ type: 'library-delete', ids: ['a', 'b'] })).toEqual({ type: 'library-delete', ids: ['a', 'b'] });
    expect(parseLibraryRequest({ type: 'library-update', annotation })).toEqual({ type: 'library-update', annotation });
    expect(parseLibraryRequest({ type: 'library-restore', deleted: [{ annotation, page }, { annotation, page: null }] })).toEqual({
      type: 'library-restore',
      deleted: [{ annotation, page }, { annotation, page: null }],
    });
    expect(parseLibraryRequest({ type: 'library-import-batch', annotations: library.annotations, pages: library.pages })).toEqual({
      type: 'library-import-batch',
      annotations: library.annotations,
      pages: library.pages,
    });
    expect(parseLibraryRequest({ type: 'settings-save', settings: { ...DEFAULT_SETTINGS, disabledSites: ['WWW.Example.com'] } })).toEqual({
      type: 'settings-save',
      settings: { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] },
    });
  });

  it('drops fields no record has (a record is rebuilt, never stored as sent)', () => {
    const parsed = parseLibraryRequest({ type: 'library-update', annotation: { ...annotation, script: '<img onerror=1>' } });
    expect(parsed).toEqual({ type: 'library-update', annotation });
  });

  it.each([
    ['not an object', 'library-get'],
    ['an unknown type', { type: 'library-wipe' }],
    ['an inherited type name', { type: 'constructor' }],
    ['ids that are not strings', { type: 'library-delete', ids: [1, 2] }],
    ['an empty id', { type: 'library-delete', ids: [''] }],
    ['ids not a list', { type: 'library-delete', ids: 'a' }],
    ['an annotation without a target', { type: 'library-update', annotation: { ...annotation, target: undefined } }],
    ['an annotation with a script URL', { type: 'library-update', annotation: { ...annotation, target: { ...annotation.target, source: 'javascript:alert(1)' } } }],
    ['one bad record in an import batch', { type: 'library-import-batch', annotations: [annotation, { id: 'x' }], pages: [] }],
    ['a batch larger than a batch', { type: 'library-import-batch', annotations: Array(IMPORT_BATCH_SIZE + 1).fill(annotation), pages: [] }],
    ['a restore with a malformed page', { type: 'library-restore', deleted: [{ annotation, page: { url: 3 } }] }],
    ['a page URL that is empty', { type: 'library-get-page', url: '' }],
    ['settings that are not an object', { type: 'settings-save', settings: 'off' }],
  ])('refuses %s', (_label, raw) => {
    expect(parseLibraryRequest(raw)).toBeNull();
  });
});

describe('replies', () => {
  it('tells a store result from a thrown error', () => {
    expect(isStoreResult({ ok: true, value: [] })).toBe(true);
    expect(isStoreResult({ ok: false, error: 'quota', message: 'QUOTA_BYTES quota exceeded' })).toBe(true);
    expect(isStoreResult({ error: 'TypeError: x' })).toBe(false);
    expect(isStoreResult(undefined)).toBe(false);
  });
});
