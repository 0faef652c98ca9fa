// Reading untrusted JSON without trusting it: only own properties are read
// (so `constructor`, `toString` or a polluted Object.prototype never answer a
// lookup), and keys that could pollute prototypes are reported, never copied.
// Validators build their output from explicit fields, so nothing unknown in a
// file ever reaches the store.
import type { IssueLog, Location } from './import-issues.ts';
import { jsonTypeOf } from './import-problems.ts';

export type JsonObject = { readonly [key: string]: unknown };

/** Keys that mean prototype manipulation when assigned with `obj[key] = …`. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property `key`, or undefined. */
export function own(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

export function hasOwn(object: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** Warns about prototype keys on an object the importer reads; they are ignored. */
export function reportPrototypeKeys(object: JsonObject, at: Location, log: IssueLog): void {
  for (const key of PROTOTYPE_KEYS) {
    if (hasOwn(object, key)) log.warn(at.key(key), 'UnsafeKey');
  }
}

/** A value quoted in a message: JSON, cut short so a hostile file cannot flood the error list. */
export function shownValue(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 80)}…` : json;
}

/**
 * A required or optional string field. Returns the string, or undefined after
 * logging an error (or when an optional field is absent).
 */
export function readString(
  object: JsonObject,
  key: string,
  at: Location,
  log: IssueLog,
  rules: { required: boolean; maxLength: number; nonEmpty?: boolean },
): string | undefined {
  const value = own(object, key);
  const where = at.key(key);
  if (value === undefined) {
    if (rules.required) log.error(where, 'Missing');
    return undefined;
  }
  if (typeof value !== 'string') {
    log.error(where, 'NotString', jsonTypeOf(value));
    return undefined;
  }
  if (value.length > rules.maxLength) {
    log.error(where, 'TooLong', value.length, rules.maxLength);
    return undefined;
  }
  if (rules.nonEmpty && value.trim() === '') {
    log.error(where, 'Empty');
    return undefined;
  }
  return value;
}

/** A string-or-null field; absent reads as null. Returns undefined after an error. */
export function readNullableString(
  object: JsonObject,
  key: string,
  at: Location,
  log: IssueLog,
  maxLength: number,
): string | null | undefined {
  const value = own(object, key);
  if (value === undefined || value === null) return null;
  return readString(object, key, at, log, { required: true, maxLength });
}

/** An array field, or a single value where W3C allows "one or many". */
export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** A W3C `type` that is the given name, or an array naming it. */
export function hasType(object: JsonObject, name: string): boolean {
  const type = own(object, 'type');
  return type === name || (Array.isArray(type) && type.includes(name));
}
