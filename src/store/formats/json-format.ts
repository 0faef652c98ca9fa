// The shape of the project's JSON export, shared by the exporter and the
// importer. docs/EXPORT-FORMATS.md describes it for people.
import type { Annotation, PageRecord } from '../model.ts';

/** Bumped when the export document's shape changes; the importer reads every version up to this one. */
export const JSON_FORMAT_VERSION = 1;

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Our JSON-LD context for the extension properties. The namespace is a URN:
 * the extension has no web site and makes no network requests, and a JSON-LD
 * processor never needs to fetch it. `@json` keeps our page metadata an opaque
 * JSON literal instead of asking processors to interpret every field.
 */
export const EXTENSION_CONTEXT = {
  '@version': 1.1,
  dj: 'urn:dangjian-annotator:',
  formatVersion: 'dj:formatVersion',
  pages: { '@id': 'dj:pages', '@type': '@json' },
  page: { '@id': 'dj:page', '@type': '@json' },
} as const;

/** An annotation as exported: the stored record without the storage-only `schemaVersion`. */
export type ExportedAnnotation = Annotation;

/** A page record as exported: without the storage-only `schemaVersion`. */
export type ExportedPage = Omit<PageRecord, 'schemaVersion'>;

export interface ExportDocument {
  '@context': [typeof ANNO_CONTEXT, typeof EXTENSION_CONTEXT];
  type: 'AnnotationCollection';
  label: string;
  total: number;
  formatVersion: number;
  /** ISO 8601: when the file was made. */
  generated: string;
  generator: { type: 'Software'; name: string };
  pages: ExportedPage[];
  first: { type: 'AnnotationPage'; startIndex: 0; items: ExportedAnnotation[] };
}

export const GENERATOR_NAME = '党建文章批注助手';
