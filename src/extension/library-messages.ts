// Library-level messages: what the manager page and the popup ask the
// background (the only writer of storage) about the whole library, and their
// validation on receipt. The per-page annotation messages of the content
// script live in messages.ts; these are separate because only extension pages
// send them and they carry whole batches of records.
//
//   extension page -> background   LibraryRequest, answered with StoreResult<LibraryReplyTo[type]>
//
// Records inside a message are checked with the import validators
// (store/import), which rebuild each record from known fields only: the
// background never stores a field it does not know, even from its own pages.
import type { Library } from '../store/formats/library.ts';
import { IssueLog, Location } from '../store/import/import-issues.ts';
import { MAX_ANNOTATIONS, MAX_URL_LENGTH } from '../store/import/import-limits.ts';
import { isAnnotationId } from './annotation-shape.ts';
import { validateAnnotation } from '../store/import/validate-annotation.ts';
import { validatePage } from '../store/import/validate-page.ts';
import type { Annotation, PageRecord, StoredAnnotation } from '../store/model.ts';
import { IMPORT_WRITE_SIZE } from '../store/import-write-size.ts';
import type { DeletedAnnotation, ImportReport, StoreResult } from '../store/repository.ts';
import { validateSettings, type Settings } from '../store/settings.ts';
import { isArrayOf, isRecord, isString, type UnknownRecord } from './shape.ts';

export type LibraryRequest =
  /** Every page record and annotation (the manager's library). */
  | { type: 'library-get' }
  /** One page's record and annotations (the popup's per-page export); `url` in any form, normalised by the store. */
  | { type: 'library-get-page'; url: string }
  /** Bulk delete; answered with what was removed, for undo. */
  | { type: 'library-delete'; ids: string[] }
  /** Undo of a delete. */
  | { type: 'library-restore'; deleted: DeletedAnnotation[] }
  /** An edited annotation (note, tags, colour) replaces the stored one. */
  | { type: 'library-update'; annotation: Annotation }
  /** One batch of an import already validated and merged by the manager page. */
  | { type: 'library-import-batch'; annotations: StoredAnnotation[]; pages: PageRecord[] }
  | { type: 'settings-get' }
  | { type: 'settings-save'; settings: Settings };

export interface LibraryReplyTo {
  'library-get': Library;
  'library-get-page': Library;
  'library-delete': DeletedAnnotation[];
  'library-restore': StoredAnnotation[];
  'library-update': StoredAnnotation;
  'library-import-batch': ImportReport;
  'settings-get': Settings;
  'settings-save': Settings;
}

export type LibraryReply<T extends LibraryRequest['type']> = StoreResult<LibraryReplyTo[T]>;

/**
 * Records per import message: exactly one storage write in the background,
 * so the reply counts what was stored and a failed message stored none of
 * its records (the manager reports partial imports exactly). ~400 KB of
 * JSON, well under both browsers' message limits.
 */
export const IMPORT_BATCH_SIZE = IMPORT_WRITE_SIZE;

/** A message carrying more records than this is refused (a bulk delete of the whole library is at most this). */
const MAX_RECORDS_PER_MESSAGE = MAX_ANNOTATIONS;


// ---- validation ----------------------------------------------------------------

/** The record rebuilt from known fields, or null when it is not a valid one. */
function annotationOf(raw: unknown): StoredAnnotation | null {
  return validateAnnotation(raw, Location.root(), new IssueLog(1));
}

function pageOf(raw: unknown): PageRecord | null {
  return validatePage(raw, Location.root(), new IssueLog(1));
}

/** Every item rebuilt, or null when any one is invalid (a batch is taken whole or not at all). */
function allOf<T>(raw: unknown, rebuild: (item: unknown) => T | null, max: number): T[] | null {
  if (!Array.isArray(raw) || raw.length > max) return null;
  const items: T[] = [];
  for (const item of raw) {
    const rebuilt = rebuild(item);
    if (rebuilt === null) return null;
    items.push(rebuilt);
  }
  return items;
}

function deletedOf(raw: unknown): DeletedAnnotation | null {
  if (!isRecord(raw)) return null;
  const annotation = annotationOf(raw.annotation);
  const page = raw.page === null ? null : pageOf(raw.page);
  if (!annotation || (raw.page !== null && page === null)) return null;
  return { annotation, page };
}

const isId = isAnnotationId;

type Parsers = { [T in LibraryRequest['type']]: (message: UnknownRecord) => Extract<LibraryRequest, { type: T }> | null };

const parsers: Parsers = {
  'library-get': () => ({ type: 'library-get' }),
  'library-get-page': (m) =>
    isString(m.url) && m.url.length > 0 && m.url.length <= MAX_URL_LENGTH ? { type: 'library-get-page', url: m.url } : null,
  'library-delete': (m) =>
    isArrayOf(m.ids, isId) && m.ids.length <= MAX_RECORDS_PER_MESSAGE ? { type: 'library-delete', ids: m.ids } : null,
  'library-restore': (m) => {
    const deleted = allOf(m.deleted, deletedOf, MAX_RECORDS_PER_MESSAGE);
    return deleted ? { type: 'library-restore', deleted } : null;
  },
  'library-update': (m) => {
    const annotation = annotationOf(m.annotation);
    return annotation ? { type: 'library-update', annotation } : null;
  },
  'library-import-batch': (m) => {
    const annotations = allOf(m.annotations, annotationOf, IMPORT_BATCH_SIZE);
    const pages = allOf(m.pages, pageOf, IMPORT_BATCH_SIZE);
    return annotations && pages ? { type: 'library-import-batch', annotations, pages } : null;
  },
  'settings-get': () => ({ type: 'settings-get' }),
  // validateSettings takes anything and gives valid settings; a message that
  // is not even an object is refused rather than saved as the defaults.
  'settings-save': (m) => (isRecord(m.settings) ? { type: 'settings-save', settings: validateSettings(m.settings) } : null),
};

/** The typed request (records rebuilt from known fields), or null for anything malformed or unknown. */
export function parseLibraryRequest(raw: unknown): LibraryRequest | null {
  if (!isRecord(raw) || !isString(raw.type) || !Object.hasOwn(parsers, raw.type)) return null;
  const parse = parsers[raw.type as LibraryRequest['type']] as (message: UnknownRecord) => LibraryRequest | null;
  return parse(raw);
}

/** A reply as the page receives it: a StoreResult, or `{ error }` when the handler threw (browser-api onMessage). */
export function isStoreResult(value: unknown): value is StoreResult<unknown> {
  if (!isRecord(value)) return false;
  if (value.ok === true) return Object.hasOwn(value, 'value');
  return value.ok === false && isString(value.error) && isString(value.message);
}
