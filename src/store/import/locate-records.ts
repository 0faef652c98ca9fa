// Where the records are in an import file. Accepted roots:
// - the project's export: an AnnotationCollection with the annotations in
//   `first.items` and the page records in `pages`;
// - bare W3C: an AnnotationCollection or AnnotationPage with embedded items,
//   a single Annotation, or an array of Annotations.
import { JSON_FORMAT_VERSION } from '../formats/json-format.ts';
import { Location, type IssueLog } from './import-issues.ts';
import { MAX_ANNOTATIONS, MAX_PAGES } from './import-limits.ts';
import { hasOwn, hasType, isJsonObject, own, reportPrototypeKeys, shownValue, typeNameZh, type JsonObject } from './json-values.ts';

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
    log.error(at, `顶层应为对象或数组，实际是${typeNameZh(root)}`);
    return null;
  }
  // A single annotation is checked (prototype keys included) by validateAnnotation.
  if (hasType(root, 'Annotation')) return { annotations: [{ raw: root, at: at.startRecord('标注') }], pages: [] };
  reportPrototypeKeys(root, at, log);
  if (hasType(root, 'AnnotationPage')) {
    const items = readItems(root, at, log);
    return items && checkCount({ annotations: annotationRecords(items, at.key('items')), pages: [] }, at, log);
  }
  if (hasType(root, 'AnnotationCollection')) return readCollection(root, at, log);
  log.error(at, '不是可导入的格式：顶层应为本程序导出的 JSON、W3C 标注（Annotation）、标注数组、AnnotationCollection 或 AnnotationPage');
  return null;
}

function readCollection(root: JsonObject, at: Location, log: IssueLog): LocatedRecords | null {
  if (hasOwn(root, 'formatVersion')) {
    const version = own(root, 'formatVersion');
    if (!Number.isInteger(version) || (version as number) < 1) {
      log.error(at.key('formatVersion'), `应为正整数，实际是 ${shownValue(version)}`);
      return null;
    }
    if ((version as number) > JSON_FORMAT_VERSION) {
      log.error(at.key('formatVersion'), `为 ${version}：文件来自更新版本的本程序，请先升级扩展再导入`);
      return null;
    }
  }
  const firstAt = at.key('first');
  const first = own(root, 'first');
  let items: unknown[] | null = [];
  if (first === undefined) {
    // An empty collection has no first page (W3C: total 0).
    if (own(root, 'total') !== 0 && own(root, 'total') !== undefined) {
      log.error(firstAt, '缺失：集合中没有标注页');
      return null;
    }
  } else if (typeof first === 'string') {
    log.error(firstAt, '只是指向标注页的链接，文件里没有标注内容（不支持分页的链接式集合）');
    return null;
  } else if (!isJsonObject(first) || !hasType(first, 'AnnotationPage')) {
    log.error(firstAt, '应为 AnnotationPage 对象');
    return null;
  } else {
    reportPrototypeKeys(first, firstAt, log);
    if (hasOwn(first, 'next')) {
      log.error(firstAt.key('next'), '存在：文件只含集合的第一页，内容不完整');
      return null;
    }
    items = readItems(first, firstAt, log);
  }
  if (!items) return null;
  if (hasOwn(root, 'total')) {
    const total = own(root, 'total');
    if (total !== items.length) {
      log.error(at.key('total'), `为 ${shownValue(total)}，但文件中有 ${items.length} 条标注（文件可能不完整或被改动）`);
      return null;
    }
  }
  const pages = own(root, 'pages') ?? [];
  if (!Array.isArray(pages)) {
    log.error(at.key('pages'), `应为数组，实际是${typeNameZh(pages)}`);
    return null;
  }
  const pagesAt = at.key('pages');
  return checkCount(
    {
      annotations: annotationRecords(items, firstAt.key('items')),
      pages: pages.map((raw, i) => ({ raw, at: pagesAt.index(i).startRecord(`第 ${i + 1} 个页面记录`) })),
    },
    at,
    log,
  );
}

function readItems(page: JsonObject, at: Location, log: IssueLog): unknown[] | null {
  const items = own(page, 'items');
  if (!Array.isArray(items)) {
    log.error(at.key('items'), items === undefined ? '缺失（必填）' : `应为数组，实际是${typeNameZh(items)}`);
    return null;
  }
  return items;
}

function annotationRecords(items: unknown[], at: Location): RawRecord[] {
  return items.map((raw, i) => ({ raw, at: at.index(i).startRecord(`第 ${i + 1} 条标注`) }));
}

function checkCount(records: LocatedRecords, at: Location, log: IssueLog): LocatedRecords | null {
  if (records.annotations.length > MAX_ANNOTATIONS) {
    log.error(at, `标注过多：${records.annotations.length} 条，一次最多导入 ${MAX_ANNOTATIONS} 条`);
    return null;
  }
  if (records.pages.length > MAX_PAGES) {
    log.error(at, `页面记录过多：${records.pages.length} 个，上限 ${MAX_PAGES}`);
    return null;
  }
  return records;
}
