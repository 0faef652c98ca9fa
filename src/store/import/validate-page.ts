// One imported page record (the export's `pages` list), rebuilt from known
// fields only.
import type { ArticleMetadata, Slogan } from '../../core/types.ts';
import { SCHEMA_VERSION, type PageRecord } from '../model.ts';
import type { IssueLog, Location } from './import-issues.ts';
import { jsonTypeOf } from './import-problems.ts';
import { clip } from '../../core/limits.ts';
import * as limits from './import-limits.ts';
import { isJsonObject, own, readNullableString, readString, reportPrototypeKeys, shownValue, type JsonObject } from './json-values.ts';
import { readHttpUrl } from './urls.ts';
import { readDateTime, readPublishedAt } from './date-fields.ts';

export function validatePage(raw: unknown, at: Location, log: IssueLog): PageRecord | null {
  if (!isJsonObject(raw)) {
    log.error(at, 'NotPageRecord', jsonTypeOf(raw));
    return null;
  }
  reportPrototypeKeys(raw, at, log);
  const errorsBefore = log.errorCount;
  const url = readHttpUrl(raw, 'url', at, log);
  const metadata = readMetadata(raw, at, log);
  const partyBuilding = own(raw, 'partyBuilding') ?? false;
  if (typeof partyBuilding !== 'boolean') log.error(at.key('partyBuilding'), 'NotBoolean', jsonTypeOf(partyBuilding));
  const slogans = readSlogans(raw, at, log);
  const keyPoints = readKeyPoints(raw, at, log);
  const firstSavedAt = readDateTime(raw, 'firstSavedAt', at, log);
  const updatedAt = readDateTime(raw, 'updatedAt', at, log);
  if (log.errorCount > errorsBefore) return null;
  if (url === undefined || !metadata || !slogans || !keyPoints || !firstSavedAt || !updatedAt) return null;
  return {
    schemaVersion: SCHEMA_VERSION,
    url,
    metadata,
    partyBuilding: partyBuilding === true,
    slogans,
    keyPoints,
    firstSavedAt,
    updatedAt,
  };
}

function readMetadata(raw: JsonObject, at: Location, log: IssueLog): ArticleMetadata | undefined {
  const value = own(raw, 'metadata');
  const where = at.key('metadata');
  if (!isJsonObject(value)) {
    if (value === undefined) log.error(where, 'Missing');
    else log.error(where, 'NotObject', jsonTypeOf(value));
    return undefined;
  }
  reportPrototypeKeys(value, where, log);
  const field = (key: string): string | null => readMetaField(value, key, where, log);
  return {
    title: field('title'),
    source: field('source'),
    author: field('author'),
    editor: field('editor'),
    publishedAt: readPublishedAt(value, where, log),
    siteName: field('siteName'),
    publisher: field('publisher'),
  };
}

/**
 * A metadata field within MAX_META_FIELD_LENGTH: a longer one (a library saved
 * before the analysis bounded it) is cut, with a warning, so the reader's own
 * export imports again; the annotation is the reader's, its page's metadata is not.
 */
export function readMetaField(object: JsonObject, key: string, at: Location, log: IssueLog): string | null {
  const text = readNullableString(object, key, at, log, limits.MAX_META_FIELD_READ) ?? null;
  if (text === null || text.length <= limits.MAX_META_FIELD_LENGTH) return text;
  log.warn(at.key(key), 'MetaTruncated', text.length, limits.MAX_META_FIELD_LENGTH);
  return clip(text, limits.MAX_META_FIELD_LENGTH);
}

function readSlogans(raw: JsonObject, at: Location, log: IssueLog): Slogan[] | undefined {
  const value = own(raw, 'slogans') ?? [];
  const where = at.key('slogans');
  if (!Array.isArray(value)) {
    log.error(where, 'NotArray', jsonTypeOf(value));
    return undefined;
  }
  if (value.length > limits.MAX_SLOGANS) {
    log.error(where, 'TooManyItems', value.length, limits.MAX_SLOGANS);
    return undefined;
  }
  const slogans: Slogan[] = [];
  let failed = false;
  value.forEach((item, i) => {
    const itemAt = where.index(i);
    if (!isJsonObject(item)) {
      log.error(itemAt, 'NotObject', jsonTypeOf(item));
      failed = true;
      return;
    }
    reportPrototypeKeys(item, itemAt, log);
    const text = readString(item, 'text', itemAt, log, { required: true, maxLength: limits.MAX_META_FIELD_READ, nonEmpty: true });
    const kind = readString(item, 'kind', itemAt, log, { required: true, maxLength: limits.MAX_SLOGAN_KIND_LENGTH });
    const count = own(item, 'count');
    if (!Number.isInteger(count) || (count as number) < 0 || (count as number) > 1_000_000) {
      log.error(itemAt.key('count'), 'NotCount', shownValue(count));
      failed = true;
      return;
    }
    if (text === undefined || kind === undefined) {
      failed = true;
    } else if (text.length > limits.MAX_SLOGAN_LENGTH) {
      // Not a formulation the analysis reports (a phrase): left out, the rest of the page kept.
      log.warn(itemAt.key('text'), 'SloganTooLong', text.length, limits.MAX_SLOGAN_LENGTH);
    } else {
      slogans.push({ text, count: count as number, kind });
    }
  });
  return failed ? undefined : slogans;
}

function readKeyPoints(raw: JsonObject, at: Location, log: IssueLog): string[] | undefined {
  const value = own(raw, 'keyPoints') ?? [];
  const where = at.key('keyPoints');
  if (!Array.isArray(value)) {
    log.error(where, 'NotArray', jsonTypeOf(value));
    return undefined;
  }
  if (value.length > limits.MAX_KEY_POINTS) {
    log.error(where, 'TooManyItems', value.length, limits.MAX_KEY_POINTS);
    return undefined;
  }
  let ok = true;
  value.forEach((item, i) => {
    if (typeof item !== 'string') {
      log.error(where.index(i), 'NotString', jsonTypeOf(item));
      ok = false;
    } else if (item.length > limits.MAX_KEY_POINT_LENGTH) {
      log.error(where.index(i), 'TooLong', item.length, limits.MAX_KEY_POINT_LENGTH);
      ok = false;
    }
  });
  return ok ? (value as string[]).slice() : undefined;
}
