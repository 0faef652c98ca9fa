import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/store/formats/json.ts';
import { validateImportFile } from '../../../src/store/import/index.ts';
import type { PageRecord, StoredAnnotation } from '../../../src/store/model.ts';
import { EXPORT_NOW, sampleLibrary } from './formats-sample-library.ts';
import { issuesText, issueText } from './import-issue-text.ts';

const noPause = async (): Promise<void> => {};

function byId(list: StoredAnnotation[]): Map<string, StoredAnnotation> {
  return new Map(list.map((a) => [a.id, a]));
}
function byUrl(list: PageRecord[]): Map<string, PageRecord> {
  return new Map(list.map((p) => [p.url, p]));
}

describe('JSON export', () => {
  const library = sampleLibrary(6, 14);
  const file = exportJson(library, { now: EXPORT_NOW });

  it('is named with the date and typed as JSON-LD', () => {
    expect(file.filename).toBe('党建批注-2026-11-24.json');
    expect(file.mimeType).toBe('application/ld+json');
  });

  it('is a W3C AnnotationCollection with one embedded AnnotationPage, the pages and a format version', () => {
    const doc = JSON.parse(file.content);
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc['@context'][1].pages['@id']).toBe('dj:pages');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(library.annotations.length);
    expect(doc.formatVersion).toBe(1);
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.items).toHaveLength(library.annotations.length);
    expect(doc.pages).toHaveLength(library.pages.length);
    for (const item of doc.first.items) {
      expect(item.type).toBe('Annotation');
      expect(item).not.toHaveProperty('schemaVersion');
    }
  });

  it('round-trips: export, wipe, import gives identical records', async () => {
    let store: { annotations: Map<string, StoredAnnotation>; pages: Map<string, PageRecord> } | null = {
      annotations: byId(library.annotations),
      pages: byUrl(library.pages),
    };
    const exported = exportJson({ pages: [...store.pages.values()], annotations: [...store.annotations.values()] }, { now: EXPORT_NOW });
    store = null; // wiped
    const result = await validateImportFile(exported.content, { pause: noPause });
    if (!result.ok) throw new Error(issuesText(result.errors));
    expect(result.warnings).toEqual([]);
    expect(byId(result.annotations)).toStrictEqual(byId(library.annotations));
    expect(byUrl(result.pages)).toStrictEqual(byUrl(library.pages));
    expect(store).toBeNull();
  });

  it('keeps every awkward character of notes and quotes', async () => {
    const result = await validateImportFile(file.content, { pause: noPause });
    if (!result.ok) throw new Error('import failed');
    const notes = result.annotations.flatMap((a) => a.body.map((b) => b.value)).join('\n');
    expect(notes).toContain('<script>alert("x")</script>');
    expect(notes).toContain('第一行\n第二行\r\n第三行\r第四行');
    expect(notes).toContain('🇨🇳 学习强国 👍🏽');
  });
});
