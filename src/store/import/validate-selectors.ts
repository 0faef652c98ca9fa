// The selectors of an imported annotation's target. A TextQuoteSelector is
// required: without the quoted text a highlight can neither be shown in the
// manager nor placed again on the page.
import type { RangeSelector, Selector, TextPositionSelector, TextQuoteSelector, XPathSelector } from '../model.ts';
import type { IssueLog, Location } from './import-issues.ts';
import { jsonTypeOf } from './import-problems.ts';
import * as limits from './import-limits.ts';
import { asList, hasOwn, isJsonObject, own, readString, reportPrototypeKeys, shownValue, type JsonObject } from './json-values.ts';

export function readSelectors(target: JsonObject, at: Location, log: IssueLog): Selector[] | undefined {
  const value = own(target, 'selector');
  const where = at.key('selector');
  if (value === undefined) {
    log.error(where, 'Missing');
    return undefined;
  }
  const list = asList(value);
  if (list.length > limits.MAX_SELECTORS) {
    log.error(where, 'TooManyItems', list.length, limits.MAX_SELECTORS);
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
    log.error(where, 'NoQuoteSelector');
    return undefined;
  }
  return selectors;
}

function readSelector(raw: unknown, at: Location, log: IssueLog): Selector | 'skipped' | undefined {
  if (!isJsonObject(raw)) {
    log.error(at, 'NotSelector', jsonTypeOf(raw));
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
        log.warn(at, 'SelectorIgnored', type);
        return 'skipped';
      }
      log.error(at.key('type'), 'MissingOrNotString');
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
    if (value === undefined) log.error(at.key(key), 'Missing');
    else log.error(at.key(key), 'NotOffset', limits.MAX_TEXT_OFFSET, shownValue(value));
    return undefined;
  }
  return value as number;
}

function readTextPosition(raw: JsonObject, at: Location, log: IssueLog): TextPositionSelector | undefined {
  const start = readOffset(raw, 'start', at, log);
  const end = readOffset(raw, 'end', at, log);
  if (start === undefined || end === undefined) return undefined;
  if (end < start) {
    log.error(at.key('end'), 'EndBeforeStart', end, start);
    return undefined;
  }
  return { type: 'TextPositionSelector', start, end };
}

function readXPath(raw: unknown, at: Location, log: IssueLog): XPathSelector | undefined {
  if (!isJsonObject(raw) || own(raw, 'type') !== 'XPathSelector') {
    log.error(at, 'NotXPathSelector');
    return undefined;
  }
  reportPrototypeKeys(raw, at, log);
  const value = readString(raw, 'value', at, log, { required: true, maxLength: limits.MAX_XPATH_LENGTH, nonEmpty: true });
  if (value === undefined) return undefined;
  if (!hasOwn(raw, 'refinedBy')) return { type: 'XPathSelector', value };
  const refined = own(raw, 'refinedBy');
  const refinedAt = at.key('refinedBy');
  if (!isJsonObject(refined) || own(refined, 'type') !== 'TextPositionSelector') {
    log.error(refinedAt, 'NotPositionSelector');
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
