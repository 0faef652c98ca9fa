// The bodies of an imported annotation: the note, the tags and the colour,
// all W3C TextualBody. Links, images and HTML notes are refused: the store
// and every export treat bodies as plain text.
import type { TextualBody } from '../model.ts';
import { DEFAULT_COLOR, isHighlightColor } from '../formats/annotation-fields.ts';
import type { IssueLog, Location } from './import-issues.ts';
import { jsonTypeOf } from './import-problems.ts';
import * as limits from './import-limits.ts';
import { asList, hasOwn, isJsonObject, own, readString, reportPrototypeKeys, shownValue, type JsonObject } from './json-values.ts';

export function readBodies(raw: JsonObject, at: Location, log: IssueLog): TextualBody[] | undefined {
  const value = own(raw, 'body');
  if (value === undefined || value === null) return [];
  const list = asList(value);
  const where = at.key('body');
  if (list.length > limits.MAX_BODIES) {
    log.error(where, 'TooManyItems', list.length, limits.MAX_BODIES);
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
        log.warn(itemAt, 'DuplicateTag', shownValue(body.value));
        return;
      }
      seenTags.add(body.value);
    }
    bodies.push(body);
  });
  if (!ok) return undefined;
  if (bodies.filter((b) => b.purpose === 'commenting').length > 1) {
    log.error(where, 'SeveralNotes');
    return undefined;
  }
  if (bodies.filter((b) => b.purpose === 'highlighting').length > 1) {
    log.error(where, 'SeveralColors');
    return undefined;
  }
  if (seenTags.size > limits.MAX_TAGS) {
    log.error(where, 'TooManyTags', seenTags.size, limits.MAX_TAGS);
    return undefined;
  }
  return bodies;
}

const BODY_PURPOSES = ['commenting', 'tagging', 'highlighting'] as const;

function readBody(raw: unknown, at: Location, log: IssueLog): TextualBody | undefined {
  if (!isJsonObject(raw)) {
    if (typeof raw === 'string') log.error(at, 'ExternalBody');
    else log.error(at, 'NotObject', jsonTypeOf(raw));
    return undefined;
  }
  reportPrototypeKeys(raw, at, log);
  if (hasOwn(raw, 'type') && own(raw, 'type') !== 'TextualBody') {
    log.error(at.key('type'), 'NotTextualBody');
    return undefined;
  }
  const purposeValue = own(raw, 'purpose') ?? 'commenting';
  const purpose = BODY_PURPOSES.find((p) => p === purposeValue);
  if (!purpose) {
    log.error(at.key('purpose'), 'UnsupportedPurpose', shownValue(purposeValue));
    return undefined;
  }
  const format = own(raw, 'format');
  if (format !== undefined && format !== 'text/plain') {
    log.error(at.key('format'), 'UnsupportedFormat', shownValue(format));
    return undefined;
  }
  const maxLength = purpose === 'commenting' ? limits.MAX_NOTE_LENGTH : purpose === 'tagging' ? limits.MAX_TAG_LENGTH : 32;
  let value = readString(raw, 'value', at, log, { required: true, maxLength, nonEmpty: purpose !== 'commenting' });
  if (value === undefined) return undefined;
  if (purpose === 'tagging' && /[\r\n]/.test(value)) {
    log.error(at.key('value'), 'TagHasNewline');
    return undefined;
  }
  if (purpose === 'highlighting' && !isHighlightColor(value)) {
    // The colour is only how the highlight looks: a file from a newer version
    // or another tool with an unknown colour is imported in the default one
    // rather than refused.
    log.warn(at.key('value'), 'UnknownColor', shownValue(value));
    value = DEFAULT_COLOR;
  }
  return { type: 'TextualBody', purpose, value, ...(format === 'text/plain' ? { format } : {}) };
}
