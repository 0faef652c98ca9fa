// The background's library handler over in-memory storage: the requests the
// manager and the popup send, parsed as the worker parses them, and the
// worker's answers.
import { describe, expect, it } from 'vitest';
import { createLibraryHandler } from '../../../src/extension/background/library-handlers.ts';
import { isPageSwitchedOff, showsPartyBuildingBadge } from '../../../src/extension/background/page-settings.ts';
import { parseLibraryRequest } from '../../../src/extension/library-messages.ts';
import type { ArticleAnalysis } from '../../../src/core/types.ts';
import type { Library } from '../../../src/store/formats/library.ts';
import { MemoryStorageArea } from '../../../src/store/memory-storage.ts';
import type { StoreResult } from '../../../src/store/repository.ts';
import { DEFAULT_SETTINGS } from '../../../src/store/settings.ts';
import { sampleLibrary } from '../store/formats-sample-library.ts';

function setup(options: { quotaBytes?: number } = {}) {
  const storage = new MemoryStorageArea(options);
  const handle = createLibraryHandler(storage);
  const send = async <T>(raw: unknown): Promise<StoreResult<T>> => {
    const request = parseLibraryRequest(structuredClone(raw));
    if (!request) throw new Error(`refused: ${JSON.stringify(raw).slice(0, 80)}`);
    return structuredClone(await handle(request)) as StoreResult<T>;
  };
  const value = async <T>(raw: unknown): Promise<T> => {
    const result = await send<T>(raw);
    if (!result.ok) throw new Error(`${result.error}: ${result.message}`);
    return result.value;
  };
  return { storage, send, value };
}

const byId = (library: Library) => [...library.annotations].sort((a, b) => a.id.localeCompare(b.id));

describe('library handler', () => {
  it('imports batches, then lists the library and one page', async () => {
    const { value } = setup();
    const library = sampleLibrary(3, 4);
    await value({ type: 'library-import-batch', annotations: library.annotations, pages: library.pages });
    const loaded = await value<Library>({ type: 'library-get' });
    expect(byId(loaded).map((a) => a.id)).toEqual(byId(library).map((a) => a.id));
    expect(loaded.pages).toHaveLength(3);
    const url = library.pages[1]!.url;
    const one = await value<Library>({ type: 'library-get-page', url: `${url}#section-2` });
    expect(one.pages.map((p) => p.url)).toEqual([url]);
    expect(one.annotations.map((a) => a.target.source)).toEqual(Array(4).fill(url));
  });

  it('bulk delete and its undo give back the same library', async () => {
    const { value } = setup();
    const library = sampleLibrary(2, 3);
    await value({ type: 'library-import-batch', annotations: library.annotations, pages: library.pages });
    const before = await value<Library>({ type: 'library-get' });
    const ids = library.annotations.filter((a) => a.target.source === library.pages[0]!.url).map((a) => a.id);
    const deleted = await value<unknown[]>({ type: 'library-delete', ids });
    expect(deleted).toHaveLength(3);
    expect((await value<Library>({ type: 'library-get' })).pages).toHaveLength(1);
    await value({ type: 'library-restore', deleted });
    const after = await value<Library>({ type: 'library-get' });
    expect(byId(after)).toEqual(byId(before));
    expect(after.pages.sort((a, b) => a.url.localeCompare(b.url))).toEqual(before.pages.sort((a, b) => a.url.localeCompare(b.url)));
  });

  it('an edit of an annotation that is gone is a typed not-found', async () => {
    const { send } = setup();
    const [annotation] = sampleLibrary(1, 1).annotations;
    expect(await send({ type: 'library-update', annotation })).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('settings: defaults first, then what was saved; a full quota is a typed error', async () => {
    const { value, send, storage } = setup();
    expect(await value({ type: 'settings-get' })).toEqual(DEFAULT_SETTINGS);
    await value({ type: 'settings-save', settings: { ...DEFAULT_SETTINGS, floatingToolbar: false } });
    expect(await value({ type: 'settings-get' })).toEqual({ ...DEFAULT_SETTINGS, floatingToolbar: false });
    storage.failNextWrite(new Error('QUOTA_BYTES quota exceeded'));
    expect(await send({ type: 'settings-save', settings: DEFAULT_SETTINGS })).toMatchObject({ ok: false, error: 'quota' });
  });

  it('an import batch over the quota is refused with how much was written', async () => {
    const { send } = setup({ quotaBytes: 6000 });
    const library = sampleLibrary(2, 10);
    const result = await send({ type: 'library-import-batch', annotations: library.annotations, pages: library.pages });
    expect(result).toMatchObject({ ok: false, error: 'quota' });
    if (result.ok) throw new Error('unreachable');
    expect(result.message).toMatch(/written before the failure/);
  });
});

describe('settings in the background', () => {
  const analysis = (isArticle: boolean, score: number) =>
    ({ isArticle, partyBuilding: { detected: score >= 0.5, score, reasons: [] } }) as unknown as ArticleAnalysis;

  it('a listed site and its subdomains are switched off, other sites and odd URLs are not', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isPageSwitchedOff('https://news.example.com/a.html', settings)).toBe(true);
    expect(isPageSwitchedOff('http://example.com:8080/', settings)).toBe(true);
    expect(isPageSwitchedOff('https://example.com.cn/', settings)).toBe(false);
    expect(isPageSwitchedOff('not a url', settings)).toBe(false);
    expect(isPageSwitchedOff(undefined, settings)).toBe(false);
  });

  it('the badge follows the sensitivity: medium is the core verdict, high lights more pages, low fewer', () => {
    const borderline = analysis(true, 0.4);
    const strong = analysis(true, 0.6);
    expect(showsPartyBuildingBadge(borderline, DEFAULT_SETTINGS)).toBe(borderline.partyBuilding.detected);
    expect(showsPartyBuildingBadge(strong, DEFAULT_SETTINGS)).toBe(strong.partyBuilding.detected);
    expect(showsPartyBuildingBadge(borderline, { ...DEFAULT_SETTINGS, detectionSensitivity: 'high' })).toBe(true);
    expect(showsPartyBuildingBadge(strong, { ...DEFAULT_SETTINGS, detectionSensitivity: 'low' })).toBe(false);
    expect(showsPartyBuildingBadge(analysis(false, 0.9), { ...DEFAULT_SETTINGS, detectionSensitivity: 'high' })).toBe(false);
  });
});
