// One imported annotation: checked field by field and rebuilt from known
// fields only. Accepts the project's own export and bare W3C Web Annotations
// from other tools (single body or target instead of arrays, missing
// `modified` or `purpose`), normalising them to the stored model.
import { SCHEMA_VERSION, type Annotation, type PageSnapshot, type StoredAnnotation, type TextualBody } from '../model.ts';
import { ANNO_CONTEXT } from '../formats/json-format.ts';
import { readDateTime, readPublishedAt } from './date-fields.ts';
import type { IssueLog, Location } from './import-issues.ts';
import { jsonTypeOf } from './import-problems.ts';
import * as limits from './import-limits.ts';
import { hasOwn, hasType, isJsonObject, own, readNullableString, readString, reportPrototypeKeys, shownValue, type JsonObject } from './json-values.ts';
import { readHttpUrl } from './urls.ts';
import { readBodies } from './validate-body.ts';
import { readMetaField } from './validate-page.ts';
import { readSelectors } from './validate-selectors.ts';

export function validateAnnotation(raw: unknown, at: Location, log: IssueLog): StoredAnnotation | null {
  if (!isJsonObject(raw)) {
    log.error(at, 'NotAnnotation', jsonTypeOf(raw));
    return null;
  }
  reportPrototypeKeys(raw, at, log);
  const errorsBefore = log.errorCount;

  if (!hasType(raw, 'Annotation')) {
    log.error(at.key('type'), hasOwn(raw, 'type') ? 'NotAnnotationType' : 'MissingAnnotationType');
  }
  const id = readString(raw, 'id', at, log, { required: true, maxLength: limits.MAX_ID_LENGTH, nonEmpty: true });
  // eslint-disable-next-line no-control-regex
  if (id !== undefined && /[\u0000-\u001f\u007f]/.test(id)) log.error(at.key('id'), 'HasControlChars');

  const created = readDateTime(raw, 'created', at, log, true);
  const modified = readDateTime(raw, 'modified', at, log, false) ?? created;
  const body = readBodies(raw, at, log);
  const target = readTarget(raw, at, log);
  const motivation = readMotivation(raw, body ?? [], at, log);
  const page = hasOwn(raw, 'page') ? readPageSnapshot(own(raw, 'page'), at.key('page'), log) : undefined;

  if (log.errorCount > errorsBefore || id === undefined || created === undefined || modified === undefined) return null;
  if (!body || !target || !motivation || page === null) return null;

  // Built field by field in the model's order: nothing else from the file survives.
  const annotation: StoredAnnotation = {
    ...(readsAnnoContext(raw) ? { '@context': ANNO_CONTEXT } : {}),
    id,
    type: 'Annotation',
    motivation,
    created,
    modified,
    body,
    target,
    ...(page ? { page } : {}),
    schemaVersion: SCHEMA_VERSION,
  };
  return annotation;
}

/** Keeps `@context` only as the W3C context string, the one value the model allows. */
function readsAnnoContext(raw: JsonObject): boolean {
  const context = own(raw, '@context');
  return context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT));
}

/** `highlighting`/`commenting` as given; other W3C motivations or none: derived from the note. */
function readMotivation(raw: JsonObject, body: TextualBody[], at: Location, log: IssueLog): Annotation['motivation'] | undefined {
  const value = own(raw, 'motivation');
  if (value === 'highlighting' || value === 'commenting') return value;
  const derived = body.some((b) => b.purpose === 'commenting') ? 'commenting' : 'highlighting';
  if (value === undefined) return derived;
  if (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
    log.warn(at.key('motivation'), 'MotivationDerived', shownValue(value), derived);
    return derived;
  }
  log.error(at.key('motivation'), 'NotString', jsonTypeOf(value));
  return undefined;
}

function readTarget(raw: JsonObject, at: Location, log: IssueLog): Annotation['target'] | undefined {
  let value = own(raw, 'target');
  let where = at.key('target');
  if (value === undefined) {
    log.error(where, 'Missing');
    return undefined;
  }
  if (Array.isArray(value)) {
    if (value.length !== 1) {
      log.error(where, 'SeveralTargets', value.length);
      return undefined;
    }
    value = value[0];
    where = where.index(0);
  }
  if (typeof value === 'string') {
    log.error(where, 'TargetIsUrl');
    return undefined;
  }
  if (!isJsonObject(value)) {
    log.error(where, 'NotObject', jsonTypeOf(value));
    return undefined;
  }
  reportPrototypeKeys(value, where, log);
  const source = readHttpUrl(value, 'source', where, log);
  const selector = readSelectors(value, where, log);
  if (source === undefined || selector === undefined) return undefined;
  return { source, selector };
}

/** The page snapshot; returns null after an error. */
function readPageSnapshot(raw: unknown, at: Location, log: IssueLog): PageSnapshot | null {
  if (!isJsonObject(raw)) {
    log.error(at, 'NotObject', jsonTypeOf(raw));
    return null;
  }
  reportPrototypeKeys(raw, at, log);
  const errorsBefore = log.errorCount;
  const snapshot: PageSnapshot = {
    title: readMetaField(raw, 'title', at, log),
    source: readMetaField(raw, 'source', at, log),
    author: readMetaField(raw, 'author', at, log),
    publishedAt: readPublishedAt(raw, at, log),
  };
  if (hasOwn(raw, 'siteName')) snapshot.siteName = readMetaField(raw, 'siteName', at, log);
  return log.errorCount > errorsBefore ? null : snapshot;
}
