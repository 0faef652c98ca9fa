// Small hand-made records for the query tests: one page or one annotation
// with just the fields a test is about.
import { SCHEMA_VERSION, type HighlightColor, type PageRecord, type StoredAnnotation, type TextualBody } from '../../../src/store/model.ts';

export function pageAt(
  url: string,
  fields: Partial<PageRecord['metadata']> & { partyBuilding?: boolean; slogans?: [string, number][]; firstSavedAt?: string } = {},
): PageRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    url,
    metadata: {
      title: fields.title ?? null,
      source: fields.source ?? null,
      author: fields.author ?? null,
      editor: null,
      publishedAt: fields.publishedAt ?? null,
      siteName: fields.siteName ?? null,
      publisher: null,
    },
    partyBuilding: fields.partyBuilding ?? true,
    slogans: (fields.slogans ?? []).map(([text, count]) => ({ text, count, kind: 'lexicon' })),
    keyPoints: [],
    firstSavedAt: fields.firstSavedAt ?? '2025-01-01T00:00:00.000Z',
    updatedAt: fields.firstSavedAt ?? '2025-01-01T00:00:00.000Z',
  };
}

export function annotationOn(
  url: string,
  id: string,
  fields: { quote: string; note?: string; tags?: string[]; color?: HighlightColor; created?: string; start?: number },
): StoredAnnotation {
  const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'highlighting', value: fields.color ?? 'yellow' }];
  if (fields.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: fields.note, format: 'text/plain' });
  for (const tag of fields.tags ?? []) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const created = fields.created ?? '2025-05-01T04:00:00.000Z';
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    type: 'Annotation',
    motivation: fields.note ? 'commenting' : 'highlighting',
    created,
    modified: created,
    body,
    target: {
      source: url,
      selector: [
        { type: 'TextQuoteSelector', exact: fields.quote, prefix: '', suffix: '' },
        ...(fields.start === undefined ? [] : [{ type: 'TextPositionSelector' as const, start: fields.start, end: fields.start + fields.quote.length }]),
      ],
    },
  };
}
