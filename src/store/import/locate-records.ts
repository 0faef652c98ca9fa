// Where the records are in an import file. Accepted roots:
// - the project's export: an AnnotationCollection with the annotations in
//   `first.items` and the page records in `pages`;
// - bare W3C: an AnnotationCollection or AnnotationPage with embedded items,
//   a single Annotation, or an array of Annotations.
import { JSON_FORMAT_VERSION } from '../formats/json-format.ts';
import { Location, type IssueLog } from './import-issues.ts';
import { jsonTypeOf } from './import-problems.ts';
import { MAX_ANNOTATIONS, MAX_PAGES } from './import-limits.ts';
import { hasOwn, hasType, isJsonObject, own, reportPrototypeKeys, shownValue, type JsonObject } from './json-values.ts';

export interface RawRecord {
  raw: unknown;
  at: Location;
}

export interface LocatedRecords {
  annotations: RawRecord[];
  pages: RawRecord[];
}

export function locateRecords(root: unknown, log: IssueLog): LocatedRecords | null {
  const at = Location.root();
  if (Array.isArray(root)) return checkCount({ annotations: annotationRecords(root, at), pages: [] }, at, log);
  if (!isJsonObject(root)) {
    log.error(at, 'TopLevelNotContainer', jsonTypeOf(root));
    return null;
  }
  // A single annotation is checked (prototype keys included) by validateAnnotation.
  if (hasType(root, 'Annotation')) return { annotations: [{ raw: root, at: at.startRecord({ record: 'SoleAnnotation' }) }], pages: [] };
  reportPrototypeKeys(root, at, log);
  if (hasType(root, 'AnnotationPage')) {
    const items = readItems(root, at, log);
    return items && checkCount({ annotations: annotationRecords(items, at.key('items')), pages: [] }, at, log);
  }
  if (hasType(root, 'AnnotationCollection')) return readCollection(root, at, log);
  log.error(at, 'NotImportable');
  return null;
}

function readCollection(root: JsonObject, at: Location, log: IssueLog): LocatedRecords | null {
  if (hasOwn(root, 'formatVersion')) {
    const version = own(root, 'formatVersion');
    if (!Number.isInteger(version) || (version as number) < 1) {
      log.error(at.key('formatVersion'), 'NotPositiveInteger', shownValue(version));
      return null;
    }
    if ((version as number) > JSON_FORMAT_VERSION) {
      log.error(at.key('formatVersion'), 'NewerFormat', version as number);
      return null;
    }
  }
  const firstAt = at.key('first');
  const first = own(root, 'first');
  let items: unknown[] | null = [];
  if (first === undefined) {
    // An empty collection has no first page (W3C: total 0).
    if (own(root, 'total') !== 0 && own(root, 'total') !== undefined) {
      log.error(firstAt, 'NoFirstPage');
      return null;
    }
  } else if (typeof first === 'string') {
    log.error(firstAt, 'FirstPageIsLink');
    return null;
  } else if (!isJsonObject(first) || !hasType(first, 'AnnotationPage')) {
    log.error(firstAt, 'NotAnnotationPage');
    return null;
  } else {
    reportPrototypeKeys(first, firstAt, log);
    if (hasOwn(first, 'next')) {
      log.error(firstAt.key('next'), 'HasNextPage');
      return null;
    }
    items = readItems(first, firstAt, log);
  }
  if (!items) return null;
  if (hasOwn(root, 'total')) {
    const total = own(root, 'total');
    if (total !== items.length) {
      log.error(at.key('total'), 'TotalMismatch', items.length, shownValue(total));
      return null;
    }
  }
  const pages = own(root, 'pages') ?? [];
  if (!Array.isArray(pages)) {
    log.error(at.key('pages'), 'NotArray', jsonTypeOf(pages));
    return null;
  }
  const pagesAt = at.key('pages');
  return checkCount(
    {
      annotations: annotationRecords(items, firstAt.key('items')),
      pages: pages.map((raw, i) => ({ raw, at: pagesAt.index(i).startRecord({ record: 'Page', number: i + 1 }) })),
    },
    at,
    log,
  );
}

function readItems(page: JsonObject, at: Location, log: IssueLog): unknown[] | null {
  const items = own(page, 'items');
  if (!Array.isArray(items)) {
    if (items === undefined) log.error(at.key('items'), 'Missing');
    else log.error(at.key('items'), 'NotArray', jsonTypeOf(items));
    return null;
  }
  return items;
}

function annotationRecords(items: unknown[], at: Location): RawRecord[] {
  return items.map((raw, i) => ({ raw, at: at.index(i).startRecord({ record: 'Annotation', number: i + 1 }) }));
}

function checkCount(records: LocatedRecords, at: Location, log: IssueLog): LocatedRecords | null {
  if (records.annotations.length > MAX_ANNOTATIONS) {
    log.error(at, 'TooManyAnnotations', records.annotations.length, MAX_ANNOTATIONS);
    return null;
  }
  if (records.pages.length > MAX_PAGES) {
    log.error(at, 'TooManyPages', records.pages.length, MAX_PAGES);
    return null;
  }
  return records;
}
