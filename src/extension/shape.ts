// Small structural checks for data that crosses a message boundary. Messages
// are plain JSON: these say "is this the shape we expect", nothing more.

export type UnknownRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isNonNegativeInteger(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

export function isArrayOf<T>(value: unknown, isItem: (item: unknown) => item is T): value is T[] {
  return Array.isArray(value) && value.every((item) => isItem(item));
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** True when `value` has exactly the listed keys set (extra keys allowed: fields may be added). */
export function hasKeys(value: UnknownRecord, keys: readonly string[]): boolean {
  return keys.every((key) => Object.hasOwn(value, key));
}
