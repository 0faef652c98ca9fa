// Issue 11, points 3 and 4: one set of limits (src/core/limits.ts), and every
// part of the extension agrees on it. A record the importer accepts must be
// one the messages, the repository and the content script accept too, and a
// page that stuffs its meta tags gets a bounded analysis and page record.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.ts';
import * as limits from '../../../src/core/limits.ts';
import { pageRecordOf, pageSnapshotOf } from '../../../src/extension/background/page-record.ts';
import { parseLibraryRequest } from '../../../src/extension/library-messages.ts';
import { isStoredAnnotation } from '../../../src/extension/annotation-shape.ts';
import { parseHighlightFromContent, parseHighlightFromPage, pageHighlightsOf } from '../../../src/extension/messages.ts';
import { validateImportFile } from '../../../src/store/import/index.ts';
import { createAnnotation } from '../../../src/store/annotations.ts';
import { AnnotationRepository } from '../../../src/store/repository.ts';
import { MemoryStorageArea as MemoryStorage } from '../../../src/store/memory-storage.ts';
import type { StoredAnnotation } from '../../../src/store/model.ts';
import { exportJson } from '../../../src/store/formats/json.ts';
import { EXPORT_NOW, sampleLibrary } from './formats-sample-library.ts';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/extension/party-commentary.html');
const URL_ = 'https://news.example.cn/2024/a.html';

/** The sample article with page-controlled metadata `n` characters long. */
function stuffedPage(n: number): Document {
  const long = (c: string) => c.repeat(n);
  const html = readFileSync(FIXTURE, 'utf8').replace(
    '</head>',
    `<meta property="og:site_name" content="${long('站')}"><meta name="author" content="${long('作')}"><meta name="publisher" content="${long('发')}"></head>`,
  );
  return new JSDOM(html, { url: URL_ }).window.document;
}

describe('the analysis returns bounded fields (point 3)', () => {
  it('caps a 20,000-character og:site_name, author and publisher', () => {
    const analysis = analyze(stuffedPage(20_000), URL_);
    expect(analysis.isArticle).toBe(true);
    for (const value of Object.values(analysis.metadata)) {
      if (value !== null) expect(value.length).toBeLessThanOrEqual(limits.MAX_META_FIELD_LENGTH);
    }
    expect(analysis.metadata.siteName).toBe('站'.repeat(limits.MAX_META_FIELD_LENGTH));
  });

  it('the page record and snapshot of a save keep bounded values, whatever the analysis says (property)', () => {
    const base = analyze(stuffedPage(10), URL_);
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 30_000 }), (unit, n) => {
        const text = (unit || '长').repeat(n);
        const analysis = {
          ...base,
          metadata: { ...base.metadata, siteName: text, title: text, publisher: text },
          summary: { ...base.summary, keyPoints: Array.from({ length: 40 }, () => text) },
        };
        const record = pageRecordOf(analysis, URL_, new Date())!;
        const snapshot = pageSnapshotOf(analysis, text);
        for (const value of [...Object.values(record.metadata), ...Object.values(snapshot)]) {
          if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(limits.MAX_META_FIELD_LENGTH);
        }
        expect(record.keyPoints.length).toBeLessThanOrEqual(limits.MAX_KEY_POINTS);
        for (const point of record.keyPoints) expect(point.length).toBeLessThanOrEqual(limits.MAX_KEY_POINT_LENGTH);
      }),
      { numRuns: 40 },
    );
  });
});

/** One exported annotation with the given field sizes. */
function annotationDoc(sizes: { id: number; quote: number; note: number; tag: number; tags: number }): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:x:${'i'.repeat(Math.max(0, sizes.id - 6))}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: '2026-01-05T08:00:00+08:00',
    modified: '2026-01-05T08:00:00+08:00',
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: '注'.repeat(sizes.note) },
      ...Array.from({ length: sizes.tags }, (_, i) => ({ type: 'TextualBody', purpose: 'tagging', value: `${i}`.padEnd(sizes.tag, '标') })),
    ],
    target: { source: URL_, selector: [{ type: 'TextQuoteSelector', exact: '摘'.repeat(Math.max(1, sizes.quote)), prefix: '', suffix: '' }] },
  };
}

const sizes = fc.record({
  id: fc.integer({ min: 7, max: limits.MAX_ID_LENGTH + 120 }),
  quote: fc.integer({ min: 1, max: limits.MAX_QUOTE_LENGTH + 8_000 }),
  note: fc.integer({ min: 0, max: limits.MAX_NOTE_LENGTH + 8_000 }),
  tag: fc.integer({ min: 2, max: limits.MAX_TAG_LENGTH + 40 }),
  tags: fc.integer({ min: 0, max: limits.MAX_TAGS + 10 }),
});

describe('what the importer accepts, every message and the repository accept (point 4)', () => {
  it('import ⇔ edit, delete, restore and list messages agree on every record (property)', async () => {
    await fc.assert(
      fc.asyncProperty(sizes, async (s) => {
        const result = await validateImportFile(JSON.stringify(annotationDoc(s)), { pause: async () => {} });
        // A tag's length matters only when the record has a tag (s.tags = 0 writes none).
        const tagsWithinLimits = s.tags === 0 || s.tag <= limits.MAX_TAG_LENGTH;
        const withinLimits =
          s.id <= limits.MAX_ID_LENGTH && s.quote <= limits.MAX_QUOTE_LENGTH && s.note <= limits.MAX_NOTE_LENGTH && tagsWithinLimits && s.tags <= limits.MAX_TAGS;
        expect(result.ok).toBe(withinLimits);
        if (!result.ok) return;
        const annotation = result.annotations[0]!;
        expect(isStoredAnnotation(annotation)).toBe(true);
        const note = annotation.body.find((b) => b.purpose === 'commenting')?.value ?? '';
        const tags = annotation.body.filter((b) => b.purpose === 'tagging').map((b) => b.value);
        expect(parseHighlightFromPage({ type: 'update-highlight', id: annotation.id, note, tags })).not.toBeNull();
        expect(parseHighlightFromContent({ type: 'delete-highlight', id: annotation.id })).not.toBeNull();
        expect(parseHighlightFromContent({ type: 'restore-highlight', deleted: { annotation, page: null } })).not.toBeNull();
        expect(parseLibraryRequest({ type: 'library-update', annotation })).not.toBeNull();
        expect(parseLibraryRequest({ type: 'library-delete', ids: [annotation.id] })).not.toBeNull();
        expect(pageHighlightsOf({ annotations: [annotation] })?.annotations).toHaveLength(1);
        const repository = new AnnotationRepository(new MemoryStorage());
        expect((await repository.importMany({ annotations: [annotation], pages: [] })).ok).toBe(true);
        expect((await repository.updateAnnotation({ ...annotation, modified: '2026-02-01T00:00:00.000Z' })).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('a page list with one over-long record keeps the others', () => {
    const good = (n: number): StoredAnnotation => ({
      ...createAnnotation({ url: URL_, selectors: [{ type: 'TextQuoteSelector', exact: `摘录${n}`, prefix: '', suffix: '' }], color: 'yellow', note: '', tags: [] }),
      schemaVersion: 2,
    }) as StoredAnnotation;
    const bad = good(0);
    (bad.target.selector[0] as { exact: string }).exact = '摘'.repeat(limits.MAX_QUOTE_LENGTH + 5_000);
    const list = pageHighlightsOf({ annotations: [good(1), bad, good(2)], url: URL_ });
    expect(list?.annotations.map((a) => a.target.selector[0]!.type === 'TextQuoteSelector' && (a.target.selector[0] as { exact: string }).exact)).toEqual(['摘录1', '摘录2']);
    expect(list?.dropped).toBe(1);
  });

  it('the repository refuses a record over a limit as invalid, and writes nothing', async () => {
    const storage = new MemoryStorage();
    const repository = new AnnotationRepository(storage);
    const base = createAnnotation({ url: URL_, selectors: [{ type: 'TextQuoteSelector', exact: '摘录', prefix: '', suffix: '' }], color: 'yellow', note: '', tags: [] });
    const tooLong = [
      { ...base, id: 'x'.repeat(limits.MAX_ID_LENGTH + 1) },
      { ...base, body: [{ type: 'TextualBody' as const, purpose: 'commenting' as const, value: '注'.repeat(limits.MAX_NOTE_LENGTH + 1) }] },
    ];
    for (const annotation of tooLong) {
      expect(await repository.saveAnnotation(annotation)).toMatchObject({ ok: false, error: 'invalid' });
      expect(await repository.importMany({ annotations: [annotation], pages: [] })).toMatchObject({ ok: false, error: 'invalid' });
    }
    expect(await storage.get(null)).toEqual({});
  });
});

describe('a library saved before the analysis was bounded (point 3)', () => {
  it('its own JSON export imports again: page metadata is cut to the bound with a warning, nothing refused', async () => {
    const library = sampleLibrary(2, 2);
    library.pages[0]!.metadata.siteName = '站'.repeat(20_000);
    library.annotations[0]!.page = { title: '标题', source: null, author: null, publishedAt: null, siteName: '站'.repeat(20_000) };
    const result = await validateImportFile(exportJson(library, { now: EXPORT_NOW }).content, { pause: async () => {} });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.annotations).toHaveLength(4);
    expect(result.pages.find((p) => p.url === library.pages[0]!.url)!.metadata.siteName).toHaveLength(limits.MAX_META_FIELD_LENGTH);
    expect(result.warnings.some((w) => w.problem.id === 'MetaTruncated')).toBe(true);
    // The manager's bulk-delete undo and edit carry these records in messages: both accepted now.
    const annotation = result.annotations.find((a) => a.id === library.annotations[0]!.id)!;
    expect(parseLibraryRequest({ type: 'library-restore', deleted: [{ annotation: library.annotations[0], page: library.pages[0] }] })).not.toBeNull();
    expect(parseLibraryRequest({ type: 'library-update', annotation })).not.toBeNull();
  });
});
