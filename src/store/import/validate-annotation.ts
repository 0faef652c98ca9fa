// One imported annotation: checked field by field and rebuilt from known
// fields only. Accepts the project's own export and bare W3C Web Annotations
// from other tools (single body or target instead of arrays, missing
// `modified` or `purpose`), normalising them to the stored model.
import {
  SCHEMA_VERSION,
  type Annotation,
  type PageSnapshot,
  type RangeSelector,
  type Selector,
  type StoredAnnotation,
  type TextPositionSelector,
  type TextQuoteSelector,
  type TextualBody,
  type XPathSelector,
} from '../model.ts';
import { DEFAULT_COLOR, isHighlightColor } from '../formats/annotation-fields.ts';
import { ANNO_CONTEXT } from '../formats/json-format.ts';
import { readPublishedAt } from './date-fields.ts';
import { isIsoDateTime } from './dates.ts';
import type { IssueLog, Location } from './import-issues.ts';
import * as limits from './import-limits.ts';
import {
  asList,
  hasOwn,
  hasType,
  isJsonObject,
  own,
  readNullableString,
  readString,
  reportPrototypeKeys,
  typeNameZh,
  type JsonObject,
} from './json-values.ts';
import { readHttpUrl } from './urls.ts';

export function validateAnnotation(raw: unknown, at: Location, log: IssueLog): StoredAnnotation | null {
  if (!isJsonObject(raw)) {
    log.error(at, `应为标注对象，实际是${typeNameZh(raw)}`);
    return null;
  }
  reportPrototypeKeys(raw, at, log);
  const errorsBefore = log.errorCount;

  if (!hasType(raw, 'Annotation')) {
    log.error(at.key('type'), hasOwn(raw, 'type') ? '应为 "Annotation"' : '缺失（必填，应为 "Annotation"）');
  }
  const id = readString(raw, 'id', at, log, { required: true, maxLength: limits.MAX_ID_LENGTH, nonEmpty: true });
  if (id !== undefined && /[\u0000-\u001f\u007f]/.test(id)) log.error(at.key('id'), '含有控制字符');

  const created = readDate(raw, 'created', at, log, true);
  const modified = readDate(raw, 'modified', at, log, false) ?? created;
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

function readDate(raw: JsonObject, key: string, at: Location, log: IssueLog, required: boolean): string | undefined {
  const value = readString(raw, key, at, log, { required, maxLength: 64 });
  if (value === undefined) return undefined;
  if (!isIsoDateTime(value)) {
    log.error(at.key(key), `不是带时区的 ISO 8601 日期时间（如 2026-11-24T09:30:00+08:00）：${JSON.stringify(value)}`);
    return undefined;
  }
  return value;
}

/** `highlighting`/`commenting` as given; other W3C motivations or none: derived from the note. */
function readMotivation(raw: JsonObject, body: TextualBody[], at: Location, log: IssueLog): Annotation['motivation'] | undefined {
  const value = own(raw, 'motivation');
  if (value === 'highlighting' || value === 'commenting') return value;
  const derived = body.some((b) => b.purpose === 'commenting') ? 'commenting' : 'highlighting';
  if (value === undefined) return derived;
  if (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
    log.warn(at.key('motivation'), `${JSON.stringify(value)} 不是本程序使用的 motivation，已按内容记为 ${derived}`);
    return derived;
  }
  log.error(at.key('motivation'), `应为字符串，实际是${typeNameZh(value)}`);
  return undefined;
}

function readBodies(raw: JsonObject, at: Location, log: IssueLog): TextualBody[] | undefined {
  const value = own(raw, 'body');
  if (value === undefined || value === null) return [];
  const list = asList(value);
  const where = at.key('body');
  if (list.length > limits.MAX_BODIES) {
    log.error(where, `条目过多：${list.length} 个，上限 ${limits.MAX_BODIES}`);
    return undefined;
  }
  const bodies: TextualBody[] = [];
  const seenTags = new Set<string>();
  let ok = true;
  list.forEach((item, i) => {
    const itemAt = Array.isArray(value) ? where.index(i) : where;
    const body = readBody(item, itemAt, log);
    if (!body) {
      ok = false;
      return;
    }
    if (body.purpose === 'tagging') {
      if (seenTags.has(body.value)) {
        log.warn(itemAt, `重复的标签 ${JSON.stringify(body.value)}，已去掉`);
        return;
      }
      seenTags.add(body.value);
    }
    bodies.push(body);
  });
  if (!ok) return undefined;
  if (bodies.filter((b) => b.purpose === 'commenting').length > 1) {
    log.error(where, '有多条批注（purpose 为 commenting 的正文），本程序每条标注只有一条批注');
    return undefined;
  }
  if (bodies.filter((b) => b.purpose === 'highlighting').length > 1) {
    log.error(where, '有多个颜色（purpose 为 highlighting 的正文）');
    return undefined;
  }
  if (seenTags.size > limits.MAX_TAGS) {
    log.error(where, `标签过多：${seenTags.size} 个，上限 ${limits.MAX_TAGS}`);
    return undefined;
  }
  return bodies;
}

const BODY_PURPOSES = ['commenting', 'tagging', 'highlighting'] as const;

function readBody(raw: unknown, at: Location, log: IssueLog): TextualBody | undefined {
  if (!isJsonObject(raw)) {
    log.error(at, typeof raw === 'string' ? '是外部链接，只支持文字正文（TextualBody）' : `应为对象，实际是${typeNameZh(raw)}`);
    return undefined;
  }
  reportPrototypeKeys(raw, at, log);
  if (hasOwn(raw, 'type') && own(raw, 'type') !== 'TextualBody') {
    log.error(at.key('type'), '应为 "TextualBody"（只支持文字正文）');
    return undefined;
  }
  const purposeValue = own(raw, 'purpose') ?? 'commenting';
  const purpose = BODY_PURPOSES.find((p) => p === purposeValue);
  if (!purpose) {
    log.error(at.key('purpose'), `不支持：${JSON.stringify(purposeValue)}（应为 commenting、tagging 或 highlighting）`);
    return undefined;
  }
  const format = own(raw, 'format');
  if (format !== undefined && format !== 'text/plain') {
    log.error(at.key('format'), `不支持：${JSON.stringify(format)}（只支持 text/plain）`);
    return undefined;
  }
  const maxLength = purpose === 'commenting' ? limits.MAX_NOTE_LENGTH : purpose === 'tagging' ? limits.MAX_TAG_LENGTH : 32;
  let value = readString(raw, 'value', at, log, { required: true, maxLength, nonEmpty: purpose !== 'commenting' });
  if (value === undefined) return undefined;
  if (purpose === 'tagging' && /[\r\n]/.test(value)) {
    log.error(at.key('value'), '标签不能含换行');
    return undefined;
  }
  if (purpose === 'highlighting' && !isHighlightColor(value)) {
    // The colour is only how the highlight looks: a file from a newer version
    // or another tool with an unknown colour is imported in the default one
    // rather than refused.
    log.warn(at.key('value'), `未知的颜色 ${JSON.stringify(value)}，已改为默认的黄色`);
    value = DEFAULT_COLOR;
  }
  return { type: 'TextualBody', purpose, value, ...(format === 'text/plain' ? { format } : {}) };
}

function readTarget(raw: JsonObject, at: Location, log: IssueLog): Annotation['target'] | undefined {
  let value = own(raw, 'target');
  let where = at.key('target');
  if (value === undefined) {
    log.error(where, '缺失（必填）');
    return undefined;
  }
  if (Array.isArray(value)) {
    if (value.length !== 1) {
      log.error(where, `应只有一个目标，实际有 ${value.length} 个`);
      return undefined;
    }
    value = value[0];
    where = where.index(0);
  }
  if (typeof value === 'string') {
    log.error(where, '只是网址，缺少选择器（selector），无法定位摘录');
    return undefined;
  }
  if (!isJsonObject(value)) {
    log.error(where, `应为对象，实际是${typeNameZh(value)}`);
    return undefined;
  }
  reportPrototypeKeys(value, where, log);
  const source = readHttpUrl(value, 'source', where, log);
  const selector = readSelectors(value, where, log);
  if (source === undefined || selector === undefined) return undefined;
  return { source, selector };
}

function readSelectors(target: JsonObject, at: Location, log: IssueLog): Selector[] | undefined {
  const value = own(target, 'selector');
  const where = at.key('selector');
  if (value === undefined) {
    log.error(where, '缺失（必填）');
    return undefined;
  }
  const list = asList(value);
  if (list.length > limits.MAX_SELECTORS) {
    log.error(where, `条目过多：${list.length} 个，上限 ${limits.MAX_SELECTORS}`);
    return undefined;
  }
  const selectors: Selector[] = [];
  let ok = true;
  list.forEach((item, i) => {
    const itemAt = Array.isArray(value) ? where.index(i) : where;
    const result = readSelector(item, itemAt, log);
    if (result === undefined) ok = false;
    else if (result !== 'skipped') selectors.push(result);
  });
  if (!ok) return undefined;
  if (!selectors.some((s) => s.type === 'TextQuoteSelector')) {
    log.error(where, '缺少 TextQuoteSelector：没有摘录原文，无法显示和重新定位');
    return undefined;
  }
  return selectors;
}

function readSelector(raw: unknown, at: Location, log: IssueLog): Selector | 'skipped' | undefined {
  if (!isJsonObject(raw)) {
    log.error(at, `应为选择器对象，实际是${typeNameZh(raw)}`);
    return undefined;
  }
  reportPrototypeKeys(raw, at, log);
  const type = own(raw, 'type');
  switch (type) {
    case 'TextQuoteSelector':
      return readTextQuote(raw, at, log);
    case 'TextPositionSelector':
      return readTextPosition(raw, at, log);
    case 'RangeSelector':
      return readRange(raw, at, log);
    default:
      if (typeof type === 'string' && type.length <= 100) {
        // CssSelector, FragmentSelector…: valid W3C, but nothing here can use them.
        log.warn(at, `本程序不使用 ${type}，已忽略`);
        return 'skipped';
      }
      log.error(at.key('type'), '缺失或不是字符串');
      return undefined;
  }
}

function readTextQuote(raw: JsonObject, at: Location, log: IssueLog): TextQuoteSelector | undefined {
  const exact = readString(raw, 'exact', at, log, { required: true, maxLength: limits.MAX_QUOTE_LENGTH, nonEmpty: true });
  const prefix = readString(raw, 'prefix', at, log, { required: false, maxLength: limits.MAX_QUOTE_CONTEXT_LENGTH });
  const suffix = readString(raw, 'suffix', at, log, { required: false, maxLength: limits.MAX_QUOTE_CONTEXT_LENGTH });
  if (exact === undefined) return undefined;
  if ((hasOwn(raw, 'prefix') && prefix === undefined) || (hasOwn(raw, 'suffix') && suffix === undefined)) return undefined;
  return { type: 'TextQuoteSelector', exact, prefix: prefix ?? '', suffix: suffix ?? '' };
}

function readOffset(raw: JsonObject, key: string, at: Location, log: IssueLog): number | undefined {
  const value = own(raw, key);
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > limits.MAX_TEXT_OFFSET) {
    log.error(at.key(key), value === undefined ? '缺失（必填）' : `应为 0 到 ${limits.MAX_TEXT_OFFSET} 之间的整数，实际是 ${JSON.stringify(value)}`);
    return undefined;
  }
  return value as number;
}

function readTextPosition(raw: JsonObject, at: Location, log: IssueLog): TextPositionSelector | undefined {
  const start = readOffset(raw, 'start', at, log);
  const end = readOffset(raw, 'end', at, log);
  if (start === undefined || end === undefined) return undefined;
  if (end < start) {
    log.error(at.key('end'), `小于 start（${end} < ${start}）`);
    return undefined;
  }
  return { type: 'TextPositionSelector', start, end };
}

function readXPath(raw: unknown, at: Location, log: IssueLog): XPathSelector | undefined {
  if (!isJsonObject(raw) || own(raw, 'type') !== 'XPathSelector') {
    log.error(at, '应为 XPathSelector 对象');
    return undefined;
  }
  reportPrototypeKeys(raw, at, log);
  const value = readString(raw, 'value', at, log, { required: true, maxLength: limits.MAX_XPATH_LENGTH, nonEmpty: true });
  if (value === undefined) return undefined;
  if (!hasOwn(raw, 'refinedBy')) return { type: 'XPathSelector', value };
  const refined = own(raw, 'refinedBy');
  const refinedAt = at.key('refinedBy');
  if (!isJsonObject(refined) || own(refined, 'type') !== 'TextPositionSelector') {
    log.error(refinedAt, '应为 TextPositionSelector 对象');
    return undefined;
  }
  reportPrototypeKeys(refined, refinedAt, log);
  const refinedBy = readTextPosition(refined, refinedAt, log);
  return refinedBy ? { type: 'XPathSelector', value, refinedBy } : undefined;
}

function readRange(raw: JsonObject, at: Location, log: IssueLog): RangeSelector | undefined {
  const startSelector = readXPath(own(raw, 'startSelector'), at.key('startSelector'), log);
  const endSelector = readXPath(own(raw, 'endSelector'), at.key('endSelector'), log);
  if (!startSelector || !endSelector) return undefined;
  return { type: 'RangeSelector', startSelector, endSelector };
}

/** The page snapshot; returns null after an error. */
function readPageSnapshot(raw: unknown, at: Location, log: IssueLog): PageSnapshot | null {
  if (!isJsonObject(raw)) {
    log.error(at, `应为对象，实际是${typeNameZh(raw)}`);
    return null;
  }
  reportPrototypeKeys(raw, at, log);
  const errorsBefore = log.errorCount;
  const max = limits.MAX_META_FIELD_LENGTH;
  const snapshot: PageSnapshot = {
    title: readNullableString(raw, 'title', at, log, max) ?? null,
    source: readNullableString(raw, 'source', at, log, max) ?? null,
    author: readNullableString(raw, 'author', at, log, max) ?? null,
    publishedAt: readPublishedAt(raw, at, log),
  };
  if (hasOwn(raw, 'siteName')) snapshot.siteName = readNullableString(raw, 'siteName', at, log, max) ?? null;
  return log.errorCount > errorsBefore ? null : snapshot;
}
