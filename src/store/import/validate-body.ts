// The bodies of an imported annotation: the note, the tags and the colour,
// all W3C TextualBody. Links, images and HTML notes are refused: the store
// and every export treat bodies as plain text.
import type { TextualBody } from '../model.ts';
import { DEFAULT_COLOR, isHighlightColor } from '../formats/annotation-fields.ts';
import type { IssueLog, Location } from './import-issues.ts';
import * as limits from './import-limits.ts';
import { asList, hasOwn, isJsonObject, own, readString, reportPrototypeKeys, shownValue, typeNameZh, type JsonObject } from './json-values.ts';

export function readBodies(raw: JsonObject, at: Location, log: IssueLog): TextualBody[] | undefined {
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
        log.warn(itemAt, `重复的标签 ${shownValue(body.value)}，已去掉`);
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
    log.error(at.key('purpose'), `不支持：${shownValue(purposeValue)}（应为 commenting、tagging 或 highlighting）`);
    return undefined;
  }
  const format = own(raw, 'format');
  if (format !== undefined && format !== 'text/plain') {
    log.error(at.key('format'), `不支持：${shownValue(format)}（只支持 text/plain）`);
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
    log.warn(at.key('value'), `未知的颜色 ${shownValue(value)}，已改为默认的黄色`);
    value = DEFAULT_COLOR;
  }
  return { type: 'TextualBody', purpose, value, ...(format === 'text/plain' ? { format } : {}) };
}
